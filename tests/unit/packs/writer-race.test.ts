import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { readContentState } from '../../../main/services/packs/active-content';
import { importPack } from '../../../main/services/packs/import';
import { defaultContentDir } from '../../../main/paths';
import { makeFolderPack } from '../../helpers/packs';
import { spawnCli, type CliExit } from '../../helpers/cli-async';
import { withTemp } from '../../helpers/temp';

// Issue 25: a CLI process and the host changing content at the same moment. The host's side runs in this
// process (what the staff screen's import calls); the CLI is a real second process, started at a random delay.
const rounds = 6;
const version = (n: number) => `2099.02.${String(n).padStart(2, '0')}-1`;
const randomDelay = () => sleep(Math.floor(Math.random() * 2500));

/** What state.json names as active, by the version in that copy's manifest. */
function activeVersion(dataDir: string): string {
  const { current } = readContentState(dataDir);
  const dir = current === 'bundled' ? defaultContentDir : join(dataDir, 'content', current);
  return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { contentVersion: string }).contentVersion;
}

/** The database holds the copy state.json names, and the kiosk that just imported reads the same. */
function assertOneTruth(kiosk: Kiosk, dataDir: string, expected: string, round: number, cli: CliExit): void {
  const why = `round ${round}; cli said: ${cli.stdout}${cli.stderr}`;
  assert.equal(activeVersion(dataDir), expected, why);
  assert.equal(metaValue(kiosk.db, 'content_version'), expected, why);
  assert.equal(metaValue(kiosk.db, 'content_source'), readContentState(dataDir).current, why);
  assert.equal(kiosk.content().manifest.contentVersion, expected, why);
}

test('a CLI import of an older pack racing the host importing a newer one never leaves the older one active', async (t) => {
  const dir = withTemp(t);
  const dataDir = join(dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  t.after(() => kiosk.close());
  for (let round = 0; round < rounds; round++) {
    const older = makeFolderPack(join(dir, `old-${round}`), { version: version(2 * round + 1) });
    const newer = makeFolderPack(join(dir, `new-${round}`), { version: version(2 * round + 2), themes: 3 });
    const [cli, host] = await Promise.all([
      spawnCli(['import', older, '--data-dir', dataDir]),
      randomDelay().then(() => importPack(kiosk, newer)),
    ]);
    assert.ok(host.ok, `round ${round}: ${JSON.stringify(host)}`);
    // The CLI either went first (and was replaced) or came second and was refused as older, in plain words.
    if (cli.code !== 0) assert.match(cli.stderr, /older than the installed/, `round ${round}: ${cli.stderr}`);
    assertOneTruth(kiosk, dataDir, version(2 * round + 2), round, cli);
  }
});

test('a read-only `cli info` started during the host import never puts the previous content back', async (t) => {
  const dir = withTemp(t);
  const dataDir = join(dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  t.after(() => kiosk.close());
  for (let round = 0; round < rounds; round++) {
    const pack = makeFolderPack(join(dir, `p-${round}`), { version: version(round + 1), themes: 2 + (round % 3) });
    const [cli, host] = await Promise.all([
      randomDelay().then(() => spawnCli(['info', '--data-dir', dataDir])),
      importPack(kiosk, pack),
    ]);
    assert.ok(host.ok, `round ${round}: ${JSON.stringify(host)}`);
    assert.equal(cli.code, 0, `round ${round}: ${cli.stderr}`);
    assertOneTruth(kiosk, dataDir, version(round + 1), round, cli);
    // A restart reads the same: nothing is left for the next start's re-sync to undo.
    const again = openKiosk({ contentDir: defaultContentDir, dataDir });
    try {
      assert.equal(metaValue(again.db, 'content_version'), version(round + 1), `round ${round} after restart`);
    } finally {
      again.close();
    }
  }
});

test('re-importing the active version is refused, naming the version; IT may still do it on purpose', async (t) => {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'data') });
  t.after(() => kiosk.close());
  const pack = makeFolderPack(join(dir, 'p'), { version: version(1) });
  assert.ok((await importPack(kiosk, pack)).ok);
  const again = await importPack(kiosk, pack);
  assert.equal(again.ok, false);
  assert.match(again.ok ? '' : again.problems[0]!.message, new RegExp(`${version(1)} is already active`));
  const forced = await importPack(kiosk, pack, { allowDowngrade: true });
  assert.ok(forced.ok && forced.downgradedFrom === undefined);
});

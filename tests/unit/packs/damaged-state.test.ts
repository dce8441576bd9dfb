import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { readContentState } from '../../../main/services/packs/active-content';
import { importPack } from '../../../main/services/packs/import';
import { defaultContentDir } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { makeFolderPack } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

const shipped = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion;
const statePath = (dataDir: string) => join(dataDir, 'content', 'state.json');

/** A data dir with two imports done: current = 2099.04.02-1, backup = 2099.04.01-1. */
async function twoImports(dir: string): Promise<{ current: string; backup: string }> {
  const dataDir = join(dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  for (const [i, version] of ['2099.04.01-1', '2099.04.02-1'].entries())
    assert.equal((await importPack(kiosk, makeFolderPack(join(dir, `p${i}`), { version }))).ok, true);
  kiosk.close();
  const state = readContentState(dataDir);
  return { current: state.current, backup: state.backup! };
}

const cases: { name: string; state: (names: { current: string; backup: string }) => string; startsOn: string }[] = [
  { name: 'not JSON', state: () => '{"current": "pack-', startsOn: shipped },
  { name: 'a path instead of a copy name', state: () => '{"current":"../../../etc","backup":null}', startsOn: shipped },
  {
    name: 'a missing current copy (the backup is whole)',
    state: ({ backup }) => JSON.stringify({ current: 'pack-0123456789ab', backup }),
    startsOn: '2099.04.01-1',
  },
];

for (const c of cases) {
  test(`state.json with ${c.name}: the kiosk starts, says so naming state.json, and keeps the file aside`, async () => {
    const t = tempDir();
    try {
      const names = await twoImports(t.dir);
      const dataDir = join(t.dir, 'data');
      const damaged = c.state(names);
      writeFileSync(statePath(dataDir), damaged);
      const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
      try {
        assert.equal(metaValue(kiosk.db, 'content_version'), c.startsOn);
        assert.equal(kiosk.notices.length, 1);
        assert.match(kiosk.notices[0]!.message, /^state\.json .*started on .*kept as state\.json\.damaged-/);
        const aside = readdirSync(join(dataDir, 'content')).find((n) => n.startsWith('state.json.damaged-'))!;
        assert.equal(readFileSync(join(dataDir, 'content', aside), 'utf8'), damaged);
        // The repaired state.json is readable again, so an import works.
        assert.equal(
          (await importPack(kiosk, makeFolderPack(join(t.dir, 'p3'), { version: '2099.04.03-1' }))).ok,
          true,
        );
      } finally {
        kiosk.close();
      }
    } finally {
      t.cleanup();
    }
  });
}

test('leftover staging folders and orphan copies are removed at start', async () => {
  const t = tempDir();
  try {
    const names = await twoImports(t.dir);
    const root = join(t.dir, 'data', 'content');
    for (const leftover of ['.staging-pack-aaaaaaaaaaaa', 'pack-bbbbbbbbbbbb']) {
      mkdirSync(join(root, leftover));
      writeFileSync(join(root, leftover, 'big.json'), Buffer.alloc(1024 * 1024));
    }
    writeFileSync(join(root, 'state.json.tmp'), '{}');
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
    kiosk.close();
    assert.deepEqual(readdirSync(root).sort(), [names.backup, names.current, 'state.json'].sort());
    assert.ok(existsSync(join(root, names.current, 'manifest.json')));
  } finally {
    t.cleanup();
  }
});

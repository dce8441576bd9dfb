import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importConfiguredClipPack } from '../../../main/config/clip-pack';
import { loadMachineConfig } from '../../../main/config/load';
import type { MachineConfig } from '../../../main/config/schema';
import { clipFile } from '../../../main/services/clips';
import { uiKeys } from '../../../main/services/clip-coverage';
import { openKiosk } from '../../../main/services/kiosk';
import { exportClipPack } from '../../../main/services/packs/clip-pack-export';
import { writeContentKeyPair } from '../../../main/services/packs/sign-pack';
import { defaultContentDir } from '../../../main/paths';
import { recordTakes } from '../../helpers/clip-packs';
import { withTemp } from '../../helpers/temp';

const [key1, key2] = uiKeys();

/** Kiosk A's takes exported as a signed pack at `file`, made at `when` (A's clock). */
async function exportAt(dir: string, file: string, when: string, keyFile: string): Promise<void> {
  const a = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'a') }, () => new Date(when));
  try {
    await exportClipPack(a, file, { privateKeyPem: readFileSync(keyFile, 'utf8') });
  } finally {
    a.close();
  }
}

/** One start of kiosk B: its machine config read from the file, then the configured clip pack. */
async function startB(dir: string, configFile: string) {
  const loaded = loadMachineConfig({ path: configFile, explicit: true });
  assert.equal(loaded.status, 'ok', JSON.stringify(loaded));
  const config = (loaded as { config: MachineConfig }).config;
  const b = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'b') });
  try {
    return await importConfiguredClipPack(b, config);
  } finally {
    b.close();
  }
}

test('a configured clipPack is imported at the first start and not again at the next', async (t) => {
  const dir = withTemp(t, 'repere-clip-config-');
  const keys = writeContentKeyPair(join(dir, 'keys'));
  const takes = recordTakes(join(dir, 'a'), [{ lang: 'ps', key: key1! }]);
  const pack = join(dir, 'fleet', 'repere-clips.zip');
  await exportAt(dir, pack, '2026-11-20T09:00:00Z', keys.privateFile);
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ kioskId: 'k-b', clipPack: pack, contentPublicKeys: [keys.publicLine] }));
  const dirsB = { contentDir: defaultContentDir, dataDir: join(dir, 'b') };

  const first = await startB(dir, configFile);
  assert.ok(first?.ok && !first.skipped, JSON.stringify(first));
  assert.ok(readFileSync(clipFile(dirsB, 'ps', key1!)!).equals(takes.get(`ps/${key1!}`)!));

  // Staff on B re-record that phrase: a restart with the same config must not put the pack's take back.
  const local = recordTakes(join(dir, 'b'), [{ lang: 'ps', key: key1! }], 9000).get(`ps/${key1!}`)!;
  const second = await startB(dir, configFile);
  assert.ok(second?.ok && second.skipped, JSON.stringify(second));
  assert.ok(readFileSync(clipFile(dirsB, 'ps', key1!)!).equals(local), "B's own re-recording is kept");

  // IT pushes a newer pack (more takes) to the same path: the next start imports it, once.
  const more = recordTakes(join(dir, 'a'), [{ lang: 'ff', key: key2! }], 6000);
  await exportAt(dir, pack, '2026-11-27T09:00:00Z', keys.privateFile);
  const third = await startB(dir, configFile);
  assert.ok(third?.ok && !third.skipped, JSON.stringify(third));
  assert.ok(readFileSync(clipFile(dirsB, 'ff', key2!)!).equals(more.get(`ff/${key2!}`)!));
  const fourth = await startB(dir, configFile);
  assert.ok(fourth?.ok && fourth.skipped, 'and not again at the start after');

  // An older pack put back at that path (a replay) is not imported.
  await exportAt(dir, pack, '2026-11-01T09:00:00Z', keys.privateFile);
  const replay = await startB(dir, configFile);
  assert.ok(replay?.ok && replay.skipped, JSON.stringify(replay));
});

test('a configured clipPack obeys contentPublicKeys; the field must be an absolute path', async (t) => {
  const dir = withTemp(t, 'repere-clip-config-');
  const ours = writeContentKeyPair(join(dir, 'ours'));
  const theirs = writeContentKeyPair(join(dir, 'theirs'));
  recordTakes(join(dir, 'a'), [{ lang: 'ps', key: key1! }]);
  const pack = join(dir, 'clips.zip');
  await exportAt(dir, pack, '2026-11-20T09:00:00Z', theirs.privateFile);
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ kioskId: 'k-b', clipPack: pack, contentPublicKeys: [ours.publicLine] }));
  const refused = await startB(dir, configFile);
  assert.ok(
    refused?.ok === false && refused.problems.some((p) => /a key this kiosk does not trust/.test(p.message)),
    JSON.stringify(refused),
  );
  assert.equal(clipFile({ contentDir: defaultContentDir, dataDir: join(dir, 'b') }, 'ps', key1!), null);

  writeFileSync(configFile, JSON.stringify({ kioskId: 'k-b', clipPack: 'clips.zip' }));
  const relative = loadMachineConfig({ path: configFile, explicit: true });
  assert.equal(relative.status, 'invalid');
  assert.ok(
    relative.status === 'invalid' &&
      relative.problems.some((p) => p.field === 'clipPack' && /absolute path/.test(p.message)),
  );
  writeFileSync(configFile, JSON.stringify({ kioskId: 'k-b' }));
  assert.equal(await startB(dir, configFile), null, 'no clipPack: nothing to do');
});

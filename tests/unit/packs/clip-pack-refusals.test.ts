import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clipFile } from '../../../main/services/clips';
import { uiKeys } from '../../../main/services/clip-coverage';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { exportClipPack } from '../../../main/services/packs/clip-pack-export';
import { importClipPack, lastImportedClipPack } from '../../../main/services/packs/clip-pack-import';
import { signPack, writeContentKeyPair } from '../../../main/services/packs/sign-pack';
import { defaultContentDir } from '../../../main/paths';
import { spawnCli } from '../../helpers/cli-async';
import { recordTakes, unzipTo } from '../../helpers/clip-packs';
import { filesUnder, makeFolderPack, sha256 } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';

const [key1, key2] = uiKeys();

/** Every file under B's recorded clips, with its bytes: what "B's existing clips stay" compares. */
function snapshot(dataDir: string): Map<string, string> {
  const root = join(dataDir, 'clips');
  return new Map(filesUnder(root).map((f) => [f, sha256(readFileSync(join(root, f)))]));
}

/** Kiosk A with two Pashto takes, and kiosk B with its own take of key1 (which a good pack would replace). */
function twoKiosks(dir: string): { a: Kiosk; b: Kiosk } {
  recordTakes(join(dir, 'a'), [
    { lang: 'ps', key: key1! },
    { lang: 'ps', key: key2! },
  ]);
  recordTakes(join(dir, 'b'), [{ lang: 'ps', key: key1! }], 9000);
  const a = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'a') });
  const b = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'b') });
  return { a, b };
}

const messages = (r: Awaited<ReturnType<typeof importClipPack>>) =>
  r.ok ? [] : r.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);

test('a tampered clip pack (one byte of audio, or the manifest) is refused and B keeps its clips', async (t) => {
  const dir = withTemp(t, 'repere-clip-pack-');
  const { a, b } = twoKiosks(dir);
  t.after(() => (a.close(), b.close()));
  const keys = writeContentKeyPair(join(dir, 'keys'));
  const trust = { trustedKeys: [keys.publicLine] };
  const zip = join(dir, 'clips.zip');
  await exportClipPack(a, zip, { privateKeyPem: readFileSync(keys.privateFile, 'utf8') });
  const before = snapshot(b.paths.dataDir);

  // One byte of audio changed: its sha256 no longer matches the (signed) manifest.
  const audio = await unzipTo(zip, join(dir, 'audio-changed'));
  const wavPath = join(audio, 'audio', 'ps', `${key1!}.wav`);
  const wav = readFileSync(wavPath);
  wav[wav.length - 1] = wav[wav.length - 1]! ^ 0x01;
  writeFileSync(wavPath, wav);
  const r1 = await importClipPack(b, audio, trust);
  assert.equal(r1.ok, false);
  assert.ok(messages(r1).some((m) => m.startsWith(`audio/ps/${key1!}.wav`) && /sha256 does not match/.test(m)));

  // The manifest edited to match that audio: the signature no longer matches the manifest.
  const manifestFile = join(audio, 'pack-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { clips: { key: string; sha256: string }[] };
  manifest.clips.find((c) => c.key === key1)!.sha256 = sha256(wav);
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  const r2 = await importClipPack(b, audio, trust);
  assert.equal(r2.ok, false);
  assert.ok(messages(r2).some((m) => /pack-signature\.json: signature: .*altered after signing/.test(m)));

  // Signed by a key B does not trust.
  const other = writeContentKeyPair(join(dir, 'other'));
  const foreign = join(dir, 'foreign.zip');
  await exportClipPack(a, foreign, { privateKeyPem: readFileSync(other.privateFile, 'utf8') });
  assert.ok(messages(await importClipPack(b, foreign, trust)).some((m) => /a key this kiosk does not trust/.test(m)));

  assert.deepEqual(snapshot(b.paths.dataDir), before, "B's clips are untouched");
  assert.equal(lastImportedClipPack(b.paths), null, 'nothing is recorded as imported');
  // The untouched pack itself is fine: B then serves A's take.
  assert.equal((await importClipPack(b, zip, trust)).ok, true);
  const served = clipFile(b.paths, 'ps', key1!)!;
  assert.ok(readFileSync(served).equals(readFileSync(join(a.paths.dataDir, 'clips', 'ps', `${key1!}.wav`))));
});

test('an unsigned clip pack is refused when contentPublicKeys are configured, accepted when not', async (t) => {
  const dir = withTemp(t, 'repere-clip-pack-');
  const { a, b } = twoKiosks(dir);
  t.after(() => (a.close(), b.close()));
  const zip = join(dir, 'unsigned.zip');
  await exportClipPack(a, zip);
  const before = snapshot(b.paths.dataDir);
  const keys = writeContentKeyPair(join(dir, 'keys'));
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ kioskId: 'k-b', contentPublicKeys: [keys.publicLine] }));

  b.close(); // the CLI opens kiosk B itself
  const refused = await spawnCli(['clips', 'import', zip, '--data', join(dir, 'b')], { REPERE_CONFIG: config });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /Nothing was imported/);
  assert.match(refused.stderr, /pack-signature\.json.*missing: this kiosk accepts only packs signed by/);
  assert.deepEqual(snapshot(join(dir, 'b')), before);

  const open = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'b') });
  t.after(() => open.close());
  const accepted = await importClipPack(open, zip, { trustedKeys: [] });
  assert.ok(accepted.ok && !accepted.skipped, messages(accepted).join('\n'));
  assert.equal(accepted.signedBy, null);
  assert.equal(accepted.clips.length, 2);
  const wav = (d: string) => readFileSync(join(d, 'clips', 'ps', `${key1!}.wav`));
  assert.ok(wav(join(dir, 'b')).equals(wav(join(dir, 'a'))), "A's take of key1 replaced B's");

  // `sign` (the content packs' command) signs a clip pack too; then the configured key accepts it.
  const signed = join(dir, 'signed.zip');
  copyFileSync(zip, signed);
  await signPack(signed, keys.privateFile);
  const trusted = await importClipPack(open, signed, { trustedKeys: [keys.publicLine] });
  assert.ok(trusted.ok && !trusted.skipped && trusted.signedBy === keys.publicLine, messages(trusted).join('\n'));
});

test('every manifest field is checked; a content pack or a stray file is not a clip pack', async (t) => {
  const dir = withTemp(t, 'repere-clip-pack-');
  const { a, b } = twoKiosks(dir);
  t.after(() => (a.close(), b.close()));
  const zip = join(dir, 'clips.zip');
  await exportClipPack(a, zip);
  const before = snapshot(b.paths.dataDir);
  const edits: [field: string, edit: (m: Record<string, unknown>, clip: Record<string, unknown>) => void][] = [
    ['format', (m) => (m.format = 2)],
    ['kind', (m) => delete m.kind],
    ['created', (m) => (m.created = 'yesterday')],
    ['contentVersion', (m) => (m.contentVersion = '2026-11-25')],
    ['clips[0].lang', (_m, c) => (c.lang = 'xx')],
    ['clips[0].key', (_m, c) => (c.key = '../evil')],
    ['clips[0].sha256', (_m, c) => (c.sha256 = 'abc')],
    ['clips[0].bytes', (_m, c) => (c.bytes = -1)],
    ['clips[0].bytes', (_m, c) => (c.bytes = Number(c.bytes) + 1)],
    ['clips[0]', (_m, c) => (c.note = 'extra')],
    // A's two takes, then the first again: the third entry is the duplicate.
    ['clips[2]', (m) => (m.clips as unknown[]).push((m.clips as unknown[])[0])],
    ['', (m) => (m.extra = true)],
  ];
  for (const [i, [field, edit]] of edits.entries()) {
    const folder = await unzipTo(zip, join(dir, `edit-${i}`));
    const file = join(folder, 'pack-manifest.json');
    const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(m, (m.clips as Record<string, unknown>[])[0]!);
    writeFileSync(file, JSON.stringify(m));
    const r = await importClipPack(b, folder);
    assert.equal(r.ok, false, `edit of ${field || '(top level)'} refused`);
    assert.ok(
      !r.ok && r.problems.some((p) => p.file === 'pack-manifest.json' && p.field === field),
      `${field}: ${messages(r).join(' | ')}`,
    );
  }
  const content = await importClipPack(b, makeFolderPack(join(dir, 'content')));
  assert.ok(messages(content).some((m) => /kind: must be "clips" .*npm run cli -- import/.test(m)));
  const stray = await unzipTo(zip, join(dir, 'stray'));
  writeFileSync(join(stray, 'themes.json'), '[]');
  assert.ok(messages(await importClipPack(b, stray)).some((m) => /^themes\.json: : not a clip/.test(m)));
  assert.deepEqual(snapshot(b.paths.dataDir), before, "B's clips are untouched");
});

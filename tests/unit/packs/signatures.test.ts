import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { importPack } from '../../../main/services/packs/import';
import { importPackIfNewer } from '../../../main/services/packs/newer';
import { signPack, writeContentKeyPair } from '../../../main/services/packs/sign-pack';
import { publicKeyFromLine } from '../../../main/services/packs/signature';
import { validatePack } from '../../../main/services/packs/validate-pack';
import { defaultContentDir } from '../../../main/paths';
import { spawnCli } from '../../helpers/cli-async';
import { makeFolderPack, writePackManifest, zipFolder } from '../../helpers/packs';
import { setQuickPin } from '../../helpers/pin';
import { tempDir } from '../../helpers/temp';

test('CLI keygen, sign, and import against the machine config: signed by the key passes, unsigned is refused', async () => {
  const t = tempDir();
  try {
    const keys = join(t.dir, 'keys');
    const gen = await spawnCli(['keygen', '--out', keys]);
    assert.equal(gen.code, 0, gen.stderr);
    const line = gen.stdout.trim();
    assert.ok(publicKeyFromLine(line), 'the printed line is an Ed25519 public key (base64 SPKI DER)');
    assert.equal(readFileSync(join(keys, 'repere-content.pub'), 'utf8').trim(), line);
    assert.match(readFileSync(join(keys, 'repere-content.key'), 'utf8'), /^-----BEGIN PRIVATE KEY-----/);
    assert.equal(statSync(join(keys, 'repere-content.key')).mode & 0o777, 0o600);
    assert.equal((await spawnCli(['keygen', '--out', keys])).code, 1, 'an existing key is never overwritten');

    const zip = await zipFolder(makeFolderPack(join(t.dir, 'p'), { version: '2099.06.01-1' }), join(t.dir, 'p.zip'));
    const unsigned = await zipFolder(join(t.dir, 'p'), join(t.dir, 'unsigned.zip'));
    const sign = await spawnCli(['sign', zip, '--key', join(keys, 'repere-content.key')]);
    assert.equal(sign.code, 0, sign.stderr);

    const config = join(t.dir, 'config.json');
    writeFileSync(config, JSON.stringify({ kioskId: 'k1', contentPublicKeys: [line] }));
    const env = { REPERE_CONFIG: config };
    const dataDir = join(t.dir, 'data');
    const refused = await spawnCli(['import', unsigned, '--data-dir', dataDir], env);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /pack-signature\.json.*missing: this kiosk accepts only packs signed by MCowBQYDK2VwAyEA/,
    );
    const ok = await spawnCli(['import', zip, '--data-dir', dataDir], env);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`signed by ${line.replace(/[+/]/g, '\\$&')}`));
  } finally {
    t.cleanup();
  }
});

test('a tampered file, a wrong key and a replayed older signed pack are refused; no key configured: unsigned is fine', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const ours = writeContentKeyPair(join(t.dir, 'ours'));
    const theirs = writeContentKeyPair(join(t.dir, 'theirs'));
    const trust = { trustedKeys: [ours.publicLine] };
    const signed = async (name: string, version: string, key = ours.privateFile) => {
      const dir = makeFolderPack(join(t.dir, name), { version });
      await signPack(dir, key);
      return dir;
    };
    const messages = (r: Awaited<ReturnType<typeof validatePack>>) => (r.ok ? [] : r.problems.map((p) => p.message));

    // Tampered after signing: the file no longer matches the manifest...
    const a = await signed('a', '2099.06.02-1');
    writeFileSync(join(a, 'themes.json'), '[]');
    assert.ok(messages(await validatePack(a, trust)).some((m) => /sha256 does not match/.test(m)));
    // ...and a manifest rewritten to match no longer matches the signature.
    writePackManifest(a);
    assert.ok(messages(await validatePack(a, trust)).some((m) => /altered after signing/.test(m)));

    const wrong = await signed('w', '2099.06.02-1', theirs.privateFile);
    assert.ok(messages(await validatePack(wrong, trust)).some((m) => /a key this kiosk does not trust/.test(m)));

    const v1 = await signed('v1', '2099.06.03-1');
    const v2 = await signed('v2', '2099.06.04-1');
    assert.equal((await importPack(kiosk, v2, trust)).ok, true);
    const replay = await importPack(kiosk, v1, trust);
    assert.equal(replay.ok, false, 'a genuine but older signed pack is not replayed');
    assert.equal(metaValue(kiosk.db, 'content_version'), '2099.06.04-1');

    // The configured contentPack at start obeys the same keys.
    const unsignedNewer = makeFolderPack(join(t.dir, 'u'), { version: '2099.06.05-1' });
    assert.equal((await importPackIfNewer(kiosk, unsignedNewer, trust)).ok, false);
    // Without keys configured, an unsigned pack still imports, and staff are told it is unsigned.
    await setQuickPin(kiosk.db, '246813');
    const h = createHandlers(kiosk);
    const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
    await zipFolder(unsignedNewer, join(kiosk.paths.dataDir, 'packs', 'u.zip'));
    assert.deepEqual(await dispatch(h, 'staffValidatePack', { token, name: 'u.zip' }), {
      ok: true,
      contentVersion: '2099.06.05-1',
      signedBy: null,
    });
    // With keys, the staff screen refuses it too.
    const strict = createHandlers(kiosk, { contentPublicKeys: [ours.publicLine] });
    const s = (await dispatch(strict, 'staffEnter', { pin: '246813' })) as { token: string };
    const r = (await dispatch(strict, 'staffImportPack', { token: s.token, name: 'u.zip' })) as { ok: boolean };
    assert.equal(r.ok, false);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

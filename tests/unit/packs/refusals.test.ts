import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { importPack } from '../../../main/services/packs/import';
import { validatePack } from '../../../main/services/packs/validate-pack';
import { defaultContentDir } from '../../../main/paths';
import { filesUnder, makeFolderPack, rawZip, writePackManifest, zipFolder } from '../../helpers/packs';
import { databaseHash } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

test('a pack older than the installed content is refused (a replayed pack), unless the downgrade is allowed', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const older = makeFolderPack(join(t.dir, 'old'), { version: '2099.05.01-1' });
    const newer = makeFolderPack(join(t.dir, 'new'), { version: '2099.05.01-2' });
    assert.equal((await importPack(kiosk, newer)).ok, true);
    const before = databaseHash(kiosk.db);
    const r = await importPack(kiosk, older);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.downgrade, { installed: '2099.05.01-2', pack: '2099.05.01-1' });
    assert.match(r.problems[0]!.message, /older than the installed 2099\.05\.01-2.*--allow-downgrade/);
    assert.equal(databaseHash(kiosk.db), before, 'nothing changed');
    const allowed = await importPack(kiosk, older, { allowDowngrade: true });
    assert.deepEqual(allowed, {
      ok: true,
      contentVersion: '2099.05.01-1',
      territory: '972',
      signedBy: null,
      downgradedFrom: '2099.05.01-2',
    });
    assert.equal(metaValue(kiosk.db, 'content_version'), '2099.05.01-1');
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('a file nothing in the kiosk reads is refused, even listed with its right hash', async () => {
  const t = tempDir();
  try {
    const dir = makeFolderPack(join(t.dir, 'p'));
    writeFileSync(join(dir, 'notes.json'), JSON.stringify({ visitor: 'Jean Dupont', phone: '0612345678' }));
    writeFileSync(join(dir, 'structures', 'old-format.json'), '[]');
    writePackManifest(dir);
    const r = await validatePack(dir);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const unused = r.problems.filter((p) => /not used by the kiosk/.test(p.message)).map((p) => p.file);
    assert.deepEqual(unused, ['notes.json']);
  } finally {
    t.cleanup();
  }
});

test('a zip holding the same name twice is refused', async () => {
  const t = tempDir();
  try {
    const dir = makeFolderPack(join(t.dir, 'p'));
    const entries = filesUnder(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) }));
    entries.push({ name: 'themes.json', data: Buffer.from('[]') });
    const zip = join(t.dir, 'dup.zip');
    writeFileSync(zip, rawZip(entries));
    const r = await validatePack(zip);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.ok(r.problems.some((p) => p.file === 'themes.json' && /duplicate entry/.test(p.message)));
  } finally {
    t.cleanup();
  }
});

test('many small entries, each under the per-file ratio check, cannot add up to a bomb', async () => {
  const t = tempDir();
  try {
    // 60 entries of 1 MiB of zeros (exactly at the per-file ratio threshold) in a zip of about 70 KB.
    const zeros = Buffer.alloc(1024 * 1024);
    const entries = Array.from({ length: 60 }, (_, i) => ({ name: `audio/fr/z${i}.wav`, data: zeros, deflate: true }));
    const zip = join(t.dir, 'bomb.zip');
    writeFileSync(zip, rawZip(entries));
    const r = await validatePack(zip);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.ok(
      r.problems.some((p) => /expands to more than/.test(p.message)),
      JSON.stringify(r.problems.slice(0, 3)),
    );
  } finally {
    t.cleanup();
  }
});

test('the shipped content, exported as a pack, still passes every check', async () => {
  const t = tempDir();
  try {
    const zip = await zipFolder(makeFolderPack(join(t.dir, 'p')), join(t.dir, 'p.zip'));
    const r = await validatePack(zip);
    assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
  } finally {
    t.cleanup();
  }
});

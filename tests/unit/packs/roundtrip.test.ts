import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { listThemes, metaValue } from '../../../main/services/content-store';
import { clipFile } from '../../../main/services/clips';
import { exportPack } from '../../../main/services/packs/export';
import { importPack, restoreBackup } from '../../../main/services/packs/import';
import { validatePack } from '../../../main/services/packs/validate-pack';
import { readContentState } from '../../../main/services/packs/active-content';
import { defaultContentDir } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { makeFolderPack, toneWav, writePackManifest, zipFolder } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';
import { runCli } from '../../helpers/cli';

const shippedThemes = readJson<unknown[]>(defaultContentDir, 'themes.json').length;

test('import a zip pack, its clip is served, export it again, restore the backup, and the import survives a restart', async () => {
  const t = tempDir();
  try {
    const dataDir = join(t.dir, 'data');
    const pack = makeFolderPack(join(t.dir, 'pack'), { version: '2099.01.01-1', themes: 4 });
    const zip = await zipFolder(pack, join(t.dir, 'pack.zip'));
    let kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    assert.equal(listThemes(kiosk.db).length, shippedThemes);
    assert.equal(clipFile(kiosk.paths, 'ps', 'theme.care'), null);

    const r = await importPack(kiosk, zip);
    assert.deepEqual(r, { ok: true, contentVersion: '2099.01.01-1', territory: '972', signedBy: null });
    assert.equal(listThemes(kiosk.db).length, 4);
    assert.equal(metaValue(kiosk.db, 'content_version'), '2099.01.01-1');
    const clip = clipFile(kiosk.paths, 'ps', 'theme.care');
    assert.ok(clip && clip.startsWith(join(dataDir, 'content')), 'the active content is a copy under the data dir');
    assert.deepEqual(readFileSync(clip), toneWav());
    kiosk.close();

    // A restart keeps the imported content (the app's own data/ is only the fallback).
    kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    assert.equal(listThemes(kiosk.db).length, 4);

    const exported = join(t.dir, 'out', 'again.zip');
    const m = await exportPack(kiosk, exported);
    assert.equal(m.contentVersion, '2099.01.01-1');
    assert.ok(Object.keys(m.files).includes('audio/ps/theme.care.wav'));
    const v = await validatePack(exported);
    assert.equal(v.ok, true, JSON.stringify(v));

    assert.deepEqual(await restoreBackup(kiosk), {
      contentVersion: readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion,
    });
    assert.equal(listThemes(kiosk.db).length, shippedThemes);
    assert.equal(clipFile(kiosk.paths, 'ps', 'theme.care'), null);
    // Restoring again swaps back: the backup was the imported pack.
    await restoreBackup(kiosk);
    assert.equal(listThemes(kiosk.db).length, 4);

    // Re-importing the exported pack (the active version) is refused unless asked for on purpose (issue 25);
    // asked for, it keeps only current + backup copies.
    assert.equal((await importPack(kiosk, exported)).ok, false);
    assert.equal((await importPack(kiosk, exported, { allowDowngrade: true })).ok, true);
    const state = readContentState(dataDir);
    assert.notEqual(state.current, state.backup);
    assert.ok(existsSync(join(dataDir, 'content', state.current)));
    kiosk.close();
  } finally {
    t.cleanup();
  }
});

test('restore-backup without any import says so and changes nothing', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
  try {
    await assert.rejects(() => restoreBackup(kiosk), /no backup/);
    assert.equal(listThemes(kiosk.db).length, shippedThemes);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('CLI: validate (a pack), validate-pack, import, export, restore-backup, staff set-pin (stdin) and stats --csv', async () => {
  const t = tempDir();
  try {
    const dataDir = join(t.dir, 'data');
    const pack = await zipFolder(
      makeFolderPack(join(t.dir, 'p'), { version: '2099.02.02-1', themes: 2 }),
      join(t.dir, 'p.zip'),
    );
    const dd = ['--data-dir', dataDir];
    assert.equal(runCli(['validate-pack', pack]).status, 0);
    assert.match(runCli(['validate', pack]).stdout, /Pack valid/);
    const broken = makeFolderPack(join(t.dir, 'broken'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(broken, 'themes.json'), '[{"id": 3}]');
    assert.equal(runCli(['validate', broken]).status, 1);
    const bad = runCli(['validate-pack', broken]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /themes\.json: \(file\): sha256 does not match/);
    const badImport = runCli(['import', broken, ...dd]);
    assert.equal(badImport.status, 1);
    assert.match(badImport.stderr, /Nothing was imported/);

    const imp = runCli(['import', pack, ...dd]);
    assert.equal(imp.status, 0, imp.stderr);
    assert.match(imp.stdout, /2099\.02\.02-1/);
    const out = join(t.dir, 'exported.zip');
    assert.equal(runCli(['export', out, ...dd]).status, 0);
    assert.equal((await validatePack(out)).ok, true);
    const restore = runCli(['restore-backup', ...dd]);
    assert.equal(restore.status, 0, restore.stderr);

    const setPin = runCli(['staff', 'set-pin', ...dd], {}, '735194\n');
    assert.equal(setPin.status, 0, setPin.stderr);
    assert.doesNotMatch(setPin.stdout + setPin.stderr, /735194/, 'the PIN is never echoed');
    const refused = runCli(['staff', 'set-pin', ...dd], {}, '12ab\n');
    assert.equal(refused.status, 1);
    assert.doesNotMatch(refused.stderr, /12ab/);

    const stats = runCli(['stats', '--from', '2026-01-01', '--to', '2026-12-31', '--csv', ...dd]);
    assert.equal(stats.status, 0, stats.stderr);
    assert.equal(stats.stdout, 'day,kind,item,count\n');
    assert.equal(runCli(['stats', '--from', '2026-31-01', '--to', '2026-12-31', ...dd]).status, 2);
  } finally {
    t.cleanup();
  }
});

test('two imports started together both complete, one after the other, and leave current + backup only', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const a = await zipFolder(
      makeFolderPack(join(t.dir, 'a'), { version: '2099.05.01-1', themes: 3 }),
      join(t.dir, 'a.zip'),
    );
    const b = makeFolderPack(join(t.dir, 'b'), { version: '2099.05.02-1', themes: 5 });
    const [ra, rb] = await Promise.all([importPack(kiosk, a), importPack(kiosk, b)]);
    assert.equal(ra.ok && rb.ok, true, JSON.stringify([ra, rb]));
    assert.equal(metaValue(kiosk.db, 'content_version'), '2099.05.02-1');
    const { readdirSync } = await import('node:fs');
    const state = readContentState(join(t.dir, 'data'));
    assert.deepEqual(
      readdirSync(join(t.dir, 'data', 'content')).sort(),
      [state.backup, state.current, 'state.json'].sort(),
    );
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('content files in sub-folders (other content such as structures/972.json) travel through import and export', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const { cpSync, existsSync } = await import('node:fs');
    const folder = join(t.dir, 'p');
    makeFolderPack(folder, { version: '2099.06.01-1' });
    // The real places translations (a file two folders deep), so the content still validates.
    cpSync(join(defaultContentDir, 'translations', 'places'), join(folder, 'translations', 'places'), {
      recursive: true,
    });
    assert.ok(existsSync(join(folder, 'translations', 'places', 'fr.json')));
    writePackManifest(folder);
    assert.equal((await importPack(kiosk, folder)).ok, true);
    const m = await exportPack(kiosk, join(t.dir, 'out.zip'));
    assert.ok(Object.keys(m.files).includes('translations/places/fr.json'), Object.keys(m.files).join(','));
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

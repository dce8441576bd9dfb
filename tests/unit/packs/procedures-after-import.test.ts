import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { importPack, restoreBackup } from '../../../main/services/packs/import';
import { contentPhrases, getProcedure } from '../../../main/services/procedures';
import { openKiosk } from '../../../main/services/kiosk';
import { readJson, writeJson } from '../../helpers/content';
import { makeFolderPack, writePackManifest } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

test('procedures follow an imported pack and a restored backup without a restart', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const before = getProcedure(kiosk, 'pass', 'fr')!.title.text;
    const folder = makeFolderPack(join(t.dir, 'p'), { version: '2099.07.01-1' });
    const fr = readJson<Record<string, string>>(join(folder, 'translations'), 'fr.json');
    writeJson(join(folder, 'translations'), 'fr.json', { ...fr, 'pass.title': 'PASS (nouveau titre)' });
    writePackManifest(folder);
    assert.equal((await importPack(kiosk, folder)).ok, true);
    assert.equal(getProcedure(kiosk, 'pass', 'fr')!.title.text, 'PASS (nouveau titre)');
    assert.ok(contentPhrases(kiosk, 'fr').some((p) => p.key === 'pass.title' && p.text === 'PASS (nouveau titre)'));
    await restoreBackup(kiosk);
    assert.equal(getProcedure(kiosk, 'pass', 'fr')!.title.text, before);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { readContentState } from '../../../main/services/packs/active-content';
import { importPack } from '../../../main/services/packs/import';
import { defaultContentDir } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { makeFolderPack } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';

// Issue 25: a damaged state.json fell back to the shipped content and the start's sweep deleted the imported copy.
test('a damaged state.json: older content runs, the imported copy is kept aside, and the notice says both', async (t) => {
  const dir = withTemp(t);
  const dataDir = join(dir, 'data');
  let kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  assert.ok((await importPack(kiosk, makeFolderPack(join(dir, 'p'), { version: '2099.05.01-1' }))).ok);
  kiosk.close();
  const imported = readContentState(dataDir).current;
  writeFileSync(join(dataDir, 'content', 'state.json'), '{"current": "pack-');

  kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  try {
    const shipped = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion;
    assert.equal(metaValue(kiosk.db, 'content_version'), shipped);
    const [kept] = readdirSync(join(dataDir, 'content')).filter((n) => n.startsWith(`${imported}.kept-`));
    assert.ok(kept && existsSync(join(dataDir, 'content', kept, 'manifest.json')), 'the imported copy is whole');
    assert.match(kiosk.notices[0]!.message, /older content is running/);
    assert.match(kiosk.notices[0]!.message, new RegExp(`imported content was kept as ${kept}`));
  } finally {
    kiosk.close();
  }
  // A second start does not sweep it either.
  openKiosk({ contentDir: defaultContentDir, dataDir }).close();
  assert.ok(readdirSync(join(dataDir, 'content')).some((n) => n.startsWith(`${imported}.kept-`)));
});

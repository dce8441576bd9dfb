import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { writeSettings } from '../../../main/services/settings';
import { supportedLocales } from '../../../common/locales';
import { readTranslationStatus } from '../../../main/services/translation-status';
import { tempDir, withTemp } from '../../helpers/temp';

test('getTranslationStatus gives staff every locale: French the source, the others drafts awaiting review', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const status = (await dispatch(createHandlers(kiosk), 'getTranslationStatus', {})) as Record<
      string,
      { status: string; reviewedBy: string | null }
    >;
    assert.deepEqual(Object.keys(status).sort(), [...supportedLocales].sort());
    assert.equal(status.fr!.status, 'source');
    assert.equal(status.ti!.status, 'machine-draft');
    assert.equal(status.ti!.reviewedBy, null);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('a broken status file is reported with its name and the bad field', (t) => {
  const dir = withTemp(t);
  const file = join(dir, 'status.json');
  writeFileSync(file, JSON.stringify({ fr: { status: 'perfect', reviewedBy: null } }));
  assert.throws(() => readTranslationStatus(file), /status\.json: fr\.status/);
  writeFileSync(file, '{ not json');
  assert.throws(() => readTranslationStatus(file), /status\.json: cannot be read as JSON/);
});

test('getKioskConfig carries the speech rate and volume each visit starts from', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const h = createHandlers(kiosk);
    const before = (await dispatch(h, 'getKioskConfig', {})) as { speechRate: number; volume: number };
    assert.deepEqual([before.speechRate, before.volume], [0.9, 0.8]);
    writeSettings(kiosk.db, { speechRate: 0.7, volume: 0.5, languages: ['ti', 'fr'] });
    const after = (await dispatch(h, 'getKioskConfig', {})) as {
      speechRate: number;
      volume: number;
      languages: string[];
    };
    assert.deepEqual([after.speechRate, after.volume, after.languages], [0.7, 0.5, ['ti', 'fr']]);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../../main/db/open';
import { defaultSettings, readSettings, settingsNotices, writeSettings } from '../../../main/services/settings';
import { withTemp } from '../../helpers/temp';

function settingsDb(t: Parameters<typeof withTemp>[0]) {
  const db = openDatabase(join(withTemp(t), 'settings.sqlite'));
  t.after(() => db.close());
  return db;
}

test('one invalid saved setting falls back alone: the others are kept, and staff are told which', (t) => {
  const db = settingsDb(t);
  writeSettings(db, { territory: '972', printerName: 'Accueil-A4', idleTimeoutSeconds: 120 });
  // A value a newer or older version wrote, that this one refuses (e.g. a locale removed since).
  db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run('languages', '["fr","xx"]');
  const settings = readSettings(db);
  assert.equal(settings.territory, '972');
  assert.equal(settings.printerName, 'Accueil-A4');
  assert.equal(settings.idleTimeoutSeconds, 120);
  assert.deepEqual(settings.languages, defaultSettings.languages);
  const notices = settingsNotices(db);
  assert.deepEqual(
    notices.map((n) => [n.kind, n.keptAs]),
    [['settings', 'settings.languages']],
  );
});

test('a setting that is not JSON, or not a setting of this version, is reported and ignored', (t) => {
  const db = settingsDb(t);
  writeSettings(db, { volume: 0.5 });
  const put = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  put.run('speechRate', '{not json');
  put.run('colour', '"blue"');
  assert.equal(readSettings(db).volume, 0.5);
  assert.equal(readSettings(db).speechRate, defaultSettings.speechRate);
  assert.deepEqual(
    settingsNotices(db)
      .map((n) => n.keptAs)
      .sort(),
    ['settings.colour', 'settings.speechRate'],
  );
});

test('valid settings raise no notice', (t) => {
  const db = settingsDb(t);
  writeSettings(db, { territory: '75', volume: 0.3 });
  assert.deepEqual(settingsNotices(db), []);
});

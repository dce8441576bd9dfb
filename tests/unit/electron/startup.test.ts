import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareStartup } from '../../../main/electron/startup';
import { readSettings } from '../../../main/services/settings';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';

function setup() {
  const t = tempDir();
  const contentDir = copyContent(join(t.dir, 'content'));
  const dataDir = join(t.dir, 'data');
  const configPath = join(t.dir, 'etc', 'config.json');
  mkdirSync(join(t.dir, 'etc'));
  return { t, contentDir, dataDir, configPath, location: { path: configPath, explicit: false } };
}

test('no machine config: the kiosk starts in kiosk mode with its own settings', () => {
  const s = setup();
  try {
    const startup = prepareStartup(s);
    assert.ok(startup.ok);
    assert.equal(startup.config, null);
    assert.equal(startup.mode, 'kiosk');
    startup.kiosk.close();
  } finally {
    s.t.cleanup();
  }
});

test('a good machine config is applied to the settings and its mode and fields are exposed', () => {
  const s = setup();
  try {
    writeFileSync(
      s.configPath,
      JSON.stringify({ kioskId: 'mq-1', mode: 'desk', territory: '75', hideCursor: false, contentPack: '/srv/p.zip' }),
    );
    const startup = prepareStartup(s);
    assert.ok(startup.ok);
    assert.equal(startup.mode, 'desk');
    assert.equal(startup.config?.contentPack, '/srv/p.zip');
    assert.equal(startup.configPath, s.configPath);
    assert.equal(startup.settings.hideCursor, false);
    assert.equal(readSettings(startup.kiosk.db).territory, '75');
    startup.kiosk.close();
  } finally {
    s.t.cleanup();
  }
});

test('a bad machine config stops the start with the file and the fields at fault', () => {
  const s = setup();
  try {
    writeFileSync(s.configPath, JSON.stringify({ kioskId: 'mq-1', mode: 'tablet', idleTimeoutSeconds: 5 }));
    const startup = prepareStartup(s);
    assert.ok(!startup.ok);
    assert.equal(startup.failure.kind, 'config');
    assert.equal(startup.failure.file, s.configPath);
    assert.deepEqual(startup.failure.problems.map((p) => p.field).sort(), ['idleTimeoutSeconds', 'mode']);
  } finally {
    s.t.cleanup();
  }
});

test('a config naming a territory the content lacks stops the start too, until the file is fixed', () => {
  const s = setup();
  try {
    writeFileSync(s.configPath, JSON.stringify({ kioskId: 'mq-1', territory: '978' }));
    const startup = prepareStartup(s);
    assert.ok(!startup.ok);
    assert.deepEqual(
      startup.failure.problems.map((p) => p.field),
      ['territory'],
    );
    // Once IT fixes the file, the next start succeeds on the same data folder.
    writeFileSync(s.configPath, JSON.stringify({ kioskId: 'mq-1', territory: '972' }));
    const fixed = prepareStartup(s);
    assert.ok(fixed.ok);
    fixed.kiosk.close();
  } finally {
    s.t.cleanup();
  }
});

test('broken content stops the start with the content file and field named', () => {
  const s = setup();
  try {
    const manifest = readJson<Record<string, unknown>>(s.contentDir, 'manifest.json');
    writeJson(s.contentDir, 'manifest.json', { ...manifest, contentVersion: 42 });
    const startup = prepareStartup(s);
    assert.ok(!startup.ok);
    assert.equal(startup.failure.kind, 'content');
    assert.equal(startup.failure.file, s.contentDir);
    assert.deepEqual(
      startup.failure.problems.map((p) => p.field),
      ['manifest.json: contentVersion'],
    );
  } finally {
    s.t.cleanup();
  }
});

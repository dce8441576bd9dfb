import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultContentDir } from '../../../main/paths';
import { migrations } from '../../../main/db/migrations/index';
import { supportedLocales } from '../../../common/locales';
import { readJson } from '../../helpers/content';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

test('cli info --json prints the content version, territories, locales and schema version', () => {
  const t = tempDir();
  try {
    const r = runCli(['info', '--json', '--data-dir', t.dir]);
    assert.equal(r.status, 0, r.stderr);
    const info = JSON.parse(r.stdout);
    const manifest = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json');
    const territories = readJson<{ id: string }[]>(defaultContentDir, 'territories.json');
    assert.equal(info.contentVersion, manifest.contentVersion);
    assert.deepEqual(info.territories.map((x: { id: string }) => x.id).sort(), territories.map((x) => x.id).sort());
    assert.deepEqual(info.locales, [...supportedLocales]);
    assert.equal(info.schemaVersion, migrations.length);
  } finally {
    t.cleanup();
  }
});

test('cli with an unknown command prints usage and exits 2', () => {
  const r = runCli(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stdout, /Usage: npm run cli/);
});

test('cli on broken content exits non-zero with the file named', () => {
  const t = tempDir();
  try {
    const r = runCli(['info', '--json', '--data-dir', t.dir, '--content-dir', t.dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /manifest\.json: \(file\): file is missing/);
  } finally {
    t.cleanup();
  }
});

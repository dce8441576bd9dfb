import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../../../main/paths';
import { bundleOptions, nodeBundles } from '../../../scripts/build-entries.mjs';
import { withTemp } from '../../helpers/temp';

test('a bundle refuses code that reads import.meta (empty in CommonJS: main.cjs threw at load)', async (t) => {
  const dir = withTemp(t, 'repere-bundle-');
  const entry = join(projectRoot, 'tests', 'fixtures', 'bundles', 'reads-import-meta.ts');
  await assert.rejects(build(bundleOptions(entry, join(dir, 'x.cjs'))), /import\.meta/);
});

test('every shipped bundle builds under that rule: no code the installed app runs reaches import.meta', async (t) => {
  const dir = withTemp(t, 'repere-bundle-');
  for (const { entry, out } of nodeBundles) {
    const r = await build(bundleOptions(join(projectRoot, entry), join(dir, out)));
    assert.deepEqual(r.errors, [], entry);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { asar, packWithStandInElectron } from '../../../scripts/packaging/pack-dir';
import { filesUnder } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

/**
 * Packs the app with electron-builder --dir for Linux, in a temp copy of the project, with a stand-in
 * Electron, no native rebuild, an empty builder cache and a dead proxy (scripts/packaging/pack-dir.ts), so it
 * proves the packing needs no network. Then reads what was packed.
 */
test('electron-builder --dir packs the bundles, the whole renderer, only better-sqlite3, and data/ beside', () => {
  const t = tempDir('repere-pack-');
  try {
    const { project, unpacked } = packWithStandInElectron(t.dir);
    assert.ok(existsSync(join(unpacked, 'repere')), 'the program is named repere');
    const archive = join(unpacked, 'resources', 'app.asar');
    const packed = new Set(
      asar.listPackage(archive, { isPack: false }).map((p) =>
        p
          .replace(/^[\\/]/, '')
          .split(sep)
          .join('/'),
      ),
    );

    // The bundles and every file of the built renderer.
    for (const f of ['package.json', 'dist/main/electron/main.cjs', 'dist/main/electron/preload.cjs'])
      assert.ok(packed.has(f), f);
    const renderer = filesUnder(join(project, 'dist/renderer')).filter((f) => !f.endsWith('.map'));
    assert.ok(renderer.includes('index.html'));
    assert.deepEqual(
      renderer.filter((f) => !packed.has(`dist/renderer/${f}`)),
      [],
      'renderer files missing from the asar',
    );
    // Nothing else: no sources, maps, tests, or modules besides better-sqlite3 and its loader.
    const strays = [...packed].filter(
      (p) =>
        /\.(ts|tsx|map)$/.test(p) ||
        /^(main|renderer|tests|scripts|data)\//.test(p) ||
        (p.startsWith('node_modules/') &&
          !/^node_modules\/(better-sqlite3|bindings|file-uri-to-path)(\/|$)/.test(p) &&
          p !== 'node_modules/'),
    );
    assert.deepEqual(
      strays.filter((p) => p !== 'node_modules'),
      [],
    );

    // package.json's entry point is in the asar, and the bundle needs nothing the asar lacks.
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as { main: string };
    assert.ok(packed.has(pkg.main), pkg.main);
    const bundle = asar.extractFile(archive, pkg.main).toString();
    const required = new Set([...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    assert.deepEqual(
      [...required].filter((m) => !builtins.has(m) && m !== 'electron' && m !== 'better-sqlite3'),
      [],
      'the main bundle requires only Node built-ins, electron and better-sqlite3',
    );

    // The native addon is outside the archive (a .node cannot load from an asar); its test extension is not shipped.
    const natives = filesUnder(join(unpacked, 'resources', 'app.asar.unpacked')).filter((f) => f.endsWith('.node'));
    assert.deepEqual(natives, ['node_modules/better-sqlite3/build/Release/better_sqlite3.node']);

    // data/ (content and its audio clips) beside the archive, file for file.
    assert.deepEqual(filesUnder(join(unpacked, 'resources', 'data')), filesUnder(join(projectRoot, 'data')));
  } finally {
    t.cleanup();
  }
});

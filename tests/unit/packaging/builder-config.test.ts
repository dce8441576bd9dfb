import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';

// js-yaml arrives with electron-builder (not a direct dependency, and untyped): only its load() is used.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  executableName: string;
  artifactName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  publish: unknown;
  linux: { target: string[] };
  win: { target: string[] };
  nsis: Record<string, unknown>;
}

const config = yaml.load(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { main: string; build?: unknown };

test('targets: NSIS on Windows, AppImage and deb on Linux', () => {
  assert.deepEqual(config.win.target, ['nsis']);
  assert.deepEqual([...config.linux.target].sort(), ['AppImage', 'deb']);
  assert.equal(pkg.build, undefined, 'one builder config: electron-builder.yml, not package.json "build"');
});

test('Windows installer: one click, per machine, silent-capable, not started by a SYSTEM deployment', () => {
  assert.equal(config.nsis.oneClick, true);
  assert.equal(config.nsis.perMachine, true);
  assert.equal(config.nsis.allowElevation, true);
  assert.equal(config.nsis.runAfterFinish, false);
  assert.equal(config.nsis.deleteAppDataOnUninstall, false, 'the database and recordings survive an uninstall');
  // Auto-start at login: the include writes the HKLM Run value and removes it only on a real uninstall.
  const include = readFileSync(join(projectRoot, String(config.nsis.include)), 'utf8');
  const run = /"Software\\Microsoft\\Windows\\CurrentVersion\\Run" "Repere"/;
  assert.match(include, new RegExp(`!macro customInstall\\s+WriteRegStr HKLM ${run.source}`));
  assert.match(
    include,
    new RegExp(`!macro customUnInstall\\s+\\$\\{ifNot\\} \\$\\{isUpdated\\}\\s+DeleteRegValue HKLM ${run.source}`),
  );
});

test('no update channel, native module rebuilt for Electron and unpacked from the asar', () => {
  assert.equal(config.publish, null);
  assert.equal(config.npmRebuild, true);
  assert.equal(config.buildDependenciesFromSource, true);
  assert.ok(config.asarUnpack.some((p) => p.includes('better-sqlite3') && p.endsWith('*.node')));
  assert.ok(config.files.includes('node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
});

test('ASCII program and installer names for deployment scripts', () => {
  assert.equal(config.executableName, 'repere');
  assert.match(config.artifactName, /^[a-z0-9${}.-]+$/);
  assert.ok(config.artifactName.includes('${version}'));
});

test('every extra resource exists, and the content with its clips (data/audio) is shipped as plain files', () => {
  assert.ok(config.extraResources.length > 0);
  for (const r of config.extraResources) assert.ok(existsSync(join(projectRoot, r.from)), `${r.from} exists`);
  const data = config.extraResources.find((r) => r.to === 'data');
  // main.ts reads <resources>/data when packaged; clips.ts reads <contentDir>/audio/<lang>/<key>.wav.
  assert.equal(data?.from, 'data');
  assert.ok(existsSync(join(projectRoot, 'data', 'manifest.json')));
  assert.match(
    readFileSync(join(projectRoot, 'main/electron/main.ts'), 'utf8'),
    /join\(process\.resourcesPath, 'data'\)/,
  );
  assert.ok(existsSync(join(projectRoot, config.directories.buildResources)));
});

test('the app files include the main entry named by package.json', async () => {
  assert.equal(pkg.main, 'dist/main/electron/main.cjs');
  assert.ok(config.files.includes('dist/main/**'));
  assert.ok(config.files.includes('dist/renderer/**'));
  // The bundles are built where package.json's entry and electron-builder's file list expect them.
  const { nodeBundles } = await import('../../../scripts/build-entries.mjs');
  assert.ok(nodeBundles.some((b) => `dist/main/${b.out}` === pkg.main));
  assert.match(readFileSync(join(projectRoot, 'scripts/build-main.mjs'), 'utf8'), /'dist\/main'/);
});

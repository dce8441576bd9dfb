// electron-builder --dir for Linux with a stand-in Electron (a launcher script, see standInElectronScript: the real
// binary cannot be downloaded on the development machines), in a temp copy of the project, with no native rebuild, an empty builder cache and
// a dead proxy, so packing provably needs no network. Used by tests/unit/packaging/pack-dir.test.ts (what is
// packed) and scripts/bench/packed.ts (what it weighs).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../main/paths';

/** @electron/asar arrives with electron-builder (untyped here): only its read functions are used. */
export const asar = createRequire(import.meta.url)('@electron/asar') as {
  listPackage(archive: string, options?: object): string[];
  extractFile(archive: string, file: string): Buffer;
  statFile(archive: string, file: string): { size?: number; files?: unknown; unpacked?: boolean };
};

/**
 * The stand-in Electron binary: a shell script that starts tests/helpers/electron/packed/launcher.ts (Node and a
 * real Chromium, `electron` the one module replaced) with the program's own path, so the packed folder can be
 * copied anywhere and started as IT would start it.
 */
function standInElectronScript(): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const launcher = join(projectRoot, 'tests', 'helpers', 'electron', 'packed', 'launcher.ts');
  return `#!/bin/sh\nexec ${quote(process.execPath)} --import ${quote(pathToFileURL(tsx).href)} ${quote(launcher)} "$0" "$@"\n`;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync(cmd, args, { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed\n${r.stdout}\n${r.stderr}`);
}

export interface PackedDir {
  /** The temp copy of the project that was packed (its dist/ freshly built). */
  project: string;
  /** release/linux-unpacked: the folder an installer would unpack. */
  unpacked: string;
}

/** Builds both bundles into a copy of the project under `workDir` and packs it with electron-builder --dir. */
export function packWithStandInElectron(workDir: string): PackedDir {
  const project = join(workDir, 'project');
  mkdirSync(project);
  for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml'])
    cpSync(join(projectRoot, f), join(project, f));
  for (const d of ['data', 'build']) cpSync(join(projectRoot, d), join(project, d), { recursive: true });
  // A real folder of hard links, not a symlink: through a symlinked node_modules `npm ls` sees every package as a
  // link with its own dev dependencies, fails, and electron-builder packs better-sqlite3 without its loader
  // `bindings` (an app that dies at its first database open). Copied outright where hard links cannot be made.
  const modules = join(project, 'node_modules');
  if (spawnSync('cp', ['-al', join(projectRoot, 'node_modules'), modules]).status !== 0)
    cpSync(join(projectRoot, 'node_modules'), modules, { recursive: true });
  run(process.execPath, ['scripts/build-main.mjs', '--outdir', join(project, 'dist/main')]);
  run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--outDir',
    join(project, 'dist/renderer'),
    '--logLevel',
    'error',
  ]);

  const fakeElectron = join(workDir, 'electron-dist');
  mkdirSync(fakeElectron);
  writeFileSync(join(fakeElectron, 'electron'), standInElectronScript());
  chmodSync(join(fakeElectron, 'electron'), 0o755);
  writeFileSync(join(fakeElectron, 'version'), '41.7.1');

  const out = join(workDir, 'release');
  run(
    process.execPath,
    [
      join(projectRoot, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--projectDir',
      project,
      '--config',
      join(project, 'electron-builder.yml'),
      `--config.electronDist=${fakeElectron}`,
      '--config.electronVersion=41.7.1',
      '--config.npmRebuild=false',
      `--config.directories.output=${out}`,
    ],
    {
      ELECTRON_BUILDER_CACHE: join(workDir, 'empty-cache'),
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
    },
  );
  return { project, unpacked: join(out, 'linux-unpacked') };
}

// The stand-in Electron binary of a packed app (scripts/packaging/pack-dir.ts writes `repere` to start this file):
// Node plus a real Chromium, with `electron` the one module replaced. Started as the packed program it does what
// Electron does: loads resources/app.asar's package.json "main" (dist/main/electron/main.cjs) as the main process,
// runs each window's preload, and shows each window as a Chromium page. With ELECTRON_RUN_AS_NODE it runs a script
// as plain Node, as Electron does (`repere --cli` starts the program again that way).
// Argv: <the program's path> <its arguments…>. REPERE_STANDIN_STATE names a file where the launcher writes, once the
// first window has loaded, how a test reaches it: { cdp, origin, pid }.

import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ExtractedAsar, archiveOf } from './asar-app';

const [program, ...args] = process.argv.slice(2) as [string, ...string[]];
const programPath = realpathSync(program);
const resourcesDir = join(dirname(programPath), 'resources');

// Electron's process.execPath is the program itself: `repere --cli` spawns it again.
process.execPath = programPath;

/** ELECTRON_RUN_AS_NODE: `repere <script> <args…>` is `node <script> <args…>`, the script possibly in the asar. */
function runAsNode(): void {
  const [script, ...rest] = args;
  if (!script) throw new Error('stand-in Electron as Node: no script given (no REPL here)');
  const path = resolve(script);
  const archive = archiveOf(path);
  const file = archive ? new ExtractedAsar(archive).map(path) : path;
  // Electron sets it in Node mode too: the folder of app.asar.
  (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath = resourcesDir;
  process.argv = [programPath, path, ...rest];
  createRequire(file)(file);
}

if (process.env.ELECTRON_RUN_AS_NODE) runAsNode();
else
  // The app's side (Chromium, Playwright, the stand-in) is loaded only for a window: `--cli` runs stay light.
  import('./run-app').then(
    ({ runApp }) => runApp({ programPath, resourcesDir, args }),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );

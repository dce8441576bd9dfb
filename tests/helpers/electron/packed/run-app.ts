// The packed app's main process under the stand-in Electron (see launcher.ts): started only for a window.
import Module, { createRequire } from 'node:module';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../chromium';
import { freePort } from '../../cups';
import { ElectronStandIn, useStandIn } from '../stand-in';
import { ExtractedAsar } from './asar-app';
import { serveProtocol } from './app-server';
import { LiveBrowserWindow, type LiveHost } from './live-window';

type Loader = { _load(request: string, parent: unknown, isMain: boolean): unknown };

/** XDG_CONFIG_HOME or ~/.config, + productName: Electron's userData on Linux. */
function userDataOf(productName: string): string {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), productName);
}

export async function runApp({
  programPath,
  resourcesDir,
  args,
}: {
  programPath: string;
  resourcesDir: string;
  args: string[];
}): Promise<void> {
  const app = new ExtractedAsar(join(resourcesDir, 'app.asar'));
  const pkg = JSON.parse(readFileSync(join(app.dir, 'package.json'), 'utf8')) as {
    main: string;
    productName?: string;
    name: string;
    version: string;
  };
  const productName = pkg.productName ?? pkg.name;
  const standIn = new ElectronStandIn(app.dir, userDataOf(productName));
  Object.assign(standIn.app, {
    isPackaged: true,
    name: productName,
    getName: () => productName,
    getVersion: () => pkg.version,
    isReady: () => true,
    getPath: (name: string) => (name === 'userData' || name === 'logs' ? standIn.userData : join(tmpdir(), name)),
    quit: () => shutdown(0),
    exit: (code: number) => shutdown(code),
  });
  (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath = resourcesDir;
  process.argv = [programPath, ...args];
  // What Electron's main process says of itself (electron-log, among others, reads it).
  Object.defineProperty(process.versions, 'electron', {
    value: readFileSync(join(dirname(programPath), 'version'), 'utf8').trim(),
    enumerable: true,
  });
  Object.assign(process, { type: 'browser' });

  // Chromium starts with the first window, as Electron's renderers do: `repere --cli` never starts one.
  let chromiumPort = 0;
  let contextStarted: Promise<BrowserContext> | null = null;
  const chromiumContext = () =>
    (contextStarted ??= freePort().then((port) => {
      chromiumPort = port;
      return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'repere-chromium-')), {
        executablePath: chromiumPath,
        headless: true,
        args: [...chromiumArgs, `--remote-debugging-port=${port}`],
        viewport: { width: 1280, height: 900 },
        hasTouch: true,
      });
    }));
  const { origin, server } = await serveProtocol(() => standIn.protocolHandlers.get('app'));
  const host: LiveHost = {
    context: chromiumContext,
    origin,
    runPreload(path) {
      // Each window runs its own copy of the preload, as each Electron renderer does.
      const file = app.map(path);
      preloads.add(file);
      const req = createRequire(file);
      delete req.cache[req.resolve(file)];
      req(file);
      return (standIn.exposed.get('repere') as ReturnType<LiveHost['runPreload']>) ?? null;
    },
  };
  const windows: LiveBrowserWindow[] = [];
  const preloads = new Set<string>();
  standIn.createWindow = (options) => {
    const win = new LiveBrowserWindow(options, host);
    windows.push(win);
    standIn.windows.push(win);
    standIn.app.emit('web-contents-created', {}, win.webContents);
    if (windows.length === 1) void reportWhenLoaded(win);
    return win;
  };

  let stopping = false;
  async function shutdown(code: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    standIn.app.emit('will-quit');
    // Like the e2e-ipc files: the calls this run carried over IPC count for `npm test`'s coverage check.
    const callsLog = process.env.REPERE_IPC_CALLS_LOG;
    if (callsLog)
      appendFileSync(callsLog, [...new Set(standIn.invoked)].map((c) => `${c.replace(/^repere:/, '')}\n`).join(''));
    server.close();
    if (contextStarted) await (await contextStarted).close().catch(() => undefined);
    process.exit(code);
  }
  // The app logs only an error's code; the stand-in's stderr keeps the stack for whoever debugs a test.
  process.on('uncaughtException', (err) => console.error('[stand-in Electron] uncaught exception in main:', err));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));

  async function reportWhenLoaded(win: LiveBrowserWindow): Promise<void> {
    await new Promise((done) => win.once('ready-to-show', done));
    const state = process.env.REPERE_STANDIN_STATE;
    const page = await win.pageNow();
    if (state)
      writeFileSync(
        state,
        JSON.stringify({ cdp: `http://127.0.0.1:${chromiumPort}`, origin, pid: process.pid, url: page.url() }),
      );
  }

  // `electron` resolves to this stand-in, and nothing else changes: the app's bundles load as they were packed.
  useStandIn(standIn);
  const electron = standIn.module();
  const BrowserWindow = Object.assign(
    function BrowserWindow(options: Record<string, unknown>) {
      return standIn.createWindow(options);
    },
    { getAllWindows: () => windows.filter((w) => !w.destroyed) },
  );
  // Electron's module differs by process: main has no ipcRenderer or contextBridge (electron-log's bundled preload
  // part looks for them), a preload has only those.
  const { ipcRenderer, contextBridge, ...mainSide } = electron;
  const inMain = { ...mainSide, BrowserWindow, webContents: { getAllWebContents: () => [] } };
  const inPreload = { ipcRenderer, contextBridge };
  const loader = Module as unknown as Loader;
  const load = loader._load.bind(loader);
  loader._load = (request, parent, isMain) => {
    if (request !== 'electron') return load(request, parent, isMain);
    const from = (parent as { filename?: string } | null)?.filename ?? '';
    return preloads.has(from) ? inPreload : inMain;
  };
  const entry = join(app.dir, pkg.main);
  createRequire(entry)(entry);
}

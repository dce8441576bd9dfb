import { app, BrowserWindow, Menu, powerSaveBlocker } from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../api/handlers';
import { machineConfigLocation } from '../config/paths';
import { pinHashExposure } from '../config/exposure';
import { clipFile } from '../services/clips';
import { shellPrinter } from './shell-printer';
import { setStaffModeProbe } from './permissions';
import { StaffGate } from '../services/staff/gate';
import { applyConfiguredPinHash } from '../services/staff/pin-store';
import { importPackIfNewer } from '../services/packs/newer';
import { importConfiguredClipPack } from '../config/clip-pack';
import { registerAppScheme, serveApp, serveStartupFailure } from './app-protocol';
import { cliArgumentsOf, runShippedCli } from './cli-mode';
import { rendererDirIn } from './app-routes';
import { registerIpc } from './ipc';
import { errorCode } from '../../common/error-code';
import { logEvent, logFilePath, setupLogging } from './logging';
import { watchForFailures } from './recovery-glue';
import { lockDown } from './security';
import { prepareStartup } from './startup';
import { appOrigin, buildWindowOptions, shellPlan, startPath, type KioskMode } from './window-config';

// Thin Electron glue: every decision is made by the pure functions imported above (tested under Node).
const dev = !app.isPackaged;
const appRoot = app.getAppPath();
const contentDir = app.isPackaged ? join(process.resourcesPath, 'data') : join(appRoot, 'data');
// Beside main.cjs (package.json "main"), built by scripts/build-main.mjs.
const preloadPath = join(appRoot, 'dist', 'main', 'electron', 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

function createWindow(mode: KioskMode, hideCursor: boolean, path: string): BrowserWindow {
  const plan = shellPlan({ mode, hideCursor, dev });
  Menu.setApplicationMenu(plan.applicationMenu);
  const win = new BrowserWindow(buildWindowOptions({ mode, preloadPath, dev }));
  win.removeMenu();
  const css = plan.insertCss;
  if (css) win.webContents.on('dom-ready', () => void win.webContents.insertCSS(css));
  const zoom = plan.zoomLimits;
  if (zoom) win.webContents.on('did-finish-load', () => void win.webContents.setVisualZoomLevelLimits(...zoom));
  if (!plan.devTools) win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  if (plan.powerSaveBlocker) powerSaveBlocker.start(plan.powerSaveBlocker);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${appOrigin}${path}`);
  return win;
}

function start(): void {
  lockDown();
  const location = machineConfigLocation();
  const startup = prepareStartup({ location, contentDir, dataDir: app.getPath('userData') });

  if (!startup.ok) {
    // A half-working kiosk is worse than a clear stop: IT sees the file and fields at fault, full screen.
    const { failure } = startup;
    logEvent('error', `startup.${failure.kind}-invalid`, { file: failure.file, count: failure.problems.length });
    for (const p of failure.problems) logEvent('error', 'startup.problem', { field: p.field });
    serveStartupFailure({ ...failure, logFile: logFilePath() });
    mainWindow = createWindow('kiosk', false, '/it-error');
    return;
  }

  const { kiosk, config, settings, mode } = startup;
  // A damaged file the start repaired: logged with where it was kept (staff see the sentence in staff mode).
  for (const n of kiosk.notices) logEvent('warn', `startup.${n.kind}-repaired`, { file: n.keptAs });
  if (config && pinHashExposure(startup.configPath, config))
    logEvent('warn', 'config.pin-hash-readable-by-all', { file: startup.configPath });
  logEvent('info', 'shell.start', {
    version: app.getVersion(),
    mode,
    kioskId: config?.kioskId ?? null,
    file: config ? startup.configPath : null,
  });
  // Fleet config: a configured PIN hash applies once per value (a PIN staff change later is kept), and a
  // configured content pack is imported only when it is newer than the installed content.
  if (config?.pinHash) applyConfiguredPinHash(kiosk.db, config.pinHash);
  const contentImported = config?.contentPack
    ? importPackIfNewer(kiosk, config.contentPack, { trustedKeys: config.contentPublicKeys ?? [] }).then(
        (result) =>
          logEvent(result.ok ? 'info' : 'error', 'content-pack.start-import', {
            action: !result.ok ? 'refused' : 'skipped' in result ? 'skipped' : 'imported',
            version: result.ok ? result.contentVersion : null,
            count: result.ok ? 0 : result.problems.length,
          }),
        (err: unknown) => logEvent('error', 'content-pack.start-import', { code: errorCode(err) }),
      )
    : Promise.resolve();
  // A configured clip pack (recorded takes) after the content, so its clips are checked against the new phrases.
  if (config?.clipPack) {
    void contentImported
      .then(() => importConfiguredClipPack(kiosk, config))
      .then(
        (r) =>
          logEvent(r?.ok === false ? 'error' : 'info', 'clip-pack.start-import', {
            action: !r ? 'none' : !r.ok ? 'refused' : r.skipped ? 'skipped' : 'imported',
            count: r?.ok === false ? r.problems.length : r && !r.skipped ? r.clips.length : 0,
          }),
        (err: unknown) => logEvent('error', 'clip-pack.start-import', { code: errorCode(err) }),
      );
  }
  // Checklists print to the configured printer (CUPS on Linux, silent print on Windows); the setting is read
  // per job so a change applies at once.
  const { printer, sheets } = shellPrinter(kiosk, preloadPath);
  const staffGate = new StaffGate(kiosk.db, kiosk.clock);
  setStaffModeProbe(() => staffGate.isActive());
  const handlers = createHandlers(kiosk, { printer, staffGate, contentPublicKeys: config?.contentPublicKeys ?? [] });
  serveApp(rendererDirIn(appRoot), (lang, key) => clipFile(kiosk.paths, lang, key), handlers);
  registerIpc(handlers);
  mainWindow = createWindow(mode, settings.hideCursor, startPath(mode));
  // French sheets are drawn in the background once the kiosk has loaded, so the first print is already warm.
  mainWindow.webContents.once('did-finish-load', () => void sheets?.prepareFrench());
  watchForFailures(mainWindow, () => staffGate.endAll());
  app.on('will-quit', () => kiosk.close());
}

function runKiosk(): void {
  setupLogging(dev);
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Logged by code only (a message could quote data); Electron's own dialog would block a kiosk screen.
  process.on('uncaughtException', (err) => logEvent('error', 'main.uncaught', { code: errorCode(err) }));
  void app.whenReady().then(start);
}

// `repere --cli <command> …` is IT's command line (docs/it.md), not a kiosk: it opens no window.
const cliArgs = cliArgumentsOf(process.argv);
if (cliArgs) void runShippedCli(process.execPath, appRoot, cliArgs).then((code) => app.exit(code));
else runKiosk();

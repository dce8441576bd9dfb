import { app, BrowserWindow, net, protocol, session } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from '../api/handlers';
import { contentSecurityPolicy } from '../security/csp';
import { clipFile } from '../services/clips';
import { openKiosk } from '../services/kiosk';
import { safeDecode } from '../host/server';
import { registerIpc } from './ipc';
import { appOrigin, appScheme, buildWindowOptions, isAllowedNavigation } from './window-config';

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'dist', 'renderer');
const contentDir = app.isPackaged ? join(process.resourcesPath, 'data') : join(appRoot, 'data');

/** Serves dist/renderer on app://repere/, with the CSP; unknown routes get the app (it routes itself). */
function serveApp(clips: (lang: string, key: string) => string | null): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const clip = /^\/clips\/([a-z]{2,3})\/([^/]+)\.wav$/.exec(url.pathname);
    if (clip) {
      const clipPath = clips(clip[1]!, safeDecode(clip[2]!));
      return clipPath ? net.fetch(pathToFileURL(clipPath).toString()) : new Response('no clip', { status: 404 });
    }
    let file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rendererDir + sep)) return new Response('forbidden', { status: 403 });
    if (!/\.[a-z0-9]+$/i.test(url.pathname)) file = join(rendererDir, 'index.html');
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    return new Response(response.body, { status: response.status, headers });
  });
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(() => {
    lockDown();
    const kiosk = openKiosk({ contentDir, dataDir: app.getPath('userData') });
    serveApp((lang, key) => clipFile(kiosk.paths, lang, key));
    registerIpc(createHandlers(kiosk));
    const win = new BrowserWindow(
      buildWindowOptions({ mode: 'kiosk', preloadPath: join(__dirname, 'preload.cjs'), dev: !app.isPackaged }),
    );
    win.removeMenu();
    win.once('ready-to-show', () => win.show());
    void win.loadURL(`${appOrigin}/`);
    app.on('will-quit', () => kiosk.close());
  });
}

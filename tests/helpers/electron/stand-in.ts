import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bridgeCopy, cloneAcrossIpc, remoteMethodError } from './ipc-clone';
import { FakeWebContents } from './web-contents';

/**
 * A stand-in for the Electron APIs the shell uses (app, BrowserWindow, protocol, net, session, ipcMain,
 * contextBridge, ipcRenderer, Menu, powerSaveBlocker), written for the tests. It records what the shell did
 * and lets a test act as Chromium would (navigate, ask a permission, crash, call over IPC). Faithful where it
 * matters: IPC payloads are structured-cloned, a thrown error crosses as its message only, and what
 * contextBridge exposes is a frozen copy. `electron` resolves to it through hooks.mjs (see load-shell.ts).
 */
export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loads: string[] = [];
  shown = false;
  destroyed = false;
  menuRemoved = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  removeMenu(): void {
    this.menuRemoved = true;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type PermissionRequest = (contents: unknown, permission: string, done: (ok: boolean) => void, details: object) => void;

export class ElectronStandIn {
  readonly app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quitCalls: 0,
    relaunchCalls: 0,
    exitCodes: [] as number[],
    getAppPath: () => this.appPath,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`stand-in: no path ${name}`);
      return this.userData;
    },
    getVersion: () => '0.0.0-test',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => void this.app.quitCalls++,
    relaunch: () => void this.app.relaunchCalls++,
    exit: (code: number) => void this.app.exitCodes.push(code),
  });
  readonly windows: FakeBrowserWindow[] = [];
  /** The shell's calls into Electron, in order (API names only), to check its start-up sequence. */
  readonly calls: string[] = [];
  private readonly events = new EventEmitter();
  readonly privilegedSchemes: { scheme: string; privileges: object }[] = [];
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly ipcHandlers = new Map<string, Handler>();
  readonly ipcListeners = new Map<string, (...args: unknown[]) => void>();
  readonly exposed = new Map<string, unknown>();
  readonly menus: unknown[] = [];
  readonly powerSaveBlockers: string[] = [];
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: ((contents: unknown, permission: string, origin: string, details: object) => boolean) | null = null;
  devicePermission: (() => boolean) | null = null;
  readonly sessionEvents = new EventEmitter();
  /** The URL of the frame the preload runs in, as ipcMain sees it (event.senderFrame.url). */
  frameUrl = 'app://repere/';
  /** The channels called through ipcRenderer.invoke, in order. */
  readonly invoked: string[] = [];

  constructor(
    readonly appPath: string,
    readonly userData: string,
  ) {}

  createWindow(options: Record<string, unknown>): FakeBrowserWindow {
    const win = new FakeBrowserWindow(options);
    this.windows.push(win);
    this.calls.push('new BrowserWindow');
    queueMicrotask(() => this.events.emit('window', win));
    this.app.emit('web-contents-created', {}, win.webContents);
    return win;
  }

  /** The next window the shell opens (start-up is asynchronous: it waits for app ready). */
  nextWindow(): Promise<FakeBrowserWindow> {
    return new Promise((resolve) => this.events.once('window', resolve));
  }

  /** ipcRenderer.invoke as Electron does it: args cloned, the handler's answer cloned, a throw as a message. */
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push(channel);
    const sent = cloneAcrossIpc(args);
    const handler = this.ipcHandlers.get(channel);
    if (!handler)
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    let answer: unknown;
    try {
      answer = await handler({ senderFrame: { url: this.frameUrl }, sender: {} }, ...sent);
    } catch (err) {
      throw remoteMethodError(channel, err);
    }
    try {
      return cloneAcrossIpc(answer);
    } catch (err) {
      throw remoteMethodError(channel, err);
    }
  }

  /** A request to the app:// protocol, answered by the handler the shell registered. */
  async fetchApp(url: string): Promise<Response> {
    const handler = this.protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) throw new Error(`stand-in: nothing handles ${url}`);
    return handler(new Request(url));
  }

  /** A permission request as Chromium sends it; resolves with the shell's decision. */
  requestPermission(permission: string, details: object): Promise<boolean> {
    const handler = this.permissionRequest;
    if (!handler) throw new Error('stand-in: no permission request handler');
    return new Promise((done) => handler({}, permission, done, details));
  }

  /** The module `electron` resolves to while this stand-in is current. */
  module() {
    return electronModule(this);
  }
}

/** What Chromium's file:// handler says of the files a kiosk serves (net/base/mime_util.cc's well-known types). */
const chromiumFileTypes: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff: 'font/woff',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  wav: 'audio/wav',
};

function electronModule(standIn: ElectronStandIn) {
  return {
    app: standIn.app,
    Menu: { setApplicationMenu: (menu: unknown) => void standIn.menus.push(menu) },
    powerSaveBlocker: { start: (kind: string) => standIn.powerSaveBlockers.push(kind) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: object }[]) => {
        standIn.calls.push('protocol.registerSchemesAsPrivileged');
        standIn.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        standIn.calls.push('protocol.handle');
        standIn.protocolHandlers.set(scheme, handler);
      },
    },
    net: {
      // Chromium's file:// answers with the type its extension names, as net.fetch does in Electron.
      fetch: (url: string) => {
        const type = chromiumFileTypes[extname(fileURLToPath(url)).slice(1).toLowerCase()];
        return Promise.resolve(
          new Response(readFileSync(fileURLToPath(url)), { headers: type ? { 'Content-Type': type } : {} }),
        );
      },
    },
    session: {
      defaultSession: Object.assign(standIn.sessionEvents, {
        setPermissionRequestHandler: (h: PermissionRequest) => {
          standIn.calls.push('session.setPermissionRequestHandler');
          standIn.permissionRequest = h;
        },
        setPermissionCheckHandler: (h: NonNullable<ElectronStandIn['permissionCheck']>) =>
          (standIn.permissionCheck = h),
        setDevicePermissionHandler: (h: () => boolean) => (standIn.devicePermission = h),
      }),
    },
    ipcMain: {
      // electron-log listens for its renderer's messages; the kiosk's page never sends any (no ipc transport).
      on: (channel: string, listener: (...args: unknown[]) => void) => void standIn.ipcListeners.set(channel, listener),
      handle: (channel: string, handler: Handler) => {
        if (standIn.ipcHandlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        standIn.calls.push('ipcMain.handle');
        standIn.ipcHandlers.set(channel, handler);
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void standIn.exposed.set(key, bridgeCopy(api)),
    },
    ipcRenderer: { invoke: (channel: string, ...args: unknown[]) => standIn.invoke(channel, ...args) },
  };
}

const slot = globalThis as { __repereElectronStandIn?: ElectronStandIn };

/** Makes `stand-in` the Electron that the next imported shell module sees. */
export function useStandIn(standIn: ElectronStandIn): void {
  slot.__repereElectronStandIn = standIn;
}

export function currentStandIn(): ElectronStandIn {
  const standIn = slot.__repereElectronStandIn;
  if (!standIn) throw new Error('stand-in: call useStandIn() before importing a shell module');
  return standIn;
}

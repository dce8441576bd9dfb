// What `import … from 'electron'` gives a shell module under test (hooks.mjs points it here).
import { currentStandIn } from './stand-in';

const electron = () => currentStandIn().module();

export const app = new Proxy({}, { get: (_t, k) => Reflect.get(electron().app, k) });
export function BrowserWindow(options: Record<string, unknown>) {
  return currentStandIn().createWindow(options);
}
export const Menu = { setApplicationMenu: (menu: unknown) => electron().Menu.setApplicationMenu(menu) };
export const powerSaveBlocker = { start: (kind: string) => electron().powerSaveBlocker.start(kind) };
export const protocol = new Proxy({}, { get: (_t, k) => Reflect.get(electron().protocol, k) });
export const net = new Proxy({}, { get: (_t, k) => Reflect.get(electron().net, k) });
export const session = new Proxy({}, { get: (_t, k) => Reflect.get(electron().session, k) });
export const ipcMain = new Proxy({}, { get: (_t, k) => Reflect.get(electron().ipcMain, k) });
export const contextBridge = new Proxy({}, { get: (_t, k) => Reflect.get(electron().contextBridge, k) });
export const ipcRenderer = new Proxy({}, { get: (_t, k) => Reflect.get(electron().ipcRenderer, k) });

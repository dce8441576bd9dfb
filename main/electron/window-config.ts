import type { BrowserWindowConstructorOptions } from 'electron';

/** The custom scheme the app is served from (never file://). */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://repere`;

export type KioskMode = 'kiosk' | 'desk';

/**
 * Pure builder for the main window's options, so tests can check Electron's security checklist without
 * running Electron: isolation, sandbox, no Node in the page, web security on.
 */
export function buildWindowOptions(opts: {
  mode: KioskMode;
  preloadPath: string;
  dev?: boolean;
}): BrowserWindowConstructorOptions {
  const kiosk = opts.mode === 'kiosk';
  return {
    show: false,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    width: 1280,
    height: 900,
    backgroundColor: '#fdfbf6',
    title: 'Repère',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: opts.dev === true,
    },
  };
}

/** Only the app's own pages may load; every other navigation is blocked. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === appOrigin;
  } catch {
    return false;
  }
}

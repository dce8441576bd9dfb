import type { BrowserWindowConstructorOptions, WindowOpenHandlerResponse } from 'electron';

/** The custom scheme the app is served from (never file://). */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://repere`;

export type KioskMode = 'kiosk' | 'desk';

/**
 * Pure builder for the main window's options, so tests can check Electron's security checklist without
 * running Electron: isolation, sandbox, no Node in the page, web security on; in kiosk mode a full-screen
 * window without frame (no close button) that the visitor cannot move, resize or minimise.
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
    frame: !kiosk,
    movable: !kiosk,
    resizable: !kiosk,
    minimizable: !kiosk,
    maximizable: !kiosk,
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
      // A kiosk speaks (idle warning, screen titles) without waiting for a gesture browsers would ask of a web page.
      autoplayPolicy: 'no-user-gesture-required',
      devTools: opts.dev === true,
    },
  };
}

/** The first page: a kiosk opens the visitor start screen; a desk opens staff mode (its PIN pad) directly. */
export function startPath(mode: KioskMode): '/' | '/desk' {
  return mode === 'desk' ? '/desk' : '/';
}

/** Injected with webContents.insertCSS (not subject to the page CSP) when the cursor must be hidden. */
export const hiddenCursorCss = '*, *::before, *::after { cursor: none !important; }';

/** Everything the shell does around the window besides its options; pure so tests can read it. */
export interface ShellPlan {
  /** Menu.setApplicationMenu(null): no menu, and so no Ctrl+R / Ctrl+Shift+I accelerators. */
  applicationMenu: null;
  /** powerSaveBlocker type to start, or null. */
  powerSaveBlocker: 'prevent-display-sleep' | null;
  /** CSS to insert in every page load, or null. A desk is used with a mouse: its cursor always shows. */
  insertCss: string | null;
  /** webContents.setVisualZoomLevelLimits: pinch-zoom off on touch kiosks. */
  zoomLimits: [number, number] | null;
  /** Whether dev tools may open at all (also set in webPreferences.devTools). */
  devTools: boolean;
}

export function shellPlan(opts: { mode: KioskMode; hideCursor: boolean; dev?: boolean }): ShellPlan {
  const kiosk = opts.mode === 'kiosk';
  return {
    applicationMenu: null,
    powerSaveBlocker: kiosk ? 'prevent-display-sleep' : null,
    insertCss: kiosk && opts.hideCursor ? hiddenCursorCss : null,
    zoomLimits: kiosk ? [1, 1] : null,
    devTools: opts.dev === true,
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

/** setWindowOpenHandler: no new window, ever (and never shell.openExternal either). */
export function windowOpenDecision(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

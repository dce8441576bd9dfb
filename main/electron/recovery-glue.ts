import { app, type BrowserWindow } from 'electron';
import { logEvent } from './logging';
import { recentFailures, recoveryAction, unresponsiveGraceMs } from './recovery';
import { appOrigin } from './window-config';

/**
 * Watches the kiosk page: a crash, or a hang lasting longer than the grace period, reloads the start screen
 * (the visit is forgotten, staff mode left); repeated failures relaunch the app (recoveryAction decides).
 */
export function watchForFailures(win: BrowserWindow, endStaffMode: () => void): void {
  let history: number[] = [];
  let hangTimer: NodeJS.Timeout | null = null;
  let killingHungPage = false;

  const recover = (reason: string) => {
    const now = Date.now();
    const action = recoveryAction(history, now);
    history = [...recentFailures(history, now), now];
    logEvent('error', 'renderer.failure', { reason, action, count: history.length });
    endStaffMode();
    if (action === 'relaunch') {
      app.relaunch();
      app.exit(0);
      return;
    }
    void win.loadURL(`${appOrigin}/`);
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    if (killingHungPage) {
      killingHungPage = false;
      return;
    }
    recover(details.reason);
  });
  win.on('unresponsive', () => {
    hangTimer ??= setTimeout(() => {
      hangTimer = null;
      // A hung renderer cannot load anything: end it first, then reload to the start screen.
      killingHungPage = true;
      win.webContents.forcefullyCrashRenderer();
      recover('unresponsive');
    }, unresponsiveGraceMs);
  });
  win.on('responsive', () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
  });
}

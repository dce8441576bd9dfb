import { app, session, type WebContents } from 'electron';
import { logEvent } from './logging';
import { permissionDecision, permissionState } from './permissions';
import { isAllowedNavigation, windowOpenDecision } from './window-config';

function blockForeignNavigation(contents: WebContents): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    // The URL itself is not logged: only that something tried.
    logEvent('warn', 'navigation.blocked');
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(() => {
    logEvent('warn', 'window-open.denied');
    return windowOpenDecision();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Electron's security checklist, session side: every permission denied but the staff-mode microphone
 * (permissionDecision), no device access, no download, no navigation away, no new window, no webview.
 * Nothing here or elsewhere calls shell.openExternal: tests/unit/electron/sources.test.ts checks the sources.
 */
export function lockDown(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = permissionDecision(permission, details, permissionState());
    logEvent(allowed ? 'info' : 'warn', allowed ? 'permission.granted' : 'permission.denied', { reason: permission });
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    permissionDecision(permission, details, permissionState()),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  app.on('web-contents-created', (_event, contents) => blockForeignNavigation(contents));
}

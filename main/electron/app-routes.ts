import { join } from 'node:path';
import { resolveStatic } from '../host/static-files';
import { safeDecode } from '../host/server';
import { clipPathPattern } from '../../common/ids';
import { printRoutePattern } from '../api/print-page';

/** What an app://repere/<path> request is: a recorded clip, a file of the built renderer, or nothing. */
export type AppRoute =
  | { kind: 'clip'; lang: string; key: string }
  | { kind: 'file'; path: string }
  | { kind: 'print'; template: string }
  | { kind: 'not-found' };

/**
 * Pure routing for the app:// protocol, the same rules as the browser host: no path may escape the renderer
 * folder, and extension-less paths are app routes answered with index.html (the app routes itself).
 */
export function routeAppRequest(pathname: string, rendererDir: string): AppRoute {
  const clip = clipPathPattern.exec(pathname);
  if (clip) return { kind: 'clip', lang: clip[1]!, key: safeDecode(clip[2]!) };
  // The print route has its own small entry (print.html), with the sheet's data put in by serveApp.
  const printPage = printRoutePattern.test(pathname) && resolveStatic(rendererDir, '/print.html');
  if (printPage) return { kind: 'print', template: printPage };
  const file = resolveStatic(rendererDir, pathname);
  if (file) return { kind: 'file', path: file };
  if (!/\.[a-z0-9]+$/i.test(pathname)) {
    const index = resolveStatic(rendererDir, '/index.html');
    if (index) return { kind: 'file', path: index };
  }
  return { kind: 'not-found' };
}

/** The renderer folder inside an app root (the asar in production). */
export const rendererDirIn = (appRoot: string) => join(appRoot, 'dist', 'renderer');

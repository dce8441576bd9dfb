import { resolveStatic } from './static-files';
import type { FilledPageRoute } from '../api/filled-page';
import { clipPathPattern, printPathPattern } from '../../common/ids';

/** A malformed %-escape names no file (decodeURIComponent would throw). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/**
 * What a request for an app path is: a recorded clip, a page the host fills with its data (the print page, the
 * kiosk's index.html), a file of the built renderer, or nothing.
 */
export type AppRoute =
  | { kind: 'clip'; lang: string; key: string }
  | { kind: 'file'; path: string }
  | FilledPageRoute
  | { kind: 'not-found' };

/**
 * The one routing of app paths, for both hosts (the browser host's HTTP, the Electron shell's app:// protocol):
 * no path may escape the renderer folder, and extension-less paths are app routes answered with index.html (the
 * app routes itself), into which the host writes the start screen's data.
 */
export function routeAppRequest(pathname: string, rendererDir: string): AppRoute {
  const clip = clipPathPattern.exec(pathname);
  if (clip) return { kind: 'clip', lang: clip[1]!, key: safeDecode(clip[2]!) };
  // The print route has its own small entry (print.html), with the sheet's data put in by serveApp.
  const printPage = printPathPattern.test(pathname) && resolveStatic(rendererDir, '/print.html');
  if (printPage) return { kind: 'print', template: printPage };
  const file = resolveStatic(rendererDir, pathname);
  if (file) return { kind: 'file', path: file };
  if (!/\.[a-z0-9]+$/i.test(pathname)) {
    const index = resolveStatic(rendererDir, '/index.html');
    if (index) return { kind: 'start', template: index };
  }
  return { kind: 'not-found' };
}

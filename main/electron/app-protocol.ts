import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import type { Handlers } from '../api/handlers';
import { filledPageHtml } from '../api/filled-page';
import { errorCode } from '../../common/error-code';
import { logEvent } from './logging';
import { contentSecurityPolicy } from '../security/csp';
import { routeAppRequest } from '../host/app-routes';
import { itErrorStyles, itErrorStylesPath, renderItErrorPage, type StartupFailure } from './it-error-page';
import { appScheme } from './window-config';

/**
 * Must run before app ready: app:// is a standard, secure scheme (fetch allowed), so the page is not file://. Its
 * scripts keep V8's code cache (standard schemes only), so a cheap kiosk compiles the renderer once, not at every
 * start and every reload.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function withCsp(
  body: ConstructorParameters<typeof Response>[0],
  status: number,
  type?: string,
  from?: Headers,
): Response {
  const headers = new Headers(from);
  headers.set('Content-Security-Policy', contentSecurityPolicy);
  headers.set('X-Content-Type-Options', 'nosniff');
  if (type) headers.set('Content-Type', type);
  return new Response(body, { status, headers });
}

/** Serves the built renderer and recorded clips on app://repere/, every response with the CSP. */
export function serveApp(
  rendererDir: string,
  clipFile: (lang: string, key: string) => string | null,
  handlers: Handlers,
): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const route = routeAppRequest(url.pathname, rendererDir);
    if (route.kind === 'not-found') return withCsp('not found', 404, 'text/plain');
    if (route.kind === 'print' || route.kind === 'start') {
      const unexpected = (err: unknown) => logEvent('warn', `${route.kind}-page.failed`, { code: errorCode(err) });
      return withCsp(await filledPageHtml(handlers, route, url, unexpected), 200, 'text/html; charset=utf-8');
    }
    const file = route.kind === 'clip' ? clipFile(route.lang, route.key) : route.path;
    if (!file) return withCsp('no clip', 404, 'text/plain');
    const response = await net.fetch(pathToFileURL(file).toString());
    return withCsp(response.body, response.status, undefined, response.headers);
  });
}

/** Serves only the IT error page (and its styles), whatever path is asked. */
export function serveStartupFailure(failure: StartupFailure): void {
  const page = renderItErrorPage(failure);
  protocol.handle(appScheme, (request) =>
    new URL(request.url).pathname === itErrorStylesPath
      ? withCsp(itErrorStyles, 200, 'text/css; charset=utf-8')
      : withCsp(page, 200, 'text/html; charset=utf-8'),
  );
}

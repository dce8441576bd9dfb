import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Handlers } from '../api/handlers';
import { answerCall } from '../api/answer';
import { filledPageHtml } from '../api/filled-page';
import { routeAppRequest } from './app-routes';
import { callErrorOf, CallFailure } from '../api/errors';
import { callFailed, type CallEnvelope } from '../../common/api/envelope';
import type { CallError } from '../../common/api/contract';
import { isStaffCall } from '../../common/api/call-names';
import { contentSecurityPolicy } from '../security/csp';
import { sendFile } from './static-files';
import { errorCode } from '../../common/error-code';

export interface HostOptions {
  handlers: Handlers;
  /** Resolves /clips/<lang>/<key>.wav to a recorded clip file, or null. */
  clipFile?: (lang: string, key: string) => string | null;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** A request whose headers and body have not all arrived by then is answered 408 and closed. */
  requestTimeoutMs?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  /** The address actually bound, as the OS reports it. */
  address: string;
  close(): Promise<void>;
}

const maxBodyBytes = 256 * 1024;
/** A recorded clip (base64 WAV, at most about a minute of 16 kHz mono) needs more room. */
const maxClipBodyBytes = 3 * 1024 * 1024;
const loopback = '127.0.0.1';

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), geolocation=(), microphone=(self)');
}

function sendJson(res: ServerResponse, status: number, body: CallEnvelope): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** DNS rebinding and cross-site requests: only this host's own name and port are accepted. */
export function isOwnOrigin(req: IncomingMessage, port: number): boolean {
  const allowed = new Set([`${loopback}:${port}`, `localhost:${port}`]);
  if (!req.headers.host || !allowed.has(req.headers.host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || [...allowed].some((h) => origin === `http://${h}`);
}

/**
 * Staff calls only from the machine itself. The host binds 127.0.0.1, but this check does not depend on
 * it: a future bind change or a proxy would still not expose staff mode. 127.0.0.2 and the like are refused.
 */
export function isLoopbackPeer(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

class RequestAborted extends Error {}

/** Refuses the body as soon as it passes the limit (no need to receive the rest of a huge upload). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.removeAllListeners('data');
      req.pause();
      reject(new CallFailure({ code: 'bad-input', message: 'request body too large' }));
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => reject(new RequestAborted()));
  });
}

/** application/json, optionally with a UTF-8 charset; nothing else (no text/plain, no application/jsonx). */
export const jsonContentType = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/** More than one Host header: which one a proxy or the rebinding check would read is ambiguous, so refuse. */
function hostHeaderCount(req: IncomingMessage): number {
  return req.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === 'host').length;
}

const statusOf: Record<CallError['code'], number> = {
  'bad-call': 404,
  'bad-input': 400,
  denied: 403,
  failed: 500,
  'disk-full': 507,
  busy: 409,
};

/** Like the Electron shell's log: the call and the error's code, never the error's message nor the input. */
const logUnexpected = (name: string) => (err: unknown) =>
  console.error(`host.call-failed call=${name} code=${errorCode(err)}`);

/** POST /api/<call>: the answer is the call envelope, its HTTP status following the error code. */
async function answerHttpCall(handlers: Handlers, name: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return sendJson(res, 405, callFailed('bad-call', 'use POST'));
  if (!jsonContentType.test(req.headers['content-type'] ?? '')) {
    return sendJson(res, 415, callFailed('bad-input', 'send application/json'));
  }
  if (isStaffCall(name) && !isLoopbackPeer(req.socket.remoteAddress)) {
    return sendJson(res, 403, callFailed('denied', 'staff mode is only reachable from this machine'));
  }
  let text: string;
  try {
    text = await readBody(req, name === 'staffSaveClip' ? maxClipBodyBytes : maxBodyBytes);
  } catch (err) {
    // The client went away mid-request: one line, no stack, nothing to answer.
    if (err instanceof RequestAborted) return console.warn(`host.request-aborted call=${name}`);
    const error = callErrorOf(err);
    if (error.message === 'request body too large') res.setHeader('Connection', 'close');
    if (!(err instanceof CallFailure)) logUnexpected(name)(err);
    return sendJson(res, statusOf[error.code], { ok: false, error });
  }
  let input: unknown;
  try {
    input = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    return sendJson(res, 400, callFailed('bad-input', 'body is not valid JSON'));
  }
  const answer = await answerCall(handlers, name, input, logUnexpected(name));
  sendJson(res, answer.ok ? 200 : statusOf[answer.error.code], answer);
}

/** The browser host: the built renderer plus POST /api/<call>, on loopback only. */
export function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port ?? 0;
  const timeout = options.requestTimeoutMs ?? 10_000;
  // Node checks these timeouts every connectionsCheckingInterval: keep it well under the timeout.
  const serverOptions = {
    requestTimeout: timeout,
    headersTimeout: timeout,
    connectionsCheckingInterval: Math.max(100, Math.floor(timeout / 4)),
  };
  const server = createServer(serverOptions, (req, res) => {
    securityHeaders(res);
    if (hostHeaderCount(req) > 1) return sendJson(res, 400, callFailed('bad-call', 'more than one Host header'));
    if (!isOwnOrigin(req, port)) return sendJson(res, 403, callFailed('bad-call', 'forbidden origin'));
    const url = new URL(req.url ?? '/', `http://${loopback}:${port}`);
    if (url.pathname.startsWith('/api/')) {
      void answerHttpCall(options.handlers, url.pathname.slice('/api/'.length), req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, callFailed('bad-call', 'GET only'));
    const route = routeAppRequest(url.pathname, options.staticDir);
    if (route.kind === 'clip') {
      const clipPath = options.clipFile?.(route.lang, route.key) ?? null;
      return clipPath ? sendFile(req, res, clipPath) : sendJson(res, 404, callFailed('bad-call', 'no such clip'));
    }
    if (route.kind === 'print' || route.kind === 'start') {
      // Named by its page: the start page's data comes from two calls, either of which may have failed.
      const unexpected = (err: unknown) => console.error(`host.page-failed page=${route.kind} code=${errorCode(err)}`);
      void filledPageHtml(options.handlers, route, url, unexpected).then(
        (html) => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : html);
        },
        () => sendJson(res, 500, callFailed('failed', 'page not readable')),
      );
      return;
    }
    if (route.kind === 'file') return sendFile(req, res, route.path);
    sendJson(res, 404, callFailed('bad-call', 'not found'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, loopback, () => {
      const bound = server.address() as AddressInfo;
      port = bound.port;
      resolve({
        url: `http://${loopback}:${port}/`,
        port,
        address: bound.address,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export const defaultStaticDir = (root: string) => join(root, 'dist', 'renderer');

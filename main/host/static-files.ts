import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
};

/** Resolves a URL path inside `root`, or null when it would escape it or names no file. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Vite names built files `<name>-<8-character hash>.<ext>`: such a name never changes content. */
const hashedName = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * Content-hashed build output is cached for a year without a request; everything else (index.html,
 * pictograms, recorded clips that staff may replace) is revalidated with an ETag, so an unchanged file
 * costs a 304 and no body.
 */
export function cacheHeaders(file: string): Record<string, string> {
  if (file.includes(`${sep}assets${sep}`) && hashedName.test(file))
    return { 'Cache-Control': 'public, max-age=31536000, immutable' };
  const stat = statSync(file);
  return {
    'Cache-Control': 'no-cache',
    ETag: `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
  };
}

export function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const cache = cacheHeaders(file);
  if (cache.ETag && req.headers['if-none-match'] === cache.ETag) {
    res.writeHead(304, cache);
    res.end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    ...cache,
  });
  createReadStream(file).pipe(res);
}

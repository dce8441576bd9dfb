import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/**
 * Chromium outside Electron cannot ask main for app://repere/…: this server on 127.0.0.1 hands each request to the
 * handler the app registered with protocol.handle('app', …), as an app:// Request, and sends back its Response
 * as it is (status, headers with the CSP, body). The app's own code answers; nothing here decides.
 */
export async function serveProtocol(
  handler: () => ProtocolHandler | undefined,
): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const handle = handler();
    if (!handle) {
      res.writeHead(503).end('the app has not registered app:// yet');
      return;
    }
    const request = new Request(`app://repere${req.url ?? '/'}`, { method: req.method ?? 'GET' });
    Promise.resolve(handle(request)).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        if (response.body) Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
        else res.end();
      },
      (err: unknown) => res.writeHead(500).end(String(err)),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

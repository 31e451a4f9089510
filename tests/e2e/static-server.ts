/**
 * A tiny static server for the built app (dist/app), for tests that need to change what the
 * server sends while a page is open: `serviceWorker` replaces the bytes of /sw.js, as a
 * deploy of a new version would. Listens on a free port of localhost.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../dist/app/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface AppServer {
  url: string;
  /** Sends this as /sw.js from now on (null: the built file). */
  serviceWorker: string | null;
  close(): Promise<void>;
}

export async function serveApp(): Promise<AppServer> {
  const app: AppServer = { url: '', serviceWorker: null, close: async () => {} };
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path === '/' ? '/index.html' : path;
    try {
      const body = file === '/sw.js' && app.serviceWorker !== null ? app.serviceWorker : await readFile(join(ROOT, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  app.url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  app.close = () => new Promise((resolve) => server.close(() => resolve()));
  return app;
}

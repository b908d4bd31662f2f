/**
 * A static server for a built site that behaves like a production static host for measuring:
 * gzip when the client accepts it (every static host compresses HTML, CSS and JS), long caching
 * for the hashed `_astro/` files, the locale's 404.html for unknown paths, and a redirect to the
 * trailing-slash URL. Lighthouse's simulated mobile network times the bytes on the wire, so
 * measuring an uncompressed server would misstate LCP. The browser tests use it too, through
 * startServer() in test/e2e/helpers.ts.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

export interface MeasureServer {
  /** Origin plus base path, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port under `base` ('/' or '/sub/'). */
export async function startMeasureServer(dir: string, base = '/'): Promise<MeasureServer> {
  const fileFor = async (inner: string): Promise<string | undefined> => {
    const candidate = join(dir, normalize(decodeURIComponent(inner)).replace(/^(\.\.[/\\])+/, ''));
    try {
      const s = await stat(candidate);
      if (s.isFile()) return candidate;
      if (s.isDirectory() && (await stat(join(candidate, 'index.html'))).isFile()) return join(candidate, 'index.html');
    } catch {
      /* not found */
    }
    return undefined;
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    const inner = `/${url.pathname.slice(base.length)}`;
    if (!inner.endsWith('/') && !extname(inner) && (await fileFor(`${inner}/`))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let file = await fileFor(inner);
    let status = 200;
    if (!file) {
      status = 404;
      file = join(dir, inner.startsWith('/en/') ? 'en/404.html' : '404.html');
    }
    const ext = extname(file);
    let body: Buffer = await readFile(file).catch(() => Buffer.from('not found'));
    const headers: Record<string, string> = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': inner.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    };
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Shared by the browser tests: a static server for dist/ (honouring BASE_PATH, serving the
 * locale's 404.html for unknown paths, as a static host would) and Debian's Chromium driven by
 * playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The built site; DIST_DIR points the tests at another build (e.g. one made with --outDir). */
export const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(import.meta.dirname, '..', '..', 'dist');
export const basePath = (() => {
  const b = process.env.BASE_PATH || '/';
  return b.endsWith('/') ? b : `${b}/`;
})();

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

async function fileFor(pathname: string): Promise<string | undefined> {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(distDir, rel);
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    if (s.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    /* fall through */
  }
  return undefined;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at a free port; `url` ends with the base path. */
export async function startServer(): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404).end('outside base');
      return;
    }
    const inner = `/${url.pathname.slice(basePath.length)}`;
    if (!inner.endsWith('/') && !extname(inner) && (await fileFor(`${inner}/`))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = await fileFor(inner);
    if (file) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
      return;
    }
    const notFound = inner.startsWith('/en/') ? join(distDir, 'en', '404.html') : join(distDir, '404.html');
    res.writeHead(404, { 'content-type': types['.html']! });
    res.end(await readFile(notFound).catch(() => 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and page errors, so a test can assert there were none. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

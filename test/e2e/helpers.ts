/**
 * Shared by the browser tests: the static server for dist/ (test/perf/serve.ts: BASE_PATH, gzip,
 * the locale's 404.html for unknown paths) and Debian's Chromium driven by playwright-core.
 */
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startMeasureServer, type MeasureServer } from '../perf/serve.ts';

/** The built site; DIST_DIR points the tests at another build (e.g. one made with --outDir). */
export const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(import.meta.dirname, '..', '..', 'dist');
export const basePath = (() => {
  const b = process.env.BASE_PATH || '/';
  return b.endsWith('/') ? b : `${b}/`;
})();

export type StaticServer = MeasureServer;

/** Serves dist/ on 127.0.0.1 at a free port, as a static host would; `url` ends with the base path. */
export function startServer(): Promise<StaticServer> {
  return startMeasureServer(distDir, basePath);
}

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, and off the (closed) network: without these Chromium keeps dialling Google's hosts. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, driven by playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
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

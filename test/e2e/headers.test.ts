/**
 * The site as a real web server sends it: Debian's nginx serving dist/ with the server block the
 * README gives (rendered by src/integrations/deploy-headers.ts). In Chromium, under the header
 * policy (meta and header policies both apply): a page loads, search runs (WebAssembly, index
 * fetches), a calculator computes, with 0 CSP violations and no other host asked; the hashed files
 * are immutable and the HTML revalidated; /en/ misses get the English 404; and the page refuses to
 * be framed by another origin.
 *
 * nginx comes from Debian (`apt-get install nginx`; .ci/run installs it). NGINX_PATH points elsewhere.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cacheControl, headerPolicy, renderNginx, sitePolicy } from '../../src/integrations/deploy-headers';
import { basePath, distDir, launchBrowser } from './helpers';
import { calculatorForms, hydrateIslands, watch } from './quality';

const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';
let nginx: ChildProcess;
let framer: Server;
let browser: Browser;
let prefix: string;
let temp: string;
let origin: string;

/** A free port on 127.0.0.1, picked by the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

beforeAll(async () => {
  if (!existsSync(nginxPath)) throw new Error(`nginx not found at ${nginxPath}: apt-get install nginx (or set NGINX_PATH)`);
  temp = mkdtempSync(join(tmpdir(), 'yunying-nginx-'));
  const port = await freePort();
  // The README's server block, listening on a free loopback port; the dist folder served under the
  // base path through an alias-free layout: a root one level up when BASE_PATH is a sub-folder.
  const server = renderNginx(sitePolicy(distDir), distDir, basePath)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(/server_name [^;]+;/, 'server_name localhost;');
  const rooted = basePath === '/' ? server : server.replace(`root ${distDir};`, `root ${temp}/root;`);
  if (basePath !== '/') {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    mkdirSync(join(temp, 'root', basePath), { recursive: true });
    rmSync(join(temp, 'root', basePath), { recursive: true });
    symlinkSync(distDir, join(temp, 'root', basePath.replace(/\/$/, '')));
  }
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp}/${t};`).join('\n');
  writeFileSync(
    join(temp, 'nginx.conf'),
    `daemon off;\nmaster_process off;\nworker_processes 1;\npid ${temp}/nginx.pid;\nerror_log ${temp}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n${temps}\n${rooted}}\n`,
  );
  nginx = spawn(nginxPath, ['-p', temp, '-c', join(temp, 'nginx.conf'), '-e', join(temp, 'error.log')], { stdio: 'inherit' });
  origin = `http://127.0.0.1:${port}`;
  prefix = `${origin}${basePath}`;
  await waitForServer(prefix);
  // Another origin that tries to frame the site.
  framer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>framer</title><iframe src="${prefix}" width="600" height="400"></iframe>`);
  });
  await new Promise<void>((r) => framer.listen(0, '127.0.0.1', r));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  framer?.close();
  nginx?.kill();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('nginx with the README’s server block', () => {
  test('sends the header policy (meta policy plus frame-ancestors) and the security headers', async () => {
    const res = await fetch(prefix);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(headerPolicy(sitePolicy(distDir)));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('cache-control')).toBe(cacheControl.revalidate);
  });

  test('hashed files are immutable, Pagefind’s entry files revalidated, /en/ misses get the English 404', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css') || f.endsWith('.js'));
    expect((await fetch(`${prefix}_astro/${asset}`)).headers.get('cache-control')).toBe(cacheControl.immutable);
    const fragment = readdirSync(join(distDir, 'pagefind', 'fragment'))[0];
    expect((await fetch(`${prefix}pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe(cacheControl.immutable);
    expect((await fetch(`${prefix}pagefind/pagefind-entry.json`)).headers.get('cache-control')).toBe(cacheControl.revalidate);
    const missing = await fetch(`${prefix}en/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('lang="en"');
    const missingZh = await fetch(`${prefix}no-such-page/`);
    expect(missingZh.status).toBe(404);
    expect(await missingZh.text()).toContain('lang="zh-CN"');
  });

  test('in Chromium: a page loads, search runs and a calculator computes, with 0 CSP violations', { timeout: 90_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = await watch(page, origin);
    await page.goto(`${prefix}en/`, { waitUntil: 'load' });
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    // Search through Pagefind's own API: WebAssembly compiled, index and fragments fetched, all under
    // the header policy.
    // (A string, so Vitest's transform leaves the dynamic import alone.)
    const url = await page.evaluate(`(async () => {
      const pagefind = await import('${basePath}pagefind/pagefind.js');
      const found = await pagefind.search('deposit');
      return found.results[0] ? (await found.results[0].data()).url : '';
    })()`);
    expect(url).toMatch(/\/en\//);
    // A calculator: change a number field and see the result change.
    await page.goto(`${prefix}calculators/roi/`, { waitUntil: 'load' });
    await hydrateIslands(page);
    const [form] = await calculatorForms(page);
    const field = form?.fields.find((f) => f.kind === 'numeric');
    expect(field, 'a number field').toBeDefined();
    const results = page.locator('[data-calculator]').first().locator('.calc-results');
    const before = await results.innerText();
    await page.locator('[data-calculator]').first().locator(`[name="${field!.name}"]`).first().fill('12345');
    await expect.poll(() => results.innerText(), { timeout: 10_000 }).not.toBe(before);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await context.close();
  });

  test('refuses to be framed by another site', { timeout: 30_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => blocked.push(m.text()));
    await page.goto(`http://127.0.0.1:${(framer.address() as { port: number }).port}/`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    // Chromium replaces a refused frame with its error page: the site's content never renders.
    await expect.poll(() => frame!.url(), { timeout: 10_000 }).not.toBe(prefix);
    const framedTitle = await frame!.evaluate(() => document.title).catch(() => '');
    expect(framedTitle).not.toMatch(/运营手册|Yunying/);
    expect(blocked.join('\n')).toMatch(/frame-ancestors|X-Frame-Options|Refused to (display|frame)/i);
    await context.close();
  });
});

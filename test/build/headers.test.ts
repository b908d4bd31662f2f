/**
 * Deploying the way hosts run (src/integrations/deploy-headers.ts): dist/_headers parses, every
 * rule matches the files it is meant for, the header policy is the pages' meta policy plus
 * frame-ancestors, robots.txt names the sitemap, every page has its link-preview tags, and the
 * README's nginx and Caddy blocks are the ones the module renders for this build.
 * The same rules served by a real nginx are checked in Chromium by test/e2e/headers.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  cacheControl,
  headerPolicy,
  metaPolicy,
  parseHeadersFile,
  renderReadmeBlocks,
  ruleMatches,
  sitePolicy,
} from '../../src/integrations/deploy-headers';
import { basePath, distDir } from '../e2e/helpers';

const files = readdirSync(distDir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => relative(distDir, join(e.parentPath, e.name)).replace(/\\/g, '/'))
  .filter((f) => f !== '_headers');
const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const html = files.filter((f) => f.endsWith('.html'));

/** The URL paths a file is served at: its own, and its folder's for an index.html. */
function urlPaths(file: string): string[] {
  const own = `${basePath}${file}`;
  return file === 'index.html' ? [own, basePath] : file.endsWith('/index.html') ? [own, own.slice(0, -'index.html'.length)] : [own];
}

/** Every value a host would send for `name` at `url` (hosts join values of several matching rules). */
function valuesFor(name: string, url: string): string[] {
  return rules.filter((r) => ruleMatches(r.path, url)).flatMap((r) => r.headers.filter(([k]) => k === name).map(([, v]) => v));
}

describe('dist/_headers', () => {
  test('parses, and stays within Cloudflare Pages’ 100 rules', () => {
    expect(rules.length).toBeGreaterThan(3);
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const r of rules) expect(r.headers.length, r.path).toBeGreaterThan(0);
  });

  test('every file gets exactly one Cache-Control value, at every URL it is served at', () => {
    const problems = files.flatMap((f) =>
      urlPaths(f).flatMap((u) => {
        const values = valuesFor('Cache-Control', u);
        return values.length === 1 ? [] : [`${u}: ${values.length} Cache-Control values`];
      }),
    );
    expect(problems).toEqual([]);
  });

  test('every file under _astro/ is hashed and immutable; no HTML page is', () => {
    const astro = files.filter((f) => f.startsWith('_astro/'));
    expect(astro.length).toBeGreaterThan(0);
    expect(astro.filter((f) => !/[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(f))).toEqual([]);
    expect(astro.filter((f) => valuesFor('Cache-Control', `${basePath}${f}`)[0] !== cacheControl.immutable)).toEqual([]);
    const immutableHtml = html.flatMap(urlPaths).filter((u) => valuesFor('Cache-Control', u).includes(cacheControl.immutable));
    expect(immutableHtml).toEqual([]);
  });

  test('Pagefind: hashed chunks immutable, the unhashed entry files revalidated', () => {
    const at = (f: string) => valuesFor('Cache-Control', `${basePath}pagefind/${f}`)[0];
    const pf = files.filter((f) => f.startsWith('pagefind/')).map((f) => f.slice('pagefind/'.length));
    expect(pf.filter((f) => /^(fragment|index)\//.test(f)).length).toBeGreaterThan(0);
    for (const f of pf) {
      const hashed = /^(fragment|index|filter)\//.test(f) || /\.pf_meta$/.test(f);
      expect(at(f), f).toBe(hashed ? cacheControl.immutable : cacheControl.revalidate);
    }
    for (const entry of ['pagefind.js', 'pagefind-entry.json']) expect(at(entry), entry).toBe(cacheControl.revalidate);
  });

  test('security headers on every file: the pages’ own policy plus frame-ancestors, nosniff, referrer, permissions', () => {
    const meta = sitePolicy(distDir);
    const expected = headerPolicy(meta);
    expect(expected).toContain("frame-ancestors 'none'");
    for (const f of files) {
      const u = urlPaths(f)[0]!;
      expect(valuesFor('Content-Security-Policy', u), u).toEqual([expected]);
      expect(valuesFor('X-Content-Type-Options', u)).toEqual(['nosniff']);
      expect(valuesFor('Referrer-Policy', u)).toHaveLength(1);
      expect(valuesFor('Permissions-Policy', u)[0]).toMatch(/camera=\(\)/);
      expect(valuesFor('Permissions-Policy', u)[0]).not.toMatch(/clipboard-write/);
    }
  });

  test('the header policy equals each page’s meta policy plus frame-ancestors', () => {
    const header = valuesFor('Content-Security-Policy', basePath)[0];
    const problems = html.flatMap((f) => {
      const meta = metaPolicy(readFileSync(join(distDir, f), 'utf8'));
      return meta && headerPolicy(meta) === header ? [] : [f];
    });
    expect(problems).toEqual([]);
  });
});

describe('robots.txt and link previews', () => {
  const site = (() => {
    const canonical = readFileSync(join(distDir, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    return canonical ? new URL(canonical) : undefined;
  })();

  test('robots.txt names the sitemap at the site’s address, and the sitemap exists', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(site).toBeDefined();
    expect(robots).toContain(`Sitemap: ${new URL(`${basePath}sitemap-index.xml`, site).href}`);
    expect(files).toContain('sitemap-index.xml');
  });

  test.each(['index.html', 'en/index.html', 'traffic-ramp/index.html', 'en/traffic-ramp/index.html', 'calculators/roi/index.html'])(
    '%s has a link-preview card in its own language',
    (file) => {
      const page = readFileSync(join(distDir, file), 'utf8');
      const decode = (t: string | undefined) => t?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const meta = (p: string) => decode(page.match(new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`))?.[1]);
      const en = file.startsWith('en/');
      expect(meta('og:title')).toBeTruthy();
      expect(decode(page.match(/<title>([^<]*)<\/title>/)?.[1])).toContain(meta('og:title'));
      expect(meta('og:description')).toBe(decode(page.match(/<meta name="description" content="([^"]*)"/)?.[1]));
      expect(meta('og:url')).toBe(page.match(/<link rel="canonical" href="([^"]+)"/)?.[1]);
      expect(meta('og:locale')).toBe(en ? 'en_US' : 'zh_CN');
      expect(meta('og:locale:alternate')).toBe(en ? 'zh_CN' : 'en_US');
      expect(meta('og:site_name')).toBe(en ? 'Yunying' : '运营手册');
      expect(meta('twitter:card')).toBe('summary');
    },
  );
});

test('the README’s nginx and Caddy blocks are the ones this build renders (npm run deploy-config)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  // The README shows a root deployment; a build under another base path is checked by its rules above.
  if (basePath !== '/') return;
  expect(readme).toContain(renderReadmeBlocks(sitePolicy(distDir)));
});

/**
 * Assertions on the built site in dist/ (run after `npm run build`): one page per content entry in
 * each locale with the right <html lang>, one Pagefind index per language, every internal link and
 * #anchor resolving, and no request to any other host.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { basePath, distDir } from '../e2e/helpers';
import { parse } from 'yaml';
import { contentDir, loadContent } from '../content/load';

interface HtmlPage {
  /** URL path under the base, e.g. '/en/traffic-ramp/'. */
  path: string;
  html: string;
  ids: Set<string>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

const pages = new Map<string, HtmlPage>();
const content = loadContent();

beforeAll(() => {
  expect(existsSync(distDir), 'dist/ is missing: run npm run build first').toBe(true);
  for (const file of walk(distDir)) {
    const rel = `/${relative(distDir, file).replace(/\\/g, '/')}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = readFileSync(file, 'utf8');
    pages.set(path, { path, html, ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) });
  }
});

describe.each([
  ['zh-CN', '/', 'zh-CN'],
  ['en', '/en/', 'en'],
])('%s edition', (locale, prefix, lang) => {
  const entries = content.filter((p) => p.locale === locale);

  test('has one page per content entry, with the right <html lang>', () => {
    for (const entry of entries) {
      const path = entry.slug === 'index' ? prefix : `${prefix}${entry.slug}/`;
      const page = pages.get(path);
      expect(page, `${path} (from ${entry.file})`).toBeDefined();
      expect(page!.html).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(page!.html.match(/<h1[\s>]/g)?.length, `${path}: one h1`).toBe(1);
      expect(page!.html).toContain('data-pagefind-body');
    }
  });

  test('has a 404 page outside the search index', () => {
    const page = pages.get(`${prefix}404.html`);
    expect(page).toBeDefined();
    expect(page!.html).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(page!.html).not.toContain('data-pagefind-body');
  });

  test('every h2 and h3 carries the id written in the MDX, and a copy-link anchor', () => {
    for (const entry of entries) {
      const path = entry.slug === 'index' ? prefix : `${prefix}${entry.slug}/`;
      const html = pages.get(path)!.html;
      for (const h of entry.headings.filter((x) => x.depth === 2 || x.depth === 3)) {
        expect(html, `${path}#${h.id}`).toContain(`<h${h.depth} id="${h.id}"`);
        expect(html, `${path} anchor #${h.id}`).toContain(`href="#${h.id}" data-copy-link`);
      }
    }
  });
});

test('Pagefind built one index per language, covering every page', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  expect(entry.languages['zh-cn']!.page_count).toBe(content.filter((p) => p.locale === 'zh-CN').length);
  expect(entry.languages.en!.page_count).toBe(content.filter((p) => p.locale === 'en').length);
});

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages.values()) {
    for (const m of page.html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto|tel):/.test(href)) continue;
      const url = new URL(href, `http://site${basePath}${page.path.slice(1)}`);
      if (url.host !== 'site') continue; // external links are checked below
      if (!url.pathname.startsWith(basePath)) {
        broken.push(`${page.path}: ${href} is outside the base path ${basePath}`);
        continue;
      }
      const targetPath = `/${url.pathname.slice(basePath.length)}`;
      const target = pages.get(targetPath) ?? pages.get(`${targetPath}index.html`);
      // A download (a template's CSV) is a file in dist/, not a page.
      if (!target && /\.(csv)$/.test(targetPath) && existsSync(join(distDir, targetPath.slice(1)))) continue;
      if (!target) {
        broken.push(`${page.path}: ${href} (no page)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && hash !== '_top' && !target.ids.has(hash)) broken.push(`${page.path}: ${href} (no #${hash})`);
    }
  }
  expect(broken).toEqual([]);
});

/**
 * The one kind of link to another site: a present-day fact's source mark (<Fact>), a link the
 * reader may follow, never a request the page makes. The tests below read the page without them.
 */
const factLink = /<sup class="src fact" data-fact="([^"]+)"[^>]*><a href="([^"]+)"[^>]*>/g;

test('no page asks another host for anything', () => {
  const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
  const external: string[] = [];
  for (const page of pages.values()) {
    const html = page.html.replace(factLink, '');
    const refs = [
      ...[...html.matchAll(/\s(?:src|href|action|poster|data)="([^"]+)"/g)].map((m) => m[1]!),
      ...[...html.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
      ...[...html.matchAll(/@import\s+['"]([^'"]+)/g)].map((m) => m[1]!),
    ];
    for (const ref of refs) {
      if (!/^(https?:)?\/\//.test(ref)) continue;
      // canonical, hreflang and print-only addresses name the site's own origin
      if (ref.startsWith(site)) continue;
      external.push(`${page.path}: ${ref}`);
    }
  }
  const cssDir = join(distDir, '_astro');
  for (const f of readdirSync(cssDir).filter((n) => n.endsWith('.css') || n.endsWith('.js'))) {
    const text = readFileSync(join(cssDir, f), 'utf8');
    for (const m of text.matchAll(/url\(\s*['"]?(https?:\/\/[^'")]+)/g)) external.push(`_astro/${f}: ${m[1]}`);
    for (const m of text.matchAll(/(?:fetch|import)\(\s*['"`](https?:\/\/[^'"`]+)/g)) external.push(`_astro/${f}: ${m[1]}`);
  }
  expect(external).toEqual([]);
});

test('every link to another site is a fact’s source mark, pointing where content/facts.yaml says', () => {
  const facts = new Map((parse(readFileSync(join(contentDir, 'facts.yaml'), 'utf8')) as { id: string; source: { url: string } }[]).map((f) => [f.id, f.source.url]));
  const marks: string[] = [];
  const wrong: string[] = [];
  for (const page of pages.values()) {
    for (const m of page.html.matchAll(factLink)) {
      marks.push(m[1]!);
      const href = m[2]!.replace(/&amp;/g, '&');
      if (facts.get(m[1]!) !== href) wrong.push(`${page.path}: fact ${m[1]} links to ${href}`);
    }
  }
  expect(wrong).toEqual([]);
  // The quick reference alone shows every fact once per edition.
  expect(new Set(marks)).toEqual(new Set(facts.keys()));
});

test('a sitemap lists both editions', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/en/traffic-ramp/');
  expect(sitemap).toContain('/traffic-ramp/');
  expect(sitemap).not.toContain('404');
});

/**
 * The templates in the built site (run after `npm run build`): every template appears on /templates/
 * and /en/templates/ with a download link, every CSV in dist/ parses, carries a BOM, and holds exactly
 * the table the page shows (headers in the page's language, the same rows), and every CSV is linked
 * from its page and from a playbook that uses the template.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, test } from 'vitest';
import { basePath, distDir } from '../e2e/helpers';
import { parseCsv } from '../../src/lib/csv';
import { templates } from '../../src/templates';

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}

function parseHtml(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A cell as the page prints it, back to the CSV's plain form: 160,000 -> 160000, -35,325 -> -35325. */
function plain(text: string): string {
  const t = text.trim();
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
}

/** dist/ path of a root-absolute href under the base path. */
function distFile(href: string): string {
  expect(href.startsWith(basePath), `${href} is under the base path ${basePath}`).toBe(true);
  return join(distDir, href.slice(basePath.length));
}

interface Sheet {
  id: string;
  headers: string[];
  rows: string[][];
  blankRows: number;
  href: string;
  download: string | null;
  labelledBy: string | null;
  headingIds: string[];
}

const editions = [
  { locale: 'zh-CN', path: 'templates/index.html' },
  { locale: 'en', path: 'en/templates/index.html' },
] as const;
const sheets = new Map<string, Sheet[]>();
/** Every href of every page, with the page it sits on. */
const hrefs: { page: string; href: string }[] = [];

beforeAll(() => {
  expect(existsSync(distDir), 'dist/ is missing: run npm run build first').toBe(true);
  for (const { locale, path } of editions) {
    const doc = parseHtml(readFileSync(join(distDir, path), 'utf8'));
    sheets.set(
      locale,
      [...doc.querySelectorAll('[data-template]')].map((el) => {
        const link = el.querySelector('a[data-csv]');
        return {
          id: el.getAttribute('data-template')!,
          headers: [...el.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
          rows: [...el.querySelectorAll('tbody tr:not([data-blank])')].map((tr) => [...tr.querySelectorAll('td')].map((td) => plain(td.textContent!))),
          blankRows: el.querySelectorAll('tbody tr[data-blank]').length,
          href: link?.getAttribute('href') ?? '',
          download: link?.getAttribute('download') ?? null,
          labelledBy: el.querySelector('table')?.getAttribute('aria-labelledby') ?? null,
          headingIds: [...doc.querySelectorAll('h2[id]')].map((h) => h.id),
        };
      }),
    );
  }
  for (const file of walk(distDir, '.html')) {
    const page = `/${relative(distDir, file).replace(/\\/g, '/')}`;
    for (const m of readFileSync(file, 'utf8').matchAll(/\shref="([^"]+)"/g)) hrefs.push({ page, href: m[1]! });
  }
});

describe.each(editions.map((e) => [e.locale] as const))('%s templates page', (locale) => {
  test('shows every template once, each with a CSV download', () => {
    const shown = sheets.get(locale)!;
    expect(shown.map((s) => s.id)).toEqual(templates.map((t) => t.id));
    for (const s of shown) {
      expect(s.href, s.id).toMatch(new RegExp(`${locale === 'en' ? '/en' : ''}/templates/${s.id}\\.csv$`));
      expect(s.download, `${s.id}: the link downloads a file`).toMatch(/\.csv$/);
      expect(s.labelledBy, `${s.id}: the table is named by its section heading`).toBe(s.id);
      expect(s.headingIds).toContain(s.id);
    }
  });

  test.each(templates.map((t) => [t.id] as const))('%s: the CSV holds the table the page shows', (id) => {
    const sheet = sheets.get(locale)!.find((s) => s.id === id)!;
    const text = readFileSync(distFile(sheet.href), 'utf8');
    expect(text.charCodeAt(0), 'UTF-8 byte-order mark, so Excel opens Chinese intact').toBe(0xfeff);
    const [headers, ...rows] = parseCsv(text);
    expect(headers).toEqual(sheet.headers);
    expect(rows).toEqual(sheet.rows);
    expect(sheet.headers.length).toBeGreaterThan(1);
  });

  test('the printed sheets leave empty rows to fill in by hand', () => {
    const withBlanks = sheets.get(locale)!.filter((s) => s.blankRows > 0 || s.rows.length > 0);
    expect(withBlanks.length).toBe(templates.length);
    const def = templates.find((t) => t.id === 'daily-kpi')!;
    expect(sheets.get(locale)!.find((s) => s.id === 'daily-kpi')!.blankRows).toBe(def.blankRows);
  });
});

test('headers follow the edition: Chinese on /templates/, English on /en/templates/', () => {
  const zh = sheets.get('zh-CN')!;
  const en = sheets.get('en')!;
  for (const [i, s] of zh.entries()) {
    expect(s.headers.join(''), s.id).toMatch(/[\u4e00-\u9fff]/);
    for (const h of en[i]!.headers) expect(h, s.id).toMatch(/^[A-Z]/);
    expect(en[i]!.headers).not.toEqual(s.headers);
  }
});

test('every CSV in dist/ parses into rows as wide as its header, and is linked from a page', () => {
  const files = walk(distDir, '.csv');
  expect(files.length).toBe(templates.length * editions.length);
  const linked = new Set(hrefs.map((h) => h.href));
  for (const file of files) {
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const rel = relative(distDir, file).replace(/\\/g, '/');
    expect(rows.length, rel).toBeGreaterThan(0);
    expect(rows[0]!.every((h) => h.trim() !== ''), `${rel}: no empty header`).toBe(true);
    for (const row of rows) expect(row.length, rel).toBe(rows[0]!.length);
    expect(linked.has(`${basePath}${rel}`), `${rel} is linked`).toBe(true);
  }
});

test('every template is linked from a playbook that uses it, in both editions', () => {
  for (const { locale } of editions) {
    const prefix = `${basePath}${locale === 'en' ? 'en/' : ''}templates/`;
    for (const t of templates) {
      const from = hrefs.filter((h) => h.href === `${prefix}#${t.id}` && !h.page.endsWith('/templates/index.html')).map((h) => h.page);
      expect(from.length, `${locale}: no playbook links to ${prefix}#${t.id}`).toBeGreaterThan(0);
    }
  }
});

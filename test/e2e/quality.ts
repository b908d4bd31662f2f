/**
 * Shared by the quality-gate browser tests (a11y, security, perf): the pages of dist/, the
 * calculator pages and their forms, hydrating every island on a page, and a watcher that records
 * console errors, CSP violations, dialogs and requests to other hosts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from './helpers';

/** A built page: its path under the base ('' for the home page, 'en/traffic-ramp/', 'en/404.html'). */
export interface SitePage {
  path: string;
  locale: 'zh-CN' | 'en';
  /** The page embeds at least one calculator (a `[data-calculator]` element). */
  calculator: boolean;
  /** The page has at least one island (`<astro-island>`). */
  islands: boolean;
  bytes: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(join(dir, d.name));
    return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
  });
}

/** Every HTML page in dist/, both locales, 404 pages included, sorted by path. */
export function sitePages(): SitePage[] {
  return htmlFiles(distDir)
    .map((file) => {
      const rel = relative(distDir, file).replace(/\\/g, '/');
      const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      const html = readFileSync(file, 'utf8');
      return {
        path,
        locale: path.startsWith('en/') || path === 'en/' ? ('en' as const) : ('zh-CN' as const),
        calculator: /\sdata-calculator[\s=>]/.test(html),
        islands: html.includes('<astro-island'),
        bytes: html.length,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface Watch {
  errors: string[];
  violations: string[];
  dialogs: string[];
  external: string[];
}

/**
 * Records, for the life of `page`: console errors and uncaught exceptions, CSP violations (the
 * `securitypolicyviolation` event, in every frame), dialogs (alert/confirm/prompt: an injected
 * script would open one; they are dismissed) and requests to any host but the test server's.
 */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { errors: [], violations: [], dialogs: [], external: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`${page.url()}: ${e.message}`));
  page.on('dialog', (d) => {
    w.dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (/^(data|blob|about):/.test(u)) return;
    if (!u.startsWith(origin)) w.external.push(`${page.url()}: ${u}`);
  });
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    w.violations.push(`${page.url()}: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  return w;
}

/** Scrolls each island into view in turn (client:visible) and waits until all have hydrated. */
export async function hydrateIslands(page: Page): Promise<number> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: 15_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return count;
}

/** A calculator's form fields, read from the page: the URL parameter names and how to fill them. */
export interface CalculatorForm {
  /** Index among the page's `[data-calculator]` elements. */
  index: number;
  /** Parameter prefix, e.g. 'roi' for `roi.spendYuan`. */
  prefix: string;
  fields: CalculatorField[];
}
export interface CalculatorField {
  /** The `name`: the URL parameter. Repeated rows share one name. */
  name: string;
  /**
   * numeric: a number typed as text (`inputmode` decimal/numeric, or type=number); text: free
   * text (e.g. a row's name); choice: radios, a select or a checkbox; hidden: state only the URL
   * sets (e.g. a row count).
   */
  kind: 'numeric' | 'text' | 'choice' | 'hidden';
  required: boolean;
  label: string;
}

/** The calculators on the open page, discovered from their `<form method="get">` fields. */
export function calculatorForms(page: Page): Promise<CalculatorForm[]> {
  return page.evaluate(() => {
    const labelOf = (el: Element): string => {
      const labelled = el.getAttribute('aria-labelledby');
      if (labelled) return labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      const own = (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
      if (own && (el as HTMLInputElement).type !== 'radio') return own;
      return el.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? own ?? el.getAttribute('aria-label') ?? '';
    };
    return [...document.querySelectorAll('[data-calculator]')].map((calc, index) => {
      const form = calc.querySelector('form') ?? calc.closest('form');
      const seen = new Map<string, CalculatorField>();
      for (const el of form?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name], textarea[name]') ?? []) {
        if (seen.has(el.name) || (el instanceof HTMLInputElement && /^(submit|reset|button|image)$/.test(el.type))) continue;
        const input = el as HTMLInputElement;
        const kind: CalculatorField['kind'] =
          el instanceof HTMLSelectElement || /^(radio|checkbox)$/.test(input.type)
            ? 'choice'
            : input.type === 'hidden'
              ? 'hidden'
              : input.type === 'number' || /^(decimal|numeric)$/.test(input.inputMode)
                ? 'numeric'
                : 'text';
        seen.set(el.name, {
          name: el.name,
          kind,
          required: el.required || el.getAttribute('aria-required') === 'true',
          label: kind === 'hidden' ? el.name : labelOf(el),
        });
      }
      const fields = [...seen.values()];
      const prefix = fields[0]?.name.split('.')[0] ?? '';
      return { index, prefix, fields };
    });
  });
}

/**
 * Whether the field `name` of calculator `index` visibly says it is wrong: `aria-invalid="true"` on
 * the field (or its fieldset) with a visible description, or a visible alert/live region in the
 * calculator naming the field (its label, or a quoted name the label contains, e.g. “每月营业额” for
 * the label 爬升后的每月营业额). A field that is gone (a row the calculator dropped as unreadable)
 * counts as flagged when the calculator shows any alert.
 */
export function fieldFlagged(page: Page, index: number, name: string, label: string): Promise<boolean> {
  return page.evaluate(
    ({ index, name, label }) => {
      const calc = document.querySelectorAll('[data-calculator]')[index];
      if (!calc) return false;
      const visibleText = (el: Element | null | undefined) =>
        !!el && (el as HTMLElement).checkVisibility?.() !== false && (el.textContent ?? '').trim().length > 0;
      const els = [...calc.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
      for (const el of els) {
        const holder = el.getAttribute('aria-invalid') === 'true' ? el : el.closest('[aria-invalid="true"]');
        if (!holder) continue;
        const described = (holder.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const errorId = holder.getAttribute('aria-errormessage');
        if ([...described, ...(errorId ? [errorId] : [])].some((id) => visibleText(document.getElementById(id)))) return true;
      }
      const regions = [...calc.querySelectorAll('[role="alert"], [role="status"], [aria-live]')].filter(visibleText);
      if (els.length === 0) return regions.length > 0;
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      const key = norm(label).slice(0, 12);
      return regions.some((r) => {
        const text = norm(r.textContent ?? '');
        if (key && text.includes(key)) return true;
        // Typographic quotes only: a hostile value in the message may hold ASCII quotes.
        return [...text.matchAll(/[“「]([^”」]{2,})[”」]/g)].some((m) => norm(label).includes(m[1]!));
      });
    },
    { index, name, label },
  );
}

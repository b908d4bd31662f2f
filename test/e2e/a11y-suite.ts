/**
 * Accessibility gate, shared by the test/e2e/a11y-*.test.ts files (split so the test runner can run
 * them side by side): axe-core (every rule it runs by default: WCAG 2.0-2.2 A/AA and best practices)
 * over every page of both editions in the light and the dark theme, on a desktop and a phone layout,
 * calculator pages hydrated with their result shown, and once more with a field in error. Then a
 * keyboard-only walk through a calculator: reachable by Tab in document order, every field labelled,
 * a bad value announced (aria-live/alert, aria-invalid) and fixed again without a mouse.
 * The page passes also hold the security gate's page walk: no CSP violation, console error, request
 * to another host or unhydrated island on any page.
 * Each file writes its part to reports/tmp/a11y-<part>.json; reports/a11y.json sums the parts.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportsDir, writeReport } from '../perf/report';
import { launchBrowser, startServer, type StaticServer } from './helpers';
import { calculatorForms, fieldFlagged, hydrateIslands, sitePages, watch, type CalculatorField, type Watch } from './quality';

const pages = sitePages();
// Pages whose calculators run: a static embed (the worked example's) has no script, so typing or a
// link cannot change it; its link opens the live calculator, which is tested on its own page.
const calculatorPages = pages.filter((p) => p.calculator && p.islands);
type Result = { theme: string; path: string; violations: string[] };
export const a11yParts = ['light-desktop', 'dark-phone', 'samples'] as const;

/** Writes this part's results and re-sums every part written so far into reports/a11y.json. */
function report(part: (typeof a11yParts)[number], results: Result[]): void {
  const dir = join(reportsDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `a11y-${part}.json`), JSON.stringify(results));
  const all = a11yParts.flatMap((p) => {
    const f = join(dir, `a11y-${p}.json`);
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Result[]) : [];
  });
  const failing = all.filter((r) => r.violations.length > 0);
  writeReport('a11y', {
    markdown: [
      '## Accessibility (axe-core in Chromium)',
      '',
      `${new Set(all.map((r) => r.path)).size} pages, ${all.length} axe runs (every page light on a desktop and` +
        ` dark on a phone, a sample in the other two combinations; ${calculatorPages.length} calculator pages, hydrated):` +
        ` ${failing.reduce((n, r) => n + r.violations.length, 0)} violations.`,
      ...failing.slice(0, 40).flatMap((r) => r.violations.map((v) => `- ${r.theme} \`/${r.path}\`: ${v.split(' — ')[0]}`)),
    ].join('\n'),
    data: { axeRuns: all.length, pages: new Set(all.map((r) => r.path)).size, failing },
  });
}

/** axe's findings on the open page, one line per rule with the first few offending nodes. */
async function axe(page: Page): Promise<string[]> {
  // Only violations are wanted: axe then skips building node lists for passes (about twice as fast).
  // Legacy mode runs axe.run() in the page itself: the default runs axe per frame, then finishes in a
  // new blank page, a second page per check that bought nothing here (no page has a frame).
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1, 2).join('').trim()}]` : ''}`)
        .join('; ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`,
  );
}

const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const sample = [
  ...pages.filter((p) => p.path === '' || p.path === 'en/' || p.path === 'en/traffic-ramp/'),
  ...calculatorPages.slice(0, 2),
];

/**
 * One part of the gate. `light-desktop` and `dark-phone` cover every page (each also shows an error
 * on a calculator, zh-CN in light, en in dark); `samples` runs the other two combinations on the
 * home pages, a reading page and two calculators, and the keyboard walk.
 */
export function a11ySuite(part: (typeof a11yParts)[number]): void {
  let server: StaticServer;
  let browser: Browser;
  const results: Result[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    report(part, results);
    await browser?.close();
    await server?.close();
  });

  const combos =
    part === 'light-desktop'
      ? ([['light, desktop', 'light', desktop, pages]] as const)
      : part === 'dark-phone'
        ? ([['dark, phone', 'dark', phone, pages]] as const)
        : ([
            ['dark, desktop', 'dark', desktop, sample],
            ['light, phone', 'light', phone, sample],
          ] as const);
  describe.each(combos as readonly (readonly [string, 'light' | 'dark', object, typeof pages])[])('axe, %s', (label, colorScheme, device, covered) => {
    let context: BrowserContext;
    let page: Page;
    let w: Watch;
    beforeAll(async () => {
      // The theme follows the system unless chosen: emulate the system preference.
      context = await browser.newContext({ ...device, colorScheme, reducedMotion: 'reduce' });
      page = await context.newPage();
      w = await watch(page, new URL(server.url).origin);
    });
    afterAll(() => context?.close());

    test(`finds no violation on ${covered === pages ? 'any page of either edition' : 'the sample pages'}`, { timeout: 60_000 + covered.length * 20_000 }, async () => {
      expect(covered.length).toBeGreaterThan(2);
      const failures: string[] = [];
      const stuck: string[] = [];
      for (const p of covered) {
        await page.goto(server.url + p.path, { waitUntil: 'load' });
        if (p.islands) await hydrateIslands(page);
        if (await page.locator('astro-island[ssr]').count()) stuck.push(`/${p.path}`);
        const violations = await axe(page);
        results.push({ theme: label, path: p.path, violations });
        failures.push(...violations.map((v) => `/${p.path}: ${v}`));
      }
      expect(failures).toEqual([]);
      // The security gate's page walk, done here since every page is loaded anyway: under the CSP,
      // no page trips it, logs an error or asks another host, and every island hydrates.
      expect(stuck, 'pages with an island left unhydrated').toEqual([]);
      expect(w.violations, 'CSP violations').toEqual([]);
      expect(w.external, 'requests to other hosts').toEqual([]);
      expect(w.errors).toEqual([]);
    });

    test.runIf(covered === pages)('finds no violation on a calculator showing an error', async () => {
      expect(calculatorPages.length, 'dist/ has calculator pages').toBeGreaterThan(0);
      const failures: string[] = [];
      for (const p of calculatorPages.filter((c) => c.locale === (colorScheme === 'light' ? 'zh-CN' : 'en')).slice(0, 3)) {
        await page.goto(server.url + p.path, { waitUntil: 'load' });
        await hydrateIslands(page);
        const [form] = await calculatorForms(page);
        // The first number field on screen: a field of a mode not chosen (what the funnel solves for) is hidden.
        const calc = page.locator('[data-calculator]').first();
        let field: CalculatorField | undefined;
        for (const f of form?.fields.filter((x) => x.kind === 'numeric') ?? []) {
          if (await calc.locator(`[name="${f.name}"]`).first().isVisible()) {
            field = f;
            break;
          }
        }
        expect(field, `/${p.path}: a number field`).toBeDefined();
        const input = calc.locator(`[name="${field!.name}"]`).first();
        await input.fill('1e308');
        await input.press('Tab');
        await expect.poll(() => fieldFlagged(page, 0, field!.name, field!.label), { timeout: 5_000 }).toBe(true);
        const violations = await axe(page);
        results.push({ theme: `${label}, error shown`, path: p.path, violations });
        failures.push(...violations.map((v) => `/${p.path} (error shown): ${v}`));
      }
      expect(failures).toEqual([]);
    });
  });

  if (part !== 'samples') return;
  describe('keyboard only', () => {
    test('a calculator is reached by Tab in document order, labelled, and announces a bad value', async () => {
      expect(calculatorPages.length, 'dist/ has calculator pages').toBeGreaterThan(0);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const w = await watch(page, new URL(server.url).origin);
      const target = calculatorPages.find((p) => /calculators\//.test(p.path)) ?? calculatorPages[0]!;
      await page.goto(server.url + target.path);
      await hydrateIslands(page);

      // Every control in the form has an accessible name, and the focusable ones are in DOM order.
      const controls = await page.locator('[data-calculator]').first().evaluate((calc) => {
        const form = calc.querySelector('form') ?? calc;
        return [...form.querySelectorAll<HTMLElement>('input, select, textarea, button')]
          .filter((el) => !(el as HTMLInputElement).disabled && (el as HTMLInputElement).type !== 'hidden' && el.checkVisibility())
          .map((el, i) => {
            el.dataset.kbIndex = String(i);
            const input = el as HTMLInputElement;
            const name =
              el.getAttribute('aria-label') ??
              (el.getAttribute('aria-labelledby') ?? '')
                .split(/\s+/)
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join('')
                .trim() ??
              '';
            const labelText = [...(input.labels ?? [])].map((l) => l.textContent ?? '').join('').trim();
            return { index: i, tag: el.tagName.toLowerCase(), type: input.type, named: (name || labelText || el.textContent || '').trim().length > 0 };
          });
      });
      expect(controls.length, 'the calculator form has controls').toBeGreaterThan(1);
      expect(controls.filter((c) => !c.named), 'controls without a label').toEqual([]);

      // Tab from the top of the page until focus enters the calculator, then on through it.
      await page.locator('body').focus();
      const visited: number[] = [];
      for (let i = 0; i < 400 && visited.length < controls.length + 1; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return a?.dataset.kbIndex === undefined ? (a?.closest('[data-calculator]') ? -2 : -1) : Number(a.dataset.kbIndex);
        });
        if (at >= 0) {
          // Radio groups take one Tab stop: arrows move inside them.
          if (visited.at(-1) !== at) visited.push(at);
        } else if (visited.length > 0 && at === -1) break; // left the calculator
      }
      expect(visited.length, 'Tab reaches the calculator').toBeGreaterThan(0);
      expect(visited, 'Tab order follows the document order').toEqual([...visited].sort((a, b) => a - b));

      // Type a bad value into the first text field with the keyboard only: it is flagged and
      // announced; a good value clears it.
      const [form] = await calculatorForms(page);
      const field = form!.fields.find((f) => f.kind === 'numeric')!;
      const input = page.locator('[data-calculator]').first().locator(`[name="${field.name}"]`).first();
      await input.focus();
      const before = await input.inputValue();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('1e308');
      await page.keyboard.press('Tab');
      await expect.poll(() => fieldFlagged(page, 0, field.name, field.label), { timeout: 5_000 }).toBe(true);
      const announced = await page.locator('[data-calculator]').first().evaluate((calc, name) => {
        const field = calc.querySelector(`[name="${CSS.escape(name)}"]`);
        const ids = (field?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const live = (el: Element | null) => !!el?.closest('[aria-live], [role="alert"], [role="status"]');
        const regions = [...calc.querySelectorAll('[aria-live], [role="alert"], [role="status"]')].filter(
          (r) => (r.textContent ?? '').trim().length > 0,
        );
        return {
          invalid: field?.getAttribute('aria-invalid') === 'true',
          described: ids.some((id) => (document.getElementById(id)?.textContent ?? '').trim().length > 0),
          live: ids.some((id) => live(document.getElementById(id))) || regions.length > 0,
        };
      }, field.name);
      expect(announced, 'the error is tied to the field and announced').toEqual({ invalid: true, described: true, live: true });
      await input.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(before || '1');
      await page.keyboard.press('Tab');
      await expect.poll(() => fieldFlagged(page, 0, field.name, field.label), { timeout: 5_000 }).toBe(false);
      expect(w.errors).toEqual([]);
      await context.close();
    });
  });
}

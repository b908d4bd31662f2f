/**
 * Present-day facts in Chromium: the quick reference of each edition shows every fact with its
 * source mark, the marks are named links that print their address, the page states when it was
 * last verified, nothing on it is fetched from another host, and axe finds no violation in either
 * theme. A then-and-now table on a playbook renders its marks too.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../content/load';
import { launchBrowser, startServer, type StaticServer } from './helpers';
import { watch } from './quality';

const facts = parse(readFileSync(join(contentDir, 'facts.yaml'), 'utf8')) as { id: string; source: { url: string } }[];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; external: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const w = await watch(page, new URL(server.url).origin);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load', timeout: 60_000 });
  return { page, external: w.external };
}

describe.each([
  ['zh-CN', 'quick-reference/', '现行规则最近核对'],
  ['en', 'en/quick-reference/', 'Current rules last checked'],
] as const)('the quick reference (%s)', (_locale, path, verifiedLabel) => {
  test('lists every fact with a named source link, says when it was verified, and fetches nothing elsewhere', { timeout: 120_000 }, async () => {
    const { page, external } = await open(path);
    const marks = await page.locator('sup.fact a').evaluateAll((links) =>
      links.map((a) => ({
        id: a.closest('sup')!.getAttribute('data-fact'),
        href: a.getAttribute('href'),
        name: (a.textContent ?? '').trim(),
      })),
    );
    const byId = new Map(marks.map((m) => [m.id, m]));
    for (const f of facts) {
      const m = byId.get(f.id);
      expect(m, `fact ${f.id} on /${path}`).toBeDefined();
      expect(m!.href).toBe(f.source.url);
      // "<publisher> · <date>", with a screen-reader prefix before it.
      expect(m!.name).toMatch(/ · .*\d{4}( 年.*)?$/);
    }
    await expect(page.locator('.page-verified time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('.page-verified').innerText()).toContain(verifiedLabel);
    expect(external).toEqual([]);
    await page.context().close();
  });

  test('prints each mark followed by its address', { timeout: 120_000 }, async () => {
    const { page } = await open(path);
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('sup.fact a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(facts.find((f) => f.id === 'taotian-software-fee')!.source.url);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('axe finds no violation (%s theme)', { timeout: 120_000 }, async (scheme) => {
    const { page } = await open(path, scheme);
    const { violations } = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
    await page.context().close();
  });
});

test('a playbook’s then-and-now table carries source marks in the page’s language', { timeout: 120_000 }, async () => {
  for (const [path, heading] of [
    ['warehouse-and-shipping/', '当年做法与今天'],
    ['en/warehouse-and-shipping/', 'Then and now'],
  ] as const) {
    const { page } = await open(path);
    const section = page.locator('h2#then-and-now');
    expect(await section.innerText()).toContain(heading);
    const table = page.locator('.heading-wrapper:has(#then-and-now) ~ .table-scroll table').first();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await table.locator('sup.fact a').count()).toBeGreaterThan(0);
    expect(await table.locator('sup.src:not(.fact) a').count()).toBeGreaterThan(0);
    await page.context().close();
  }
});

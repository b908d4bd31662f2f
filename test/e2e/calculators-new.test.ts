/**
 * The funnel, entry-cost and customer-service pay calculators, and the worked example, in real
 * Chromium against the built site: every page hydrates and answers; solving for another unknown;
 * scenarios pinned side by side and kept in the link; a table downloaded as CSV; the entry cost
 * opening the payback calculator with its amounts; hostile input held at the field with the last
 * good result kept; the worked example's embeds opening their calculators on the same numbers.
 * Self-contained: its own server and browser.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { launchBrowser, startServer, trackErrors, type StaticServer } from './helpers';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const pages = ['calculators/funnel/', 'calculators/entry-cost/', 'calculators/cs-pay/'].flatMap((p) => [p, `en/${p}`]);

/** Opens a page and waits until every island on it has hydrated. */
async function open(path: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const errors = trackErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: 30_000 });
  }
  return { page, errors, dialogs };
}

const headline = (page: Page, index = 0) => page.locator('[data-calculator] .calc-headline').nth(index).innerText();
const query = (page: Page) => new URL(page.url()).searchParams;

/** Replaces a field's text the way a person does: select all, type, leave the field. */
async function retype(page: Page, name: string, text: string) {
  const field = page.locator(`[name="${name}"]`);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text, { delay: 10 });
  await field.press('Tab');
}

describe('every new calculator page', () => {
  test.each(pages)('/%s hydrates without console errors and shows a result', async (path) => {
    const { page, errors } = await open(path);
    expect(await page.locator('[data-calculator]').count()).toBe(1);
    const text = await page.locator('[data-calculator]').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect((await headline(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('labels follow the page language', async () => {
    const { page: zh } = await open('calculators/cs-pay/');
    expect(await zh.locator('[data-calculator]').innerText()).toContain('客服团队月工资');
    await zh.close();
    const { page: en } = await open('en/calculators/cs-pay/');
    expect(await en.locator('[data-calculator]').innerText()).toContain('CS team pay a month');
    await en.close();
  });
});

describe('funnel: solve for any unknown', () => {
  test('visitors for 200 orders at 2 % (000 篇1: 10,000), then orders, conversion and order value', async () => {
    const { page, errors } = await open('en/calculators/funnel/');
    expect(await headline(page)).toContain('10,000');
    await page.getByLabel('Orders and GMV, from visitors').check();
    await expect.poll(() => query(page).get('funnel.solve')).toBe('orders');
    await retype(page, 'funnel.visitors', '5000');
    await expect.poll(() => headline(page)).toMatch(/Orders a day\s*100\b/);
    await page.getByLabel('The conversion rate visitors and orders imply').check();
    await retype(page, 'funnel.visitors', '2000');
    await retype(page, 'funnel.orders', '100');
    await expect.poll(() => page.locator('[data-calculator] .calc-results').innerText()).toContain('A conversion rate of 5%');
    await page.getByLabel('The order value a GMV target needs').check();
    await retype(page, 'funnel.gmvYuan', '30000');
    await retype(page, 'funnel.conversionPct', '2');
    await retype(page, 'funnel.visitors', '10000');
    await expect.poll(() => page.locator('[data-calculator] .calc-results').innerText()).toContain('Each order must average CN¥150.00');
    // No answer is a sentence, not a number.
    await page.getByLabel('Visitors needed for an order target').check();
    await retype(page, 'funnel.conversionPct', '0');
    await expect.poll(() => page.locator('[data-calculator] .calc-results').innerText()).toContain('At 0% conversion no number of visitors');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('scenarios side by side', () => {
  test('a pinned scenario sits beside the current one and survives the link', async () => {
    const { page, errors } = await open('en/calculators/cs-pay/');
    expect(await headline(page)).toContain('CN¥9,400'); // 002 篇五 on 篇六's tier 4: 9,000 base + 400 commission
    await page.getByRole('button', { name: 'Pin as scenario A' }).click();
    await retype(page, 'cs.revenueYuan', '200000');
    await expect.poll(() => headline(page)).toContain('CN¥9,800');
    const compare = page.locator('[data-calculator] .calc-compare');
    await expect.poll(() => compare.innerText()).toContain('Scenario A');
    expect(await compare.innerText()).toMatch(/CN¥9,400[\s\S]*CN¥9,800|CN¥9,800[\s\S]*CN¥9,400/);
    const link = page.url();
    expect(query(page).getAll('cs.pin')).toHaveLength(1);
    await page.close();
    const { page: again, errors: errors2 } = await open(link.replace(server.url, ''));
    const compare2 = again.locator('[data-calculator] .calc-compare');
    await expect.poll(() => compare2.innerText()).toContain('Scenario A');
    expect(await compare2.innerText()).toContain('CN¥9,400');
    expect(await headline(again)).toContain('CN¥9,800');
    expect([...errors, ...errors2]).toEqual([]);
    await again.close();
  });
});

describe('CSV download', () => {
  test('the funnel\'s day-and-month table downloads as UTF-8 CSV with a BOM and raw numbers', async () => {
    const { page, errors } = await open('calculators/funnel/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-calculator] .calc-csv').first().click()]);
    expect(download.suggestedFilename()).toBe('funnel-table.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['项目', '一天', '一个月（30 天）']);
    expect(rows.find((r) => r[0] === '每天访客')).toEqual(['每天访客', '10000', '300000']);
    expect(rows.find((r) => r[0] === '推广花费')).toEqual(['推广花费', '3000', '90000']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('entry cost -> payback', () => {
  test('plan 002\'s TM specialty store opens the payback calculator with its deposit (back at close) and fee', async () => {
    const { page, errors } = await open('en/calculators/entry-cost/');
    await page.getByRole('button', { name: 'Plan 002, TM' }).click();
    await expect.poll(() => headline(page)).toContain('CN¥150K'); // 002 篇一: 15万 with a TM mark
    await page.getByRole('link', { name: 'Open the payback calculator with these amounts' }).click();
    await page.waitForURL(/\/en\/calculators\/payback\/\?.*#calc-pay$/);
    const island = page.locator('astro-island').first();
    await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: 30_000 });
    const q = query(page);
    expect(q.getAll('pay.i.name')).toEqual(['Tmall deposit', 'Annual software fee']);
    expect(q.getAll('pay.i.amountYuan')).toEqual(['150000', '30000']);
    expect(q.getAll('pay.i.returns')).toEqual(['close', 'no']);
    expect(q.get('pay.commissionPct')).toBe('5');
    expect(q.get('pay.revenueYuan')).toBe('100000'); // 1.2 million a year, spread evenly
    const calc = page.locator('[data-calculator]');
    expect(await calc.locator('[name="pay.i.amountYuan"]').first().inputValue()).toBe('150000');
    expect(await calc.innerText()).toMatch(/Still held at the end \(deposits\)\s*CN¥150,000/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile input', () => {
  test('a bad value is refused at its field; the last good result and the link stay', async () => {
    const { page, errors, dialogs } = await open('en/calculators/cs-pay/');
    const before = await headline(page);
    const field = page.locator('[name="cs.revenueYuan"]');
    for (const typed of ['1e309', '-5000', 'lots', '<script>alert(1)</script>', '9'.repeat(2000)]) {
      if (typed.length > 100) {
        // Thousands of digits arrive by pasting, not by typing.
        await field.fill(typed);
        await field.press('Tab');
      } else await retype(page, 'cs.revenueYuan', typed);
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#cs-revenueYuan-error, [data-calculator] .calc-error').first().isVisible()).toBe(true);
      expect(await headline(page)).toBe(before);
      expect(query(page).get('cs.revenueYuan')).not.toBe(typed);
      expect(['100000', null]).toContain(query(page).get('cs.revenueYuan'));
      expect(await page.locator('[data-calculator] .calc-stale-note').isVisible()).toBe(true);
    }
    await retype(page, 'cs.revenueYuan', '50000');
    await expect.poll(() => headline(page)).not.toBe(before);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a hostile link falls back field by field, with a notice and no script run', async () => {
    const hostile = new URLSearchParams({ 'entry.annualSalesYuan': '<img src=x onerror=alert(1)>', 'entry.storeType': 'palace', 'entry.trademark': 'r' });
    const { page, errors, dialogs } = await open(`en/calculators/entry-cost/?${hostile}#calc-entry`);
    const notices = page.locator('[data-calculator] .calc-notices');
    await expect.poll(() => notices.innerText()).toContain('could not be used');
    expect(await page.locator('[name="entry.annualSalesYuan"]').inputValue()).toBe('1200000');
    expect(await page.locator('[name="entry.storeType"]:checked').getAttribute('value')).toBe('flagship');
    expect(await page.locator('[data-calculator] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the worked example', () => {
  test.each(['worked-example/', 'en/worked-example/'])('/%s embeds six calculators statically, with no island script', async (path) => {
    const { page, errors } = await open(path);
    expect(await page.locator('[data-calculator]').count()).toBe(6);
    expect(await page.locator('astro-island').count()).toBe(0);
    expect(await page.locator('[data-calculator]').first().innerText()).not.toMatch(/NaN|Infinity|undefined/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the text, the embedded payback and the live calculator it opens give the same payback month', async () => {
    const months = (text: string) => Number(/Paid back after ([\d.]+) months/.exec(text)?.[1]);
    const { page } = await open('en/worked-example/');
    const stated = Number(await page.locator('[data-figure="we.cash.paybackMonths"]').first().innerText());
    expect(stated).toBeGreaterThan(0);
    const embed = page.locator('[data-calculator="payback"]').first();
    expect(months(await embed.locator('.calc-headline').innerText())).toBe(stated);
    const href = await embed.locator('.calc-open a').getAttribute('href');
    await page.close();
    // The link is root-relative (it carries the base path); the server's URL ends with it.
    const { page: live, errors } = await open(new URL(href!, server.url).href.replace(server.url, ''));
    await expect.poll(async () => months(await headline(live))).toBe(stated);
    expect(errors).toEqual([]);
    await live.close();
  });
});

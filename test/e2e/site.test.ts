/**
 * The built site in a real browser (Debian's Chromium): navigation, the language switch keeping
 * the section, the theme persisting without a flash, search in both languages, mobile menu,
 * the site without JavaScript, and no console errors.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startServer, trackErrors, type StaticServer } from './helpers';

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

async function open(path: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? browser).newPage();
  const errors = trackErrors(page);
  await page.goto(server.url + path);
  return { page, errors };
}

describe('navigation', () => {
  test('the sidebar leads to a playbook, marks it current, and prev/next link onwards', async () => {
    const { page, errors } = await open('');
    await page.locator('#site-nav a', { hasText: '按营业额配置人员' }).first().click().catch(async () => {
      await page.locator('#site-nav a[href$="/staffing-by-revenue/"]').click();
    });
    await page.waitForURL(/\/staffing-by-revenue\/$/);
    await expect(page.locator('#site-nav a[aria-current="page"]').getAttribute('href')).resolves.toMatch(/staffing-by-revenue\/$/);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('.breadcrumbs a').first().getAttribute('href')).resolves.toMatch(/\/$/);
    const next = page.locator('a[rel="next"]');
    await expect(next.count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = await open('traffic-ramp/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await page.close();
  });

  test('an unknown address shows the 404 page of its language', async () => {
    const { page } = await open('en/no-such-page/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});

describe('language switch', () => {
  test('keeps the section given in the address', async () => {
    const { page, errors } = await open('staffing-by-revenue/#tiers');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/en\/staffing-by-revenue\/#tiers$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#tiers').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('keeps the section the reader scrolled to', async () => {
    const { page } = await open('en/traffic-ramp/');
    const id = await page.locator('article h2[id]').nth(1).getAttribute('id');
    // 'instant': the site scrolls smoothly, and the switch reads the position at click time.
    await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    // A plain click: Playwright's click would first scroll the (sticky) link "into view".
    await page.locator('[data-lang-switch]').evaluate((a) => (a as HTMLAnchorElement).click());
    await page.waitForURL(new RegExp(`/traffic-ramp/#${id}$`));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.close();
  });
});

describe('theme', () => {
  test('follows the system, and a chosen theme persists across pages without a flash', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const { page } = await open('', context);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(bg()).resolves.toBe('rgb(22, 24, 28)');
    await page.selectOption('[data-theme-select]', 'light');
    await expect(bg()).resolves.toBe('rgb(255, 255, 255)');
    // On the next page the stored choice applies before the first paint: the inline head script
    // sets data-theme before any stylesheet or body is parsed.
    await page.goto(`${server.url}en/traffic-ramp/`);
    const head = await page.evaluate(() => document.head.innerHTML);
    expect(head.indexOf('yunying-theme')).toBeGreaterThan(-1);
    expect(head.search(/stylesheet|<style/)).toBeGreaterThan(-1);
    expect(head.indexOf('yunying-theme')).toBeLessThan(head.search(/stylesheet|<style/));
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await expect(bg()).resolves.toBe('rgb(255, 255, 255)');
    await expect(page.locator('[data-theme-select]').inputValue()).resolves.toBe('light');
    await context.close();
  });
});

describe('header', () => {
  // A slow phone paints before the page is parsed whole. A header painted with only the first items
  // of its right-aligned group pushed them aside as the rest arrived (npm run bench, slow-cls), so
  // the group stays out of the layout until the element after the header exists.
  test.each([[''], ['en/']])('/%s: the right-hand group shows only once the header is parsed whole', async (path) => {
    const { page, errors } = await open(path);
    const display = await page.evaluate(() => {
      const header = document.querySelector('.site-header')!;
      // The same header as the parser leaves it before reaching what follows: nothing after it yet.
      const arriving = document.createElement('div');
      arriving.append(header.cloneNode(true));
      document.body.append(arriving);
      const shown = (root: Element) => getComputedStyle(root.querySelector('.header-actions')!).display;
      const result = { parsed: shown(header), arriving: shown(arriving) };
      arriving.remove();
      return result;
    });
    expect(display).toEqual({ parsed: 'flex', arriving: 'none' });
    await expect(page.locator('.search-button').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  test.each([
    ['', '保证金', /opening-a-tmall-store\//],
    ['en/', 'deposit', /\/en\/opening-a-tmall-store\//],
  ])('on /%s, "%s" finds the right page with a link to its section', async (prefix, query, expected) => {
    const { page, errors } = await open(prefix);
    await page.keyboard.press('/');
    const input = page.locator('.search-dialog [role="combobox"]');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(query);
    // data-done: every result page in view has its sections.
    await page.locator(`.search-dialog[data-done="${query}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    const links = page.locator('[data-search-results] a[role="option"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => expected.test(h))).toBe(true);
    const section = hrefs.find((h) => expected.test(h) && h.includes('#'));
    expect(section, `a section link among ${hrefs.join(', ')}`).toBeDefined();
    // Opening the result highlights the term on the target page.
    await page.goto(section!);
    await page.locator('mark').first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('small screens and no JavaScript', () => {
  test('the menu button opens and closes the sidebar on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const { page } = await open('pay-and-kpis/', context);
    const nav = page.locator('#site-nav');
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.locator('[data-menu-toggle]').click();
    await expect(nav.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('without JavaScript the page reads fine and the navigation is still reachable', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const { page } = await open('en/team-and-roles/', context);
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-open]').isVisible()).resolves.toBe(false);
    await expect(page.locator('article h2').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

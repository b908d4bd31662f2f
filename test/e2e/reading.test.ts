/**
 * Reading on a phone and on paper (issue 15, from ../shared/reviews/reading-usability-2026-11.md):
 * no page wider than a phone, a menu that scrolls, wide tables that show they scroll and keep their
 * row labels, a sticky contents bar, 24×24 px tap targets, the copy-link message and its fallback
 * on plain-HTTP hosts, the language switch after scrolling, and the printed handout. Self-contained:
 * its own static server and one Chromium, which also resolves `training.lan` to the server so a
 * plain-HTTP host (no `navigator.clipboard`) can be tested.
 */
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumFlags, chromiumPath, startServer, trackErrors, type StaticServer } from './helpers';
import { hydrateIslands, sitePages } from './quality';

let server: StaticServer;
let browser: Browser;
/** The same server under a name Chromium does not treat as a secure context. */
let insecureUrl: string;

beforeAll(async () => {
  server = await startServer();
  const { port } = new URL(server.url);
  insecureUrl = server.url.replace(`127.0.0.1:${port}`, `training.lan:${port}`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags, '--host-resolver-rules=MAP training.lan 127.0.0.1'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = sitePages();
const phone = (width: number, height = 740) => ({ viewport: { width, height }, reducedMotion: 'reduce' as const });

async function withContext<T>(options: Parameters<Browser['newContext']>[0], fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

describe('no page is wider than a phone', () => {
  // The review found six pages at 463-699 px on a 390 px phone: hidden "Source" labels in table
  // cells escaped the table's scroll box. Every page, both editions, both themes; calculator
  // islands hydrated (their result tables are wide too). Each page loads once and is measured at
  // every width and theme.
  const widths = [360, 375, 390, 412] as const;
  const wide = new Map<number, string[]>(widths.map((w) => [w, []]));
  beforeAll(async () => {
    await withContext(phone(widths[0]), async (context) => {
      const page = await context.newPage();
      for (const p of pages) {
        await page.setViewportSize({ width: widths[0], height: 740 });
        await page.goto(server.url + p.path);
        if (p.islands) await hydrateIslands(page);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          for (const width of widths) {
            await page.setViewportSize({ width, height: 740 });
            const w = await page.evaluate(() => document.documentElement.scrollWidth);
            if (w > width) wide.get(width)!.push(`${colorScheme} /${p.path}: ${w} px`);
          }
        }
      }
    });
  }, 600_000);

  test.each(widths)('at %i px, in light and dark', (width) => {
    expect(pages.length).toBeGreaterThan(40);
    expect(wide.get(width)).toEqual([]);
  });

  test('a deep link to a table on a phone keeps the sticky header on screen', async () => {
    await withContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}en/staffing-by-revenue/#tiers`);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(300);
      const header = await page.evaluate(() => {
        const r = document.querySelector('.site-header')!.getBoundingClientRect();
        const vv = window.visualViewport!;
        return { top: r.top - vv.offsetTop, left: r.left - vv.offsetLeft, scale: vv.scale };
      });
      expect(header).toEqual({ top: 0, left: 0, scale: 1 });
    });
  });
});

describe('phone menu', () => {
  // 360×640: the review could not reach 8 of 22 English links; the first group heading sat under
  // the header.
  test.each(['', 'en/'])('at 360×640, /%scustomer-service/: every link can be scrolled to and tapped', async (prefix) => {
    await withContext(phone(360, 640), async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}${prefix}customer-service/`);
      await page.locator('[data-menu-toggle]').click();
      const nav = page.locator('#site-nav');
      await nav.waitFor({ state: 'visible' });
      const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      const heading = await page.locator('.sidebar-heading').first().evaluate((h) => {
        const r = h.getBoundingClientRect();
        return { top: r.top, hit: document.elementFromPoint(r.left + 4, r.top + r.height / 2) === h };
      });
      expect(heading.top).toBeGreaterThanOrEqual(headerBottom);
      expect(heading.hit).toBe(true);

      const all = await nav.locator('a').count();
      const reached = new Set<string>();
      const box = (await nav.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, Math.min(box.y + box.height / 2, 600));
      for (let step = 0; step < 40; step++) {
        const visible = await nav.locator('a').evaluateAll((links) =>
          links
            .filter((a) => {
              const r = a.getBoundingClientRect();
              const x = r.left + r.width / 2;
              const y = r.top + r.height / 2;
              return y > 0 && y < window.innerHeight && document.elementFromPoint(x, y)?.closest('a') === a;
            })
            .map((a) => a.getAttribute('href')!),
        );
        visible.forEach((h) => reached.add(h));
        if (reached.size === all) break;
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(50);
      }
      const missing = await nav.locator('a').evaluateAll((links, seen) => links.map((a) => a.getAttribute('href')!).filter((h) => !seen.includes(h)), [...reached]);
      expect(all).toBeGreaterThan(15);
      expect(missing).toEqual([]);
    });
  });
});

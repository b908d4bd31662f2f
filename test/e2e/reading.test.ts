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

/** Pixels of a screenshot, decoded by Chromium itself in a blank page: [r, g, b] per pixel. */
async function pixels(png: Buffer): Promise<number[][]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      const out: number[][] = [];
      for (let i = 0; i < d.length; i += 4) out.push([d[i]!, d[i + 1]!, d[i + 2]!]);
      return out;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** The largest difference of any pixel in `clip` from the page background, per channel. */
async function deviation(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const bg = await page.evaluate(() => {
    const c = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    return c.slice(0, 3);
  });
  const px = await pixels(await page.screenshot({ clip }));
  return Math.max(...px.map((p) => Math.max(...p.map((v, i) => Math.abs(v - bg[i]!)))));
}

describe('wide tables on a phone', () => {
  test.each(['light', 'dark'] as const)('%s: the row labels stay in view, and a shadow shows which side has more', async (colorScheme) => {
    await withContext({ ...phone(390, 844), colorScheme }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}en/staffing-by-revenue/`);
      // The tier table: the page's widest (a then-and-now table now comes first).
      const box = page.locator('.heading-wrapper:has(#tiers) ~ .table-scroll').first();
      await box.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      // A table box skips layout until it nears the viewport (content-visibility: auto, for first
      // paint); the browser lays it out in the next frame, as it does for a reader scrolling.
      await box.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const size = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(size.scroll).toBeGreaterThan(size.client + 100);

      // Row labels: after scrolling to the end the first cell of each row is still at the left
      // edge, on top (a tap there reaches it).
      const atEnd = await box.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        const left = el.getBoundingClientRect().left;
        return [...el.querySelectorAll('tr')].map((tr) => {
          const cell = tr.cells[0]!;
          const r = cell.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
          return { offset: Math.round(r.left - left), onTop: !!hit && cell.contains(hit) };
        });
      });
      expect(atEnd.length).toBeGreaterThan(5);
      expect(atEnd.filter((c) => c.offset > 1 || !c.onTop)).toEqual([]);

      // The cue, with the table's content hidden (CSSOM, allowed by the CSP): only the box's own
      // painting is left. At the start its right edge is shaded; at the end it is plain.
      await box.evaluate((el) => {
        el.querySelector('table')!.style.visibility = 'hidden';
        el.scrollLeft = 0;
      });
      const r = (await box.boundingBox())!;
      const rightEdge = { x: Math.round(r.x + r.width - 10), y: Math.round(r.y + 20), width: 8, height: 60 };
      const leftEdge = { ...rightEdge, x: Math.round(r.x + 2) };
      expect(await deviation(page, rightEdge)).toBeGreaterThan(15);
      expect(await deviation(page, leftEdge)).toBeLessThanOrEqual(2);
      await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      expect(await deviation(page, rightEdge)).toBeLessThanOrEqual(2);
    });
  });

  test('a table that fits shows no shadow', async () => {
    await withContext(phone(412, 844), async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}en/staffing-by-revenue/`);
      const box = page.locator('.table-scroll').last();
      await box.evaluate((el) => {
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        el.querySelector('table')!.style.width = '50%';
        el.querySelector('table')!.style.visibility = 'hidden';
      });
      expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const r = (await box.boundingBox())!;
      expect(await deviation(page, { x: Math.round(r.x + r.width - 10), y: Math.round(r.y + 10), width: 8, height: 40 })).toBeLessThanOrEqual(2);
    });
  });
});

/**
 * Whether `el` takes a tap anywhere in the 24×24 px square around its centre (WCAG 2.2 target
 * size): hit-tests a 5×5 grid of points across the square. Scrolls it to the middle of the screen
 * first, clear of the sticky bars.
 */
function tapTargets(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => {
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = el.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        let misses = 0;
        for (const dx of [-11.5, -6, 0, 6, 11.5]) {
          for (const dy of [-11.5, -6, 0, 6, 11.5]) {
            const hit = document.elementFromPoint(cx + dx, cy + dy);
            if (!hit || !(hit === el || el.contains(hit))) misses++;
          }
        }
        return { text: (el.textContent ?? '').trim().slice(0, 30), size: `${Math.round(r.width)}×${Math.round(r.height)}`, misses };
      })
      .filter((t) => t.misses > 0),
  );
}

describe('tap targets of at least 24×24 px on a phone', () => {
  test.each(['en/traffic-ramp/', 'staffing-by-revenue/'])('/%s: source marks, breadcrumbs, contents rows, pager, copy-link buttons', async (path) => {
    await withContext(phone(390, 844), async (context) => {
      const page = await context.newPage();
      await page.goto(server.url + path);
      const marks = await page.locator('article .src a').count();
      expect(marks).toBeGreaterThan(10);
      expect(await tapTargets(page, 'article .src a')).toEqual([]);
      expect(await tapTargets(page, '.breadcrumbs a')).toEqual([]);
      expect(await tapTargets(page, '.pagination a')).toEqual([]);
      expect(await tapTargets(page, 'article .anchor-link')).toEqual([]);
      expect(await tapTargets(page, '.toc-inline summary')).toEqual([]);
      await page.locator('.toc-inline summary').click();
      expect(await tapTargets(page, '.toc-inline li a')).toEqual([]);
    });
  });

  test('source marks next to each other never touch', async () => {
    await withContext(phone(360, 640), async (context) => {
      const page = await context.newPage();
      const touching: string[] = [];
      for (const path of ['en/traffic-ramp/', 'traffic-ramp/', 'en/staffing-by-revenue/', 'customers-and-membership/']) {
        await page.goto(server.url + path);
        const gaps = await page.locator('article .src a').evaluateAll((links) => {
          const rects = links.flatMap((a) => [...a.getClientRects()].map((r) => ({ a, r })));
          const out: string[] = [];
          for (let i = 1; i < rects.length; i++) {
            const p = rects[i - 1]!;
            const q = rects[i]!;
            if (p.a === q.a) continue;
            const sameLine = Math.abs(p.r.top - q.r.top) < 4;
            if (sameLine && q.r.left - p.r.right < 3) out.push(`${p.a.textContent} | ${q.a.textContent}: ${(q.r.left - p.r.right).toFixed(1)} px`);
          }
          return out;
        });
        touching.push(...gaps.map((g) => `/${path}: ${g}`));
      }
      expect(touching).toEqual([]);
    });
  });
});

describe('moving around a long page on a phone', () => {
  test('a contents bar stays under the header, opens the list, and gets out of the way of the section it leads to', async () => {
    await withContext(phone(390, 844), async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}opening-a-tmall-store/`);
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight * 0.6, behavior: 'instant' }));
      const bar = page.locator('.toc-inline summary');
      const where = await bar.evaluate((s) => {
        const r = s.getBoundingClientRect();
        const header = document.querySelector('.site-header')!.getBoundingClientRect();
        return { gap: Math.round(r.top - header.bottom), hit: document.elementFromPoint(r.left + 20, r.top + r.height / 2) === s };
      });
      expect(where.gap).toBeLessThanOrEqual(1);
      expect(where.gap).toBeGreaterThanOrEqual(-1);
      expect(where.hit).toBe(true);
      // It names the section on screen: the last heading above the bar's bottom edge.
      const onScreen = await page.evaluate(() => {
        const limit = document.querySelector('.toc-inline')!.getBoundingClientRect().bottom + 40;
        const passed = [...document.querySelectorAll('article h2[id], article h3[id]')].filter((h) => h.getBoundingClientRect().top <= limit);
        return passed.at(-1)!.textContent!.trim();
      });
      await expect(bar.textContent()).resolves.toContain(onScreen);

      await bar.click();
      const link = page.locator('.toc-inline a[href="#checklist"]');
      await link.click();
      await page.waitForURL(/#checklist$/);
      await expect(page.locator('.toc-inline details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      const landed = await page.evaluate(() => {
        const h = document.getElementById('checklist')!.getBoundingClientRect();
        const b = document.querySelector('.toc-inline')!.getBoundingClientRect();
        return { below: h.top >= b.bottom, onScreen: h.bottom < window.innerHeight };
      });
      expect(landed).toEqual({ below: true, onScreen: true });
      await expect(bar.textContent()).resolves.toContain(await page.locator('#checklist').textContent());

      // Back to the top from anywhere: the list's first row.
      await bar.click();
      await page.locator('.toc-inline a[href="#_top"]').click();
      await page.waitForFunction(() => window.scrollY < 100);
    });
  });
});

describe('copy link', () => {
  const heading = 'five-steps';
  test('on an https-like host: the link is on the clipboard and "Link copied" shows next to the button', async () => {
    await withContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      const page = await context.newPage();
      const errors = trackErrors(page);
      await page.goto(`${server.url}en/traffic-ramp/`);
      const button = page.locator(`#${heading} + .anchor-link`);
      await button.click();
      const note = page.getByText('Link copied', { exact: true }).and(page.locator(':visible:not([role=status])'));
      await note.waitFor({ timeout: 5_000 });
      const [b, n] = [(await button.boundingBox())!, (await note.boundingBox())!];
      expect(Math.hypot(n.x + n.width / 2 - (b.x + b.width / 2), n.y + n.height / 2 - (b.y + b.height / 2))).toBeLessThan(120);
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}en/traffic-ramp/#${heading}`);
      await expect(page.locator('[data-announcer]').textContent()).resolves.toBe('Link copied');
      // The message goes away by itself.
      await note.waitFor({ state: 'detached', timeout: 10_000 });
      expect(errors).toEqual([]);
    });
  });

  test('on a plain-HTTP host (no navigator.clipboard) it still copies and says so', async () => {
    await withContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, async (context) => {
      await context.grantPermissions(['clipboard-read'], { origin: new URL(server.url).origin });
      const page = await context.newPage();
      const errors = trackErrors(page);
      await page.addInitScript(() => {
        document.addEventListener('copy', (e) => {
          const t = e.target as HTMLTextAreaElement;
          (window as unknown as { __copied: string }).__copied = t.value?.slice(t.selectionStart, t.selectionEnd) ?? String(getSelection());
        });
      });
      await page.goto(`${insecureUrl}traffic-ramp/`);
      await expect(page.evaluate(() => ({ secure: isSecureContext, clipboard: 'clipboard' in navigator }))).resolves.toEqual({ secure: false, clipboard: false });
      const button = page.locator(`#${heading} + .anchor-link`);
      await button.click();
      const note = page.getByText('链接已复制', { exact: true }).and(page.locator(':visible:not([role=status])'));
      await note.waitFor({ timeout: 5_000 });
      const url = `${insecureUrl}traffic-ramp/#${heading}`;
      await expect(page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).resolves.toBe(url);
      // The field it copied from is gone, and it never showed (removed before the next paint).
      await expect(page.locator('textarea').count()).resolves.toBe(0);
      // The system clipboard has it, read back from a secure page.
      const reader = await context.newPage();
      await reader.goto(`${server.url}404.html`);
      await expect(reader.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
      expect(errors).toEqual([]);
    });
  });
});

describe('language switch', () => {
  test('after scrolling on from a section picked in the contents, goes to the section on screen, not the old #hash', async () => {
    await withContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}en/customer-service/`);
      await page.locator('.toc-column a[href="#cs-roles"]').click();
      await page.waitForURL(/#cs-roles$/);
      await page.locator('#new-cs-training').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.locator('[data-lang-switch]').evaluate((a) => (a as HTMLAnchorElement).click());
      await page.waitForURL(/\/customer-service\/#new-cs-training$/);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    });
  });

  test('a section the reader cannot scroll to the top (the last one) still counts once its link is followed', async () => {
    await withContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}en/customer-service/`);
      const last = await page.locator('.toc-column li:last-child a').getAttribute('href');
      await page.locator('.toc-column li:last-child a').click();
      await page.waitForURL(new RegExp(`${last}$`));
      await page.locator('[data-lang-switch]').evaluate((a) => (a as HTMLAnchorElement).click());
      await page.waitForURL(new RegExp(`/customer-service/${last}$`));
    });
  });
});

/**
 * Where ink lands on each page of a PDF that Chromium printed: the top and bottom of everything
 * painted (text origins, filled or stroked paths, images), as fractions of the page height from
 * the top. A small interpreter of the content streams: q/Q/cm for the transform, BT/Tm/Td for
 * text, path operators kept only when a paint operator follows (clipping paths are dropped).
 */
export function pdfInk(pdf: Buffer): { top: number; bottom: number; marks: number }[] {
  const s = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const stream = (n: number): string => {
    const body = objects.get(n)!;
    const i = body.indexOf('stream');
    let raw = body.slice(i + 6).replace(/^\r?\n/, '');
    raw = raw.slice(0, raw.lastIndexOf('endstream'));
    return /FlateDecode/.test(body.slice(0, i)) ? inflateSync(Buffer.from(raw, 'latin1')).toString('latin1') : raw;
  };
  const root = Number(/\/Root (\d+) 0 R/.exec(s)![1]);
  const order: number[] = [];
  const walk = (n: number) => {
    const body = objects.get(n)!;
    if (/\/Type \/Pages\b/.test(body)) for (const k of /\/Kids \[([^\]]*)\]/.exec(body)![1]!.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    else order.push(n);
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(objects.get(root)!)![1]));
  type M = number[];
  const mul = (a: M, m: M): M => [
    a[0]! * m[0]! + a[1]! * m[2]!,
    a[0]! * m[1]! + a[1]! * m[3]!,
    a[2]! * m[0]! + a[3]! * m[2]!,
    a[2]! * m[1]! + a[3]! * m[3]!,
    a[4]! * m[0]! + a[5]! * m[2]! + m[4]!,
    a[4]! * m[1]! + a[5]! * m[3]! + m[5]!,
  ];
  return order.map((n) => {
    const body = objects.get(n)!;
    const height = Number(/\/MediaBox \[([^\]]+)\]/.exec(body)![1]!.trim().split(/\s+/)[3]);
    const refs = /\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(body)!;
    const ops = (refs[1] ? [...refs[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) : [Number(refs[2])]).map(stream).join('\n');
    // Strings and hex strings hold glyph bytes, not operators.
    const tokens = ops.replace(/\((?:\\.|[^\\)])*\)/g, '()').replace(/<[0-9A-Fa-f\s]*>/g, '<>').split(/[\s[\]]+/);
    let ctm: M = [1, 0, 0, 1, 0, 0];
    let tm: M = [1, 0, 0, 1, 0, 0];
    const stack: M[] = [];
    let path: number[] = [];
    const ys: number[] = [];
    const nums: number[] = [];
    const y = (px: number, py: number, m: M = ctm) => px * m[1]! + py * m[3]! + m[5]!;
    for (const tok of tokens) {
      if (!tok) continue;
      if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(tok)) {
        nums.push(Number(tok));
        continue;
      }
      const a = nums.splice(0);
      switch (tok) {
        case 'q': stack.push(ctm); break;
        case 'Q': ctm = stack.pop() ?? ctm; break;
        case 'cm': ctm = mul(a, ctm); break;
        case 'm': case 'l': path.push(y(a[0]!, a[1]!)); break;
        case 'c': path.push(y(a[4]!, a[5]!)); break;
        case 're': path.push(y(a[0]!, a[1]!), y(a[0]!, a[1]! + a[3]!)); break;
        case 'S': case 's': case 'f': case 'F': case 'f*': case 'B': case 'B*': case 'b': case 'b*': ys.push(...path); path = []; break;
        case 'n': path = []; break;
        case 'BT': tm = [1, 0, 0, 1, 0, 0]; break;
        case 'Tm': tm = a; break;
        case 'Td': case 'TD': tm = mul([1, 0, 0, 1, a[0]!, a[1]!], tm); break;
        case 'Tj': case 'TJ': case "'": case '"': ys.push(y(0, 0, mul(tm, ctm))); break;
        case 'Do': ys.push(y(0, 0), y(1, 1)); break;
      }
    }
    const fractions = ys.map((v) => 1 - v / height);
    return { top: Math.min(...fractions), bottom: Math.max(...fractions), marks: fractions.length };
  });
}

describe('print', () => {
  test.each(['en/traffic-ramp/', 'staffing-by-revenue/'])('/%s prints its contents and sources open, its own address and review date, and the disclaimer', async (path) => {
    await withContext({ viewport: { width: 1280, height: 800 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const visible = (el: Element | null | undefined) => !!el && (el as HTMLElement).checkVisibility({ contentVisibilityAuto: true });
        /** The visible element whose own text contains `text`. */
        const find = (text: string) =>
          [...document.querySelectorAll('body *')].find((el) => visible(el) && [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.includes(text)));
        const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href;
        const reviewed = document.querySelector('.page-meta time')!.textContent!;
        const address = find(canonical);
        const date = [...document.querySelectorAll('time')].find((t) => visible(t) && t.textContent === reviewed);
        const firstHeading = document.querySelector('article h2')!.getBoundingClientRect().top;
        return {
          sources: [...document.querySelectorAll('.page-sources li')].map(visible),
          contents: [...document.querySelectorAll('.toc-inline li')].map(visible),
          addressOnTop: !!address && address.getBoundingClientRect().top < firstHeading,
          dateOnTop: !!date && date.getBoundingClientRect().top < firstHeading,
          disclaimer: visible(document.querySelector('.site-footer p')),
          chrome: ['.site-header', '.sidebar', '.pagination', '.anchor-link'].filter((sel) => visible(document.querySelector(sel))),
        };
      });
      expect(printed.sources.length).toBeGreaterThan(1);
      expect(printed.sources.every(Boolean)).toBe(true);
      expect(printed.contents.length).toBeGreaterThan(4);
      expect(printed.contents.every(Boolean)).toBe(true);
      expect(printed).toMatchObject({ addressOnTop: true, dateOnTop: true, disclaimer: true, chrome: [] });
    });
  });

  test.each(['en/traffic-ramp/', 'staffing-by-revenue/', 'en/opening-a-tmall-store/'])('/%s on A4: page 1 is filled, and no page is blank', async (path) => {
    await withContext({ viewport: { width: 1280, height: 800 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url + path);
      const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      const ink = pdfInk(pdf);
      expect(ink.length).toBeGreaterThan(1);
      // The printable area ends at 1 - 15/297 = 0.95 of the page; a text line's baseline sits a
      // little above that. The review's page 1 ended at 0.75 (a table pushed to page 2).
      expect(ink[0]!.bottom).toBeGreaterThan(0.88);
      expect(ink.filter((p) => p.marks === 0)).toEqual([]);
    });
  });
});

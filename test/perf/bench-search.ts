/**
 * Search, timed the way a reader meets it: on a page that was only being read, point at the search
 * button and click it (or press "/"), type a query, and wait until the first result is on screen.
 * The figure is the time from the last keystroke (the last `input` event in the search box) to the
 * frame that first paints a result, read from the page's own clock, so the driver's latency is not
 * in it.
 *
 * - cold: a fresh browser context (empty cache) per run; the first query of the session.
 * - warm: the same page right after, the dialog closed and opened again, a different query: the
 *   search code, WebAssembly and index chunks of the first query are already in memory.
 * - first query: every request from the moment of intent (pointer over the button) until the
 *   network is quiet after the first result, with the bytes on the wire (gzip as served).
 *
 * Used by `npm run bench` (test/perf/bench.mjs; `npm run bench -- --only search` for this part alone)
 * and by hand: `./node_modules/.bin/node test/perf/bench-search.ts --dist dist --runs 8`.
 * Nothing in `npm test` asserts these timings; the tests assert bytes and request counts.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { budgets } from './budgets.ts';

export interface BenchQuery {
  /** What the reader types. */
  q: string;
  /** Page to start from, relative to the base URL: '' (zh-CN home), 'en/traffic-ramp/'… */
  from: string;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface FirstQuery {
  bytes: number;
  requests: number;
  /** Path (under the base URL) and bytes on the wire of each request. */
  list: { url: string; bytes: number }[];
}

export interface SearchBench {
  /** Last keystroke to first result on screen, ms, fresh context each run. */
  cold: Stats;
  /** The same, second query in the same page (dialog reopened). */
  warm: Stats;
  /** Intent to first result, ms, cold: what the reader waits from reaching for search. */
  coldFromIntent: Stats;
  /** Bytes and requests of the first query of a session (median run by bytes). */
  firstQuery: FirstQuery;
  /**
   * The figures as rows for `npm run bench` (test/perf/bench.mjs), each beside its goal from
   * test/perf/budgets.ts: first result cold and warm (< 200 ms), the first query's bytes and requests.
   */
  rows: { label: string; stats: { median: number; min: number; max: number; n: number }; unit: string; goal?: number }[];
  /** Each cold run's first query, for the record. */
  samples: { query: string; from: string; coldMs: number; warmMs: number; bytes: number; requests: number }[];
}

export interface BenchOptions {
  /** How the dialog opens: pointer over the button then click, or the "/" key. Default: alternate. */
  open?: 'click' | 'key' | 'alternate';
  /** Delay between typed characters, ms (a quick typist: 60). An IME commits CJK words at once. */
  keyDelay?: number;
  /** Pause between the dialog opening and the first keystroke, ms (reading the box: 150). */
  thinkTime?: number;
  /** Selector of the search button. */
  button?: string;
  /** Selector of a result link; the first visible one counts as "on screen". */
  result?: string;
  /** Closes the dialog between cold and warm queries. Default: Escape until it is gone. */
  viewport?: { width: number; height: number };
}

const defaults: Required<Omit<BenchOptions, 'viewport'>> = {
  open: 'alternate',
  keyDelay: 60,
  thinkTime: 150,
  button: '[data-search-open]',
  // The site's own dialog; Pagefind's Component UI (the site before issue 12) for comparison.
  result: '[data-search-results] a[role="option"], pagefind-modal a[href]',
};

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: Math.round(median), min: Math.round(sorted[0] ?? NaN), max: Math.round(sorted.at(-1) ?? NaN), runs: values.length };
}

/** Page-side probe: records the last input event and the frame a result first shows. */
function installProbe(resultSelector: string): void {
  const w = window as unknown as { __sb: { lastInput: number; intent: number; shown: number; reset(): void } };
  const state = {
    lastInput: 0,
    intent: 0,
    shown: 0,
    reset() {
      state.lastInput = 0;
      state.intent = 0;
      state.shown = 0;
    },
  };
  w.__sb = state;
  const keystroke = () => {
    state.lastInput = performance.now();
    state.shown = 0;
  };
  // Keys of an input method's composition are not keystrokes of the query; its commit
  // (compositionend, right after the last composing input event) is.
  document.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) keystroke();
  }, true);
  document.addEventListener('compositionend', keystroke, true);
  const visible = () => {
    for (const el of document.querySelectorAll<HTMLElement>(resultSelector)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden') return true;
    }
    return false;
  };
  const check = () => {
    if (state.lastInput && !state.shown && visible()) {
      // rAF callbacks run just before the frame is painted: this is the frame that shows it.
      requestAnimationFrame((t) => {
        if (!state.shown && visible()) state.shown = t;
      });
    }
  };
  // Component UIs render inside open shadow roots: observe the document and any shadow root.
  const observe = (root: Node) => new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = () => observe(document.documentElement);
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}

async function waitShown(page: Page, timeout = 20_000): Promise<{ lastInput: number; shown: number; intent: number }> {
  await page.waitForFunction(() => (window as unknown as { __sb: { shown: number } }).__sb.shown > 0, undefined, { timeout, polling: 20 });
  return page.evaluate(() => {
    const s = (window as unknown as { __sb: { lastInput: number; shown: number; intent: number } }).__sb;
    return { lastInput: s.lastInput, shown: s.shown, intent: s.intent };
  });
}

/** Opens search as a reader would; returns the page time of the intent (pointer over / key down). */
async function openSearch(page: Page, how: 'click' | 'key', button: string, viewport: { width: number }): Promise<number> {
  if (how === 'click') {
    const box = await page.locator(button).first().boundingBox();
    if (!box) throw new Error(`no visible search button (${button}) at width ${viewport.width}`);
    // Move from outside the button onto it (hover is the first intent), then press.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40);
    const intent = await page.evaluate(() => performance.now());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.down();
    await page.mouse.up();
    return intent;
  }
  const intent = await page.evaluate(() => performance.now());
  await page.keyboard.press('/');
  return intent;
}

async function typeQuery(page: Page, q: string, keyDelay: number): Promise<void> {
  // Wait for the box to take focus, as a reader waits for the dialog.
  await page.waitForFunction(() => {
    const a = document.activeElement as HTMLElement | null;
    const deep = (a?.shadowRoot?.activeElement as HTMLElement | null) ?? a;
    return !!deep && deep.tagName === 'INPUT';
  }, undefined, { timeout: 20_000, polling: 20 });
  if (/[\u3400-\u9fff]/.test(q)) {
    // CJK goes through an input method: the reader types pinyin (about three keys a character,
    // composition events, nothing committed), then commits the word with one key. The commit is
    // the last keystroke.
    const cdp = await page.context().newCDPSession(page);
    for (const word of q.split(/(\s+)/).filter(Boolean)) {
      if (/^\s+$/.test(word) || !/[\u3400-\u9fff]/.test(word)) {
        await page.keyboard.type(word, { delay: keyDelay });
        continue;
      }
      let pinyin = '';
      for (let i = 0; i < [...word].length * 3; i++) {
        pinyin += 'abcdefghijklmnopqrstuvwxyz'[i % 26];
        await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
        await page.waitForTimeout(keyDelay);
      }
      await cdp.send('Input.insertText', { text: word });
    }
    await cdp.detach();
  } else {
    await page.keyboard.type(q, { delay: keyDelay });
  }
}

async function closeSearch(page: Page, resultSelector: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    const open = await page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.getBoundingClientRect().height > 0), resultSelector);
    const dialogOpen = await page.evaluate(() => !!document.querySelector('dialog[open]') || !!document.querySelector('pagefind-modal[open]'));
    if (!open && !dialogOpen) return;
  }
}

function recordRequests(context: BrowserContext, base: string): { list(): Promise<{ url: string; bytes: number }[]>; reset(): void } {
  let requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  return {
    reset: () => {
      requests = [];
    },
    list: async () => {
      const out: { url: string; bytes: number }[] = [];
      for (const r of requests) {
        const response = await r.response().catch(() => null);
        if (!response) continue;
        const sizes = await r.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
        // Bytes on the wire: the (encoded) body plus headers. Chromium reports no body size for a
        // worker's script, so the body is the response's content-length where it gives one.
        const length = Number((await response.headerValue('content-length').catch(() => null)) ?? Number.NaN);
        const body = Number.isFinite(length) ? length : sizes.responseBodySize;
        out.push({ url: r.url().replace(base, '/').replace(/\?ts=\d+/, ''), bytes: body + sizes.responseHeadersSize });
      }
      return out;
    },
  };
}

/**
 * Runs every query `runs` times cold, each followed by one warm query (the next query in the list
 * from the same page). Queries cycle when runs exceed their number.
 */
export async function benchSearch(browser: Browser, baseUrl: string, queries: BenchQuery[], runs: number, options: BenchOptions = {}): Promise<SearchBench> {
  const o = { ...defaults, ...options };
  const viewport = options.viewport ?? { width: 1366, height: 800 };
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const cold: number[] = [];
  const warm: number[] = [];
  const fromIntent: number[] = [];
  const samples: SearchBench['samples'] = [];
  const lists: { url: string; bytes: number }[][] = [];
  for (let i = 0; i < runs; i++) {
    const query = queries[i % queries.length]!;
    const next = queries.find((q, j) => j !== i % queries.length && q.from === query.from) ?? query;
    const how = o.open === 'alternate' ? (i % 2 ? 'key' : 'click') : o.open;
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await context.addInitScript(installProbe, o.result);
    const page = await context.newPage();
    await page.goto(base + query.from, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const rec = recordRequests(context, base);
    rec.reset();
    const intent = await openSearch(page, how, o.button, viewport);
    await page.waitForTimeout(o.thinkTime);
    await typeQuery(page, query.q, o.keyDelay);
    const first = await waitShown(page);
    // Let the rest of the first query (fragments of the other results) finish.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(300);
    const list = await rec.list();
    lists.push(list);
    cold.push(first.shown - first.lastInput);
    fromIntent.push(first.shown - intent);
    // Warm: close, reopen, another query.
    await closeSearch(page, o.result);
    await page.evaluate(() => (window as unknown as { __sb: { reset(): void } }).__sb.reset());
    await openSearch(page, how, o.button, viewport);
    await page.waitForTimeout(o.thinkTime);
    await typeQuery(page, next.q, o.keyDelay);
    const second = await waitShown(page);
    warm.push(second.shown - second.lastInput);
    samples.push({
      query: query.q,
      from: query.from,
      coldMs: Math.round(first.shown - first.lastInput),
      warmMs: Math.round(second.shown - second.lastInput),
      bytes: list.reduce((n, r) => n + r.bytes, 0),
      requests: list.length,
    });
    await context.close();
  }
  const byBytes = lists.map((l) => ({ l, bytes: l.reduce((n, r) => n + r.bytes, 0) })).sort((a, b) => a.bytes - b.bytes);
  const median = byBytes[Math.floor(byBytes.length / 2)] ?? { l: [], bytes: 0 };
  const row = (label: string, values: number[], unit: string, goal?: number) => {
    const { median: m, min, max, runs: n } = stats(values);
    return { label, stats: { median: m, min, max, n }, unit, ...(goal === undefined ? {} : { goal }) };
  };
  const goals = budgets.goals;
  return {
    cold: stats(cold),
    warm: stats(warm),
    coldFromIntent: stats(fromIntent),
    firstQuery: { bytes: median.bytes, requests: median.l.length, list: median.l },
    rows: [
      row('last keystroke to first result, cold (fresh context)', cold, 'ms', goals.searchFirstResultMs),
      row('last keystroke to first result, warm (second query)', warm, 'ms', goals.searchFirstResultMs),
      row('reaching for search (hover or key) to first result, cold', fromIntent, 'ms'),
      row('first query: KB on the wire', samples.map((x) => x.bytes / 1000), 'KB', goals.searchFirstQueryBytes / 1000),
      row('first query: requests', samples.map((x) => x.requests), ''),
    ],
    samples,
  };
}

/** Queries the benchmark types by default: zh and en, terms readers look up first. */
export const benchQueries: BenchQuery[] = [
  { q: '保证金', from: '' },
  { q: '客服', from: 'traffic-ramp/' },
  { q: '直通车', from: '' },
  { q: '转化率', from: 'team-and-roles/' },
  { q: 'deposit', from: 'en/' },
  { q: 'conversion rate', from: 'en/traffic-ramp/' },
  { q: 'juhuasuan', from: 'en/' },
  { q: 'staffing tiers', from: 'en/team-and-roles/' },
];

/**
 * By hand: `./node_modules/.bin/node test/perf/bench-search.ts [--dist DIR] [--runs N] [--json]`
 * serves a build (dist/ by default) and prints the figures.
 */
if (import.meta.main) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { startMeasureServer } = await import('./serve.ts');
  const { launchBrowser } = await import('../e2e/helpers.ts');
  const { join, resolve } = await import('node:path');
  const dist = resolve(opt('--dist') ?? join(import.meta.dirname, '..', '..', 'dist'));
  const server = await startMeasureServer(dist, '/');
  const browser = await launchBrowser();
  try {
    const r = await benchSearch(browser, server.url, benchQueries, Number(opt('--runs') ?? benchQueries.length));
    if (args.includes('--json')) console.log(JSON.stringify(r, null, 1));
    else {
      const s = (x: Stats) => `median ${x.median} ms (${x.min}–${x.max}, ${x.runs} runs)`;
      console.log(`cold: ${s(r.cold)}\nwarm: ${s(r.warm)}\nintent → first result, cold: ${s(r.coldFromIntent)}`);
      console.log(`first query: ${(r.firstQuery.bytes / 1000).toFixed(1)} KB in ${r.firstQuery.requests} requests`);
      for (const f of r.firstQuery.list) console.log(`  ${(f.bytes / 1000).toFixed(1).padStart(6)} KB  ${f.url}`);
      for (const x of r.samples) console.log(`  ${x.from || '/'} "${x.query}": cold ${x.coldMs} ms, warm ${x.warmMs} ms, ${(x.bytes / 1000).toFixed(1)} KB / ${x.requests} req`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

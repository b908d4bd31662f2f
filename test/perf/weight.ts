/**
 * Page weight and layout stability, measured in Chromium on a served build: for each page, the
 * bytes of HTML, CSS and JavaScript (files and inline) it loads on first view and after scrolling
 * to the end (which hydrates every `client:visible` island), gzip level 6 as a static host would
 * send them; and, on pages with islands, the layout shift that hydration causes.
 * Used by test/e2e/perf.test.ts (budgets) and test/perf/bench.mjs (`npm run bench`).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { budgets as Budgets } from './budgets';
import { layoutShifts, recordLayoutShifts } from '../e2e/layout-shift.ts';

export type PageType = 'home' | 'reading' | 'calculator' | 'other';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface Weight {
  html: Bytes;
  css: Bytes;
  /** JavaScript files (islands, chunks). */
  jsFiles: Bytes;
  /** Inline `<script>` bodies (part of the HTML bytes, counted again here as JavaScript). */
  inlineJs: Bytes;
  /** Inline `<style>` bodies (part of the HTML bytes, counted again here as CSS). */
  inlineCss: Bytes;
  other: Bytes;
  /** html + css + jsFiles + other: what crosses the network. */
  total: Bytes;
  requests: number;
  files: { url: string; type: string; gzip: number }[];
}
export interface PageMeasure {
  path: string;
  type: PageType;
  /**
   * The document up to the glossary definitions that src/lib/term-plugin.ts appends after the
   * text (`<div class="term-tips" data-term-tips>`): what the first screen needs, gzip. Without
   * inline `<style>`s: a long page carries its stylesheet (compact-html.ts, rewrite 4), and the
   * budget counts that as CSS.
   */
  beforeTermTips: Bytes;
  /** Whether the page links a stylesheet (else its CSS is inline). */
  linksStylesheet: boolean;
  firstView: Weight;
  /** After scrolling to the end: every island hydrated. */
  full: Weight;
  /** Sum of layout-shift scores (without recent input) from load to every island hydrated. */
  cls: number;
  /** What each of those shifts moved (layout-shift.ts), so a failure names its culprit. */
  moved: string[];
  /** Islands whose box changed size when they hydrated: `selector: before -> after`. */
  resizedOnHydration: string[];
}

const gz = (b: Buffer | string): number => gzipSync(b, { level: 6 }).length;
/** An inline `<style>` and its body. */
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const empty = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (a: Bytes, raw: number, gzip: number) => {
  a.raw += raw;
  a.gzip += gzip;
};

export function pageType(path: string, html: string): PageType {
  if (/\sdata-calculator[\s=>]/.test(html)) return 'calculator';
  if (path === '' || path === 'en/') return 'home';
  if (path.endsWith('.html')) return 'other';
  return 'reading';
}

interface Loaded {
  url: string;
  type: string;
  body: Buffer;
}

function weigh(loaded: Loaded[], documentHtml: string): Weight {
  const w: Weight = { html: empty(), css: empty(), jsFiles: empty(), inlineJs: empty(), inlineCss: empty(), other: empty(), total: empty(), requests: 0, files: [] };
  for (const r of loaded) {
    const g = gz(r.body);
    const bucket = r.type === 'document' ? w.html : r.type === 'stylesheet' ? w.css : r.type === 'script' ? w.jsFiles : w.other;
    add(bucket, r.body.length, g);
    add(w.total, r.body.length, g);
    w.requests++;
    w.files.push({ url: r.url, type: r.type, gzip: g });
  }
  for (const m of documentHtml.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1]!.trim()) add(w.inlineJs, Buffer.byteLength(m[1]!), gz(m[1]!));
  }
  const styles = [...documentHtml.matchAll(inlineStyle)].map((m) => m[1]!).join('');
  if (styles) add(w.inlineCss, Buffer.byteLength(styles), gz(styles));

  return w;
}

/** Records every response body of `page` from now on, with Chromium's resource type. */
function record(page: Page): { settled(): Promise<Loaded[]> } {
  const pending: Promise<Loaded | undefined>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    const type = response.request().resourceType();
    pending.push(response.body().then((body) => ({ url: response.url(), type, body }), () => undefined));
  });
  return { settled: async () => (await Promise.all(pending)).filter((x): x is Loaded => x !== undefined) };
}

/**
 * Measures one page. `device` is a Playwright context option set (viewport etc.): the first view
 * depends on what is above the fold.
 */
export async function measurePage(browser: Browser, baseUrl: string, path: string, html: string, device: object): Promise<PageMeasure> {
  const context = await browser.newContext({ ...device, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // Layout shifts and island sizes, recorded from the first paint.
  await recordLayoutShifts(page);
  await page.addInitScript(() => {
    const state = { sizes: new Map<Element, string>(), resized: [] as string[] };
    (window as unknown as { __perf: typeof state }).__perf = state;
    const sizeOf = (el: Element) => {
      const r = el.getBoundingClientRect();
      return `${Math.round(r.width)}x${Math.round(r.height)}`;
    };
    const watchIslands = () => {
      const ro = new ResizeObserver((entries) => {
        for (const entry of entries) {
          const now = sizeOf(entry.target);
          const before = state.sizes.get(entry.target);
          if (before === undefined) state.sizes.set(entry.target, now);
          else if (before !== now) {
            const island = entry.target as HTMLElement;
            state.resized.push(`${island.getAttribute('component-url')?.split('/').pop() ?? island.tagName}: ${before} -> ${now}`);
            state.sizes.set(entry.target, now);
          }
        }
      });
      // The island's own box (display: contents) has no size: watch its first rendered child.
      for (const island of document.querySelectorAll('astro-island')) {
        const box = island.firstElementChild ?? island;
        ro.observe(box);
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchIslands);
    else watchIslands();
  });
  const loaded = record(page);
  // 'load' covers the document, its stylesheet and the scripts it names; islands in view start
  // loading right after, so give them a moment (networkidle would cost 500 ms a page).
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  await page.waitForTimeout(150);
  const firstView = weigh(await loaded.settled(), html);
  // Scroll to the end in viewport steps, as a reader would, so every client:visible island loads.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = (device as { viewport?: { height: number } }).viewport?.height ?? 800;
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  // Hydrated islands have run, so everything they import has loaded.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
  await page.waitForTimeout(150);
  const full = weigh(await loaded.settled(), html);
  const { cls, shifts } = await layoutShifts(page);
  const resized = await page.evaluate(() => (window as unknown as { __perf: { resized: string[] } }).__perf.resized);
  await context.close();
  const tips = html.indexOf('<div class="term-tips"');
  const head = (tips === -1 ? html : html.slice(0, tips)).replace(inlineStyle, '');
  const beforeTermTips = { raw: Buffer.byteLength(head), gzip: gz(head) };
  const linksStylesheet = /<link rel="stylesheet"/.test(html);
  return { path, type: pageType(path, html), beforeTermTips, linksStylesheet, firstView, full, cls, moved: shifts.flatMap((x) => x.moved), resizedOnHydration: resized };
}

/** Devices the measurements use: Lighthouse's mobile viewport, and a desktop one. */
export const devices = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 } },
};

/** One Lighthouse run, as printed by test/perf/lighthouse.mjs. */
export interface LighthouseRun {
  url: string;
  /** The categories that ran (performance only in the benchmark). */
  scores: Partial<Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>>;
  /** Speed figures: null unless the performance category ran. */
  lcpMs: number | null;
  fcpMs: number | null;
  tbtMs: number | null;
  speedIndexMs: number | null;
  cls: number | null;
  transferBytes: number | null;
  requests: number;
  failedAudits: string[];
  lighthouseVersion: string;
  formFactor: string;
  throttlingMethod: string;
  /** Lighthouse's measure of this machine's CPU (DevTools calibrates a Moto G Power 2022 at 264). */
  benchmarkIndex: number;
  /** First paint observed over 500 ms after the page loaded (headless Chromium's frame stall, lighthouse.mjs); null without performance. */
  paintStalled: boolean | null;
  /** Each layout shift's score and the element it moved most (Lighthouse's layout-shifts audit). */
  shifted: string[];
}

/**
 * Runs test/perf/lighthouse.mjs in a child Node (asynchronously: the server answering it may live
 * in this process) and returns its runs.
 */
export async function runLighthouse(
  urls: string[],
  options: {
    htmlDir?: string;
    preset?: 'mobile' | 'desktop';
    categories?: readonly string[];
    /** Lighthouse throttling settings laid over the preset's, e.g. `{ cpuSlowdownMultiplier: 1 }`. */
    throttling?: Record<string, number>;
  } = {},
): Promise<LighthouseRun[]> {
  const { execFile } = await import('node:child_process');
  const { join } = await import('node:path');
  const script = join(import.meta.dirname, 'lighthouse.mjs');
  const args = [
    script,
    ...(options.htmlDir ? ['--html', options.htmlDir] : []),
    ...(options.preset ? ['--preset', options.preset] : []),
    ...(options.categories ? ['--categories', options.categories.join(',')] : []),
    ...(options.throttling ? ['--throttling', JSON.stringify(options.throttling)] : []),
    ...urls,
  ];
  const stdout = await new Promise<string>((resolve, reject) => {
    // A hang guard, not a speed check: a page takes 5-15 s here, and one warm-up load comes first.
    execFile(process.execPath, args, { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 + urls.length * 60_000 }, (error, out, err) => {
      if (error) reject(new Error(`lighthouse.mjs failed: ${error.message}\n${err}`));
      else resolve(out);
    });
  });
  return (JSON.parse(stdout) as { runs: LighthouseRun[] }).runs;
}

/** The pages Lighthouse runs on: the Chinese home page, an English reading page, a calculator page. */
export function lighthousePages(pages: { path: string; type: PageType }[]): { label: string; path: string }[] {
  const reading = pages.find((p) => p.path === 'en/traffic-ramp/') ?? pages.find((p) => p.type === 'reading' && p.path.startsWith('en/'));
  // The payback calculator stands for the calculators: the heaviest of the three (the largest
  // HTML, a line chart, the most JavaScript).
  const calculator = pages.find((p) => p.path === 'calculators/payback/') ?? pages.find((p) => p.type === 'calculator' && isStandaloneCalculator(p.path));
  return [
    { label: 'home (zh-CN)', path: '' },
    ...(reading ? [{ label: 'reading (en)', path: reading.path }] : []),
    ...(calculator ? [{ label: 'calculator', path: calculator.path }] : []),
  ];
}

const jsOf = (w: Weight) => w.jsFiles.gzip + w.inlineJs.gzip;

/** A calculator's own page (`calculators/roi/`, `en/calculators/roi/`), not a playbook embedding one. */
export const isStandaloneCalculator = (path: string) => /^(en\/)?calculators\/./.test(path);

/** The glossary: a long reference list (every term with its entry), read by anchor, not from the top. */
const isGlossary = (path: string) => /^(en\/)?glossary\/$/.test(path);

/**
 * Whether the first-round-trip HTML size is a budget for this page, or only a warning. Like a long
 * playbook with a calculator halfway down, the glossary's first screen arrives in the first round
 * trip and the rest of its list follows.
 */
const mustFitFirstRoundTrip = (m: { path: string; type: PageType }) => (m.type !== 'calculator' || isStandaloneCalculator(m.path)) && !isGlossary(m.path);

/** One line of figures per page for reports/weight.json (gzip bytes; the JS files by name). */
export function compactMeasure(m: PageMeasure) {
  return {
    path: `/${m.path}`,
    type: m.type,
    html: m.full.html.gzip,
    css: m.full.css.gzip,
    jsFiles: m.full.jsFiles.gzip,
    inlineJs: m.full.inlineJs.gzip,
    jsFirstView: jsOf(m.firstView),
    jsAll: jsOf(m.full),
    total: m.full.total.gzip,
    requests: m.full.requests,
    cls: m.cls,
    ...(m.resizedOnHydration.length ? { resizedOnHydration: m.resizedOnHydration } : {}),
    ...(m.full.jsFiles.gzip ? { scripts: m.full.files.filter((f) => f.type === 'script').map((f) => `${new URL(f.url).pathname.split('/').pop()} ${f.gzip}`) } : {}),
  };
}

/** Every budget a measured page or a Lighthouse run breaks, one line each. */
export function budgetFailures(
  measures: PageMeasure[],
  runs: LighthouseRun[],
  b: typeof Budgets,
): string[] {
  const out: string[] = [];
  for (const m of measures) {
    const where = `/${m.path} (${m.type})`;
    const total = m.type === 'calculator' ? b.calculatorTotalBytes : b.totalBytes;
    if (m.full.total.gzip > total) out.push(`${where}: ${m.full.total.gzip} bytes in all > ${total}`);
    const css = m.full.css.gzip + m.full.inlineCss.gzip;
    if (css > b.cssBytes) out.push(`${where}: CSS ${css} > ${b.cssBytes} (inline ${m.full.inlineCss.gzip})`);
    // src/integrations/compact-html.ts (rewrite 4) keeps a stylesheet linked only on a page that
    // then fits the first round trip; a page past it carries its CSS in its second round trip, and
    // no page needs a third.
    if (m.linksStylesheet && m.full.html.gzip > b.firstRoundTripBytes) {
      out.push(`${where}: HTML ${m.full.html.gzip} bytes > ${b.firstRoundTripBytes} with a linked stylesheet: past the first round trip, and the CSS a round trip later`);
    }
    if (m.full.html.gzip > b.twoRoundTripsBytes) out.push(`${where}: HTML ${m.full.html.gzip} bytes > ${b.twoRoundTripsBytes}, past the second round trip`);
    if (m.type === 'reading' || m.type === 'home' || m.type === 'other') {
      const t = m.type === 'home' ? b.home : b.reading;
      if (jsOf(m.full) > t.jsBytes) {
        const files = m.full.files.filter((f) => f.type === 'script').map((f) => `${new URL(f.url).pathname} ${f.gzip}`);
        out.push(`${where}: JS ${jsOf(m.full)} > ${t.jsBytes} (inline ${m.full.inlineJs.gzip}; files: ${files.join(', ') || 'none'})`);
      }
    }
    if (m.type === 'calculator' && jsOf(m.full) > b.calculator.jsBytes) out.push(`${where}: JS ${jsOf(m.full)} > ${b.calculator.jsBytes}`);
    // The glossary definitions come after the text and open only on demand: the first screen is
    // everything before them, so that is what must fit the first round trip.
    if (mustFitFirstRoundTrip(m) && m.beforeTermTips.gzip > b.firstRoundTripBytes) {
      out.push(`${where}: HTML ${m.beforeTermTips.gzip} bytes before the term definitions > ${b.firstRoundTripBytes}, past the first round trip`);
    }
    // A standalone calculator's page has room for all of it, definitions included: Lighthouse's
    // LCP waits for the whole document, and the three over it (with Astro's island runtime inline)
    // took a round trip longer (1,056 against 906 ms: src/integrations/compact-html.ts).
    if (m.type === 'calculator' && isStandaloneCalculator(m.path) && m.full.html.gzip > b.firstRoundTripBytes) {
      out.push(`${where}: HTML ${m.full.html.gzip} bytes in all > ${b.firstRoundTripBytes}, past the first round trip`);
    }
    if (m.cls > 0) out.push(`${where}: layout shift ${m.cls.toFixed(6)} (${m.moved.join('; ')})`);
    for (const r of m.resizedOnHydration) out.push(`${where}: island resized on hydration: ${r}`);
  }
  for (const r of runs) {
    for (const [category, score] of Object.entries(r.scores)) {
      if (score < b.lighthouse.minScore) out.push(`${r.url}: Lighthouse ${category} ${score} < ${b.lighthouse.minScore} (${r.failedAudits.filter((a) => a.startsWith(category)).join('; ')})`);
    }
    // Speed (LCP, TBT, the performance score) is the benchmark's business (npm run bench), not a budget.
    if (r.cls !== null && r.cls > b.lighthouse.maxCls) out.push(`${r.url}: CLS ${r.cls}`);
  }
  return out;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)}`;

/** Markdown for the weight gate: the representative page of each type, and the heaviest page. */
export function weightMarkdown(measures: PageMeasure[], b: typeof Budgets): string {
  const row = (label: string, m: PageMeasure) =>
    `| ${label} | \`/${m.path}\` | ${kb(m.full.html.gzip)} | ${kb(m.full.css.gzip)} | ${kb(m.full.jsFiles.gzip)} | ${kb(m.full.inlineJs.gzip)} | ${kb(jsOf(m.firstView))} / ${kb(jsOf(m.full))} | **${kb(m.full.total.gzip)}** | ${m.full.requests} | ${m.cls.toFixed(3)} |`;
  const byType = (t: PageType) => measures.filter((m) => m.type === t);
  const heaviest = (list: PageMeasure[]) => list.reduce<PageMeasure | undefined>((a, m) => (!a || m.full.total.gzip > a.full.total.gzip ? m : a), undefined);
  const rows: string[] = [];
  for (const [label, t] of [
    ['home', 'home'],
    ['reading', 'reading'],
    ['calculator', 'calculator'],
  ] as const) {
    const list = byType(t);
    const rep = (t === 'reading' ? list.find((m) => m.path === 'traffic-ramp/') : t === 'home' ? list.find((m) => m.path === '') : undefined) ?? list[0];
    if (rep) rows.push(row(label, rep));
    const max = heaviest(list);
    if (max && rep && max !== rep) rows.push(row(`${label}, heaviest of ${list.length}`, max));
  }
  return [
    '## Page weight (gzip, KB, Chromium on a 412×823 phone viewport)',
    '',
    `Budgets: every page ≤ ${kb(b.totalBytes)} KB in all, a page with a calculator ≤ ${kb(b.calculatorTotalBytes)} KB (a comparable Starlight page: ~${kb(b.starlight.totalBytes)} KB); reading pages ≤ ${kb(b.reading.jsBytes)} KB of JS (inline and files: the theme and site scripts, no island); calculator pages ≤ ${kb(b.calculator.jsBytes)} KB of JS; CSS ≤ ${kb(b.cssBytes)} KB; no layout shift.`,
    '',
    '| type | page | HTML | CSS | JS files | inline JS | JS first view / after scrolling | total | requests | CLS |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    `${measures.length} pages measured; HTML includes the inline JS.`,
    ...(() => {
      const over = measures.filter((m) => !mustFitFirstRoundTrip(m) && m.full.html.gzip > b.firstRoundTripBytes).sort((x, y) => y.full.html.gzip - x.full.html.gzip);
      return over.length === 0
        ? []
        : [
            '',
            `Note: ${over.length} long pages (playbooks with an embedded calculator, the glossary) send more than ${kb(b.firstRoundTripBytes)} KB of HTML. ` +
              `Each carries its stylesheet inline (src/integrations/compact-html.ts, rewrite 4), so the rest, CSS included, follows in one more round trip: ${over.map((m) => `\`/${m.path}\` ${kb(m.full.html.gzip)}`).join(', ')}.`,
          ];
    })(),
  ].join('\n');
}

/** Markdown for the Lighthouse gate (npm test: the categories that don't depend on speed). */
export function lighthouseMarkdown(runs: { label: string; run: LighthouseRun }[], b: typeof Budgets): string {
  const v = runs[0]?.run;
  return [
    `## Lighthouse ${v?.lighthouseVersion ?? ''} (${v?.formFactor ?? 'mobile'} preset; Debian Chromium)`,
    '',
    `Budgets: ${b.lighthouse.minScore} in accessibility, best practices and SEO. Speed (performance score, LCP, TBT) is measured by \`npm run bench\` (reports/bench.md), never asserted by a test.`,
    '',
    '| page | accessibility | best practices | SEO | failed audits |',
    '|---|--:|--:|--:|---|',
    ...runs.map(
      ({ label, run: r }) =>
        `| ${label} \`${new URL(r.url).pathname}\` | ${r.scores.accessibility ?? '–'} | ${r.scores['best-practices'] ?? '–'} | ${r.scores.seo ?? '–'} | ${r.failedAudits.join('; ') || 'none'} |`,
    ),
  ].join('\n');
}

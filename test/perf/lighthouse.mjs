#!/usr/bin/env node
/**
 * Lighthouse (mobile preset: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown) on a
 * few pages of a running site, in Debian's Chromium. Prints one JSON object on stdout:
 * `{ runs: [{ url, scores: { performance, accessibility, 'best-practices', seo }, lcpMs, cls,
 * fcpMs, tbtMs, transferBytes, requests, failedAudits, paintStalled, shifted }] }`, scores 0-100.
 * With the performance category, one discarded load of the first URL comes first (see below).
 *
 *   node test/perf/lighthouse.mjs http://127.0.0.1:4321/ http://127.0.0.1:4321/en/traffic-ramp/
 *   node test/perf/lighthouse.mjs --html reports/tmp/lighthouse <urls…>   # also keep HTML reports
 *   node test/perf/lighthouse.mjs --preset desktop <urls…>                # desktop preset
 *   node test/perf/lighthouse.mjs --categories accessibility,seo <urls…>  # only these categories
 *   node test/perf/lighthouse.mjs --throttling '{"cpuSlowdownMultiplier":1}' <urls…>
 *       # the preset with some of its simulated throttling replaced (npm run bench -- --only lcp-parts)
 *
 * Runs one page at a time in one Chromium (CI has 2 cores). test/e2e/perf.test.ts runs it for the
 * categories that don't depend on the machine's speed (accessibility, best practices, SEO);
 * `npm run bench` (test/perf/bench.mjs) runs the performance category, mobile and desktop, N times.
 * Speed figures (lcpMs, fcpMs, tbtMs, speedIndexMs, cls) are null when performance isn't run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../e2e/helpers.ts';

const args = process.argv.slice(2);
/** Removes `--name value` from args and returns the value. */
function option(name) {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}
const htmlDir = option('--html');
const preset = option('--preset') ?? 'mobile';
/** Partial throttling settings laid over the preset's (Lighthouse merges flags into its settings). */
const throttling = option('--throttling');
const categories = (option('--categories') ?? 'performance,accessibility,best-practices,seo').split(',');
const urls = args;
if (urls.length === 0) {
  console.error('usage: node test/perf/lighthouse.mjs [--html DIR] URL…');
  process.exit(2);
}

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
  logLevel: 'silent',
});

/** Lighthouse's own desktop preset (lighthouse/core/config/desktop-config.js). */
const config = preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
const runs = [];
// The default config is the mobile preset; nothing here loosens it.
const flags = {
  port: chrome.port,
  output: htmlDir ? ['json', 'html'] : 'json',
  logLevel: 'error',
  onlyCategories: categories,
  ...(throttling ? { throttling: JSON.parse(throttling) } : {}),
};
try {
  // A fresh headless Chromium often holds its first page's first frame for about a second after the
  // page is ready (viz stops sending BeginFrames to the new frame sink: GoogleChrome/lighthouse#17148).
  // Lantern then counts everything that happened in that second as on the way to first paint, which
  // added 100-350 ms to the simulated LCP of whichever page came first. One discarded load first.
  if (categories.includes('performance')) await lighthouse(urls[0], { ...flags, output: 'json', onlyCategories: ['performance'] }, config);
  for (const url of urls) {
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id];
    const ms = (id) => (audit(id)?.numericValue === undefined ? null : Math.round(audit(id).numericValue));
    const observed = audit('metrics')?.details?.items?.[0];
    const failedAudits = Object.values(lhr.categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => `${c.id}: ${a.id} (${a.score}) ${a.displayValue ?? ''}`.trim()),
    );
    runs.push({
      url,
      scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      lcpMs: ms('largest-contentful-paint'),
      fcpMs: ms('first-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
      speedIndexMs: ms('speed-index'),
      cls: audit('cumulative-layout-shift')?.numericValue ?? null,
      transferBytes: audit('total-byte-weight')?.numericValue ?? null,
      requests: audit('network-requests')?.details?.items?.length ?? 0,
      failedAudits,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      // The same stall can still hit a later page: first paint observed long after the page loaded,
      // with the main thread idle. Reported so a figure from such a run can be told apart.
      paintStalled: observed ? observed.observedFirstContentfulPaint - observed.observedLoad > 500 : null,
      // What a layout shift moved (the audit's element with the biggest share of each shift), so a
      // rare CLS above 0 names its element: `score selector`.
      shifted: (audit('layout-shifts')?.details?.items ?? []).map((i) => `${Number(i.score).toFixed(4)} ${i.node?.selector ?? '?'}`),
      warnings: lhr.runWarnings,
    });
    if (htmlDir) {
      mkdirSync(htmlDir, { recursive: true });
      const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      writeFileSync(join(htmlDir, `${name}.html`), result.report[1]);
    }
  }
} finally {
  await chrome.kill();
}
process.stdout.write(`${JSON.stringify({ runs }, null, 2)}\n`);

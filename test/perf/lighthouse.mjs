#!/usr/bin/env node
/**
 * Lighthouse (mobile preset: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown) on a
 * few pages of a running site, in Debian's Chromium. Prints one JSON object on stdout:
 * `{ runs: [{ url, scores: { performance, accessibility, 'best-practices', seo }, lcpMs, cls,
 * fcpMs, tbtMs, transferBytes, requests, failedAudits }] }`, scores 0-100.
 *
 *   node test/perf/lighthouse.mjs http://127.0.0.1:4321/ http://127.0.0.1:4321/en/traffic-ramp/
 *   node test/perf/lighthouse.mjs --html reports/tmp/lighthouse <urls…>   # also keep HTML reports
 *
 * Runs one page at a time in one Chromium (CI has 2 cores). test/e2e/perf.test.ts calls it against
 * dist/ and writes reports/lighthouse.json; `npm run measure` runs that test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../e2e/helpers.ts';

const args = process.argv.slice(2);
let htmlDir;
const htmlAt = args.indexOf('--html');
if (htmlAt !== -1) {
  htmlDir = args[htmlAt + 1];
  args.splice(htmlAt, 2);
}
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

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = [];
try {
  for (const url of urls) {
    // The default config is the mobile preset; nothing here loosens it.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: htmlDir ? ['json', 'html'] : 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id];
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
      lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
      fcpMs: Math.round(audit('first-contentful-paint').numericValue),
      tbtMs: Math.round(audit('total-blocking-time').numericValue),
      speedIndexMs: Math.round(audit('speed-index').numericValue),
      cls: audit('cumulative-layout-shift').numericValue,
      transferBytes: audit('total-byte-weight').numericValue,
      requests: audit('network-requests').details?.items?.length ?? 0,
      failedAudits,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
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

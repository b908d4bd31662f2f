/**
 * Weight and stability gate, on dist/ served as a static host would (gzip): every page's bytes by
 * type against the budgets in test/perf/budgets.ts, no layout shift from hydration, and
 * Lighthouse's mobile preset on three representative pages (home, reading, calculator): 100 in
 * accessibility, best practices and SEO. Nothing here depends on the machine's speed: LCP, TBT and
 * the performance score are measured by `npm run bench`. Writes reports/weight.json,
 * reports/lighthouse.json and reports/quality.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { budgets } from '../perf/budgets';
import {
  budgetFailures,
  compactMeasure,
  devices,
  lighthouseMarkdown,
  lighthousePages,
  measurePage,
  pageType,
  runLighthouse,
  weightMarkdown,
  type LighthouseRun,
  type PageMeasure,
} from '../perf/weight';
import { writeReport } from '../perf/report';
import { startMeasureServer, type MeasureServer } from '../perf/serve';
import { basePath, distDir, launchBrowser } from './helpers';
import { sitePages } from './quality';
import { contentDir } from '../content/load';

let server: MeasureServer;
let browser: Browser;
const pages = sitePages().map((p) => {
  const file = p.path.endsWith('.html') ? p.path : `${p.path}index.html`;
  const html = readFileSync(join(distDir, file), 'utf8');
  return { ...p, html, type: pageType(p.path, html) };
});
const measures: PageMeasure[] = [];

beforeAll(async () => {
  server = await startMeasureServer(distDir, basePath);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('page weight and layout stability', () => {
  beforeAll(async () => {
    for (const p of pages) measures.push(await measurePage(browser, server.url, p.path, p.html, devices.phone));
    writeReport('weight', { markdown: weightMarkdown(measures, budgets), data: { budgets, pages: measures.map(compactMeasure) } });
  }, 60_000 + pages.length * 15_000); // a hang guard, not a speed check: a busy machine takes 10 s a page

  test('every page type is there to measure', () => {
    expect(new Set(measures.map((m) => m.type))).toEqual(new Set(['home', 'reading', 'calculator', 'other']));
  });

  test.each(['home', 'reading', 'other'] as const)(`%s pages run at most ${budgets.reading.jsBytes / 1000} KB of JavaScript: no island`, (type) => {
    const failures = budgetFailures(measures.filter((m) => m.type === type), [], budgets).filter((f) => /JS/.test(f));
    expect(failures).toEqual([]);
  });

  test(`calculator pages load at most ${budgets.calculator.jsBytes / 1000} KB of JavaScript (gzip), all islands hydrated`, () => {
    const failures = budgetFailures(measures.filter((m) => m.type === 'calculator'), [], budgets).filter((f) => /JS/.test(f));
    expect(failures).toEqual([]);
  });

  test(`every page weighs at most ${budgets.totalBytes / 1000} KB (gzip) in all (with a calculator ${budgets.calculatorTotalBytes / 1000} KB), CSS at most ${budgets.cssBytes / 1000} KB`, () => {
    const failures = budgetFailures(measures, [], budgets).filter((f) => /bytes in all|CSS/.test(f));
    expect(failures).toEqual([]);
  });

  test(`home, reading and standalone calculator pages send at most ${budgets.firstRoundTripBytes / 1000} KB of HTML before the term definitions (a calculator page: all of it): one round trip; a page that links its stylesheet fits it whole, and none needs a third`, () => {
    const failures = budgetFailures(measures, [], budgets).filter((f) => /round trip/.test(f));
    expect(failures).toEqual([]);
    // The gate must see the calculator pages it exists for.
    expect(measures.filter((m) => m.path.startsWith('calculators/')).length).toBe(readdirSync(join(contentDir, 'zh-CN', 'calculators')).length);
  });

  test('hydration shifts nothing: CLS 0 and islands keep their size', () => {
    const failures = budgetFailures(measures, [], budgets).filter((f) => /layout shift|resized/.test(f));
    expect(failures).toEqual([]);
    expect(measures.filter((m) => m.type === 'calculator').length).toBeGreaterThan(0);
  });

  test('on a desktop too, calculator pages shift nothing when their islands hydrate', async () => {
    const failures: string[] = [];
    for (const p of pages.filter((x) => x.type === 'calculator').slice(0, 4)) {
      const m = await measurePage(browser, server.url, p.path, p.html, devices.desktop);
      failures.push(...budgetFailures([m], [], budgets).filter((f) => /layout shift|resized/.test(f)));
    }
    expect(failures).toEqual([]);
  });
});

describe('Lighthouse, mobile preset', () => {
  const targets = lighthousePages(pages);
  let runs: { label: string; run: LighthouseRun }[] = [];
  beforeAll(async () => {
    const results = await runLighthouse(
      targets.map((t) => server.url + t.path),
      { categories: ['accessibility', 'best-practices', 'seo'] },
    );
    runs = results.map((run, i) => ({ label: targets[i]!.label, run }));
    writeReport('lighthouse', { markdown: lighthouseMarkdown(runs, budgets), data: { budgets: budgets.lighthouse, runs } });
  }, 300_000);

  test('runs on a home, a reading and a calculator page', () => {
    expect(targets.map((t) => t.label)).toEqual(['home (zh-CN)', 'reading (en)', 'calculator']);
  });

  test('scores 100 in accessibility, best practices and SEO', () => {
    expect(runs.map((r) => Object.keys(r.run.scores).sort())).toEqual(runs.map(() => ['accessibility', 'best-practices', 'seo']));
    expect(budgetFailures([], runs.map((r) => r.run), budgets)).toEqual([]);
  });
});

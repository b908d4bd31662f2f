#!/usr/bin/env node
/**
 * `npm run measure`: the site's performance figures without the rest of the test suite.
 *   1. with --build: times `astro build` and Pagefind's indexing of the full site, into a fresh
 *      temporary folder (dist/ and anyone working in it are left alone);
 *   2. weighs every page (HTML, CSS, JS, gzip) in Chromium and records layout shift from hydration;
 *   3. runs Lighthouse (mobile preset) on a home, a reading and a calculator page.
 * Writes reports/build.json, reports/weight.json, reports/lighthouse.json and reports/quality.md,
 * prints the summary, and exits 1 when a budget in test/perf/budgets.ts is broken.
 *
 *   node test/perf/measure.mjs               # measure dist/ as built
 *   node test/perf/measure.mjs --build       # build + index into a temp folder, time it, measure that
 *   node test/perf/measure.mjs --dist DIR    # measure another build (or DIST_DIR=DIR)
 *   node test/perf/measure.mjs --no-lighthouse
 * Needs Node >= 22.18 (it imports the TypeScript helpers directly): run it through npm or npx.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { budgets } from './budgets.ts';
import { budgetFailures, compactMeasure, devices, lighthouseMarkdown, lighthousePages, measurePage, pageType, runLighthouse, weightMarkdown } from './weight.ts';
import { reportsDir, writeReport } from './report.ts';
import { startMeasureServer } from './serve.ts';
import { launchBrowser } from '../e2e/helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const base = (() => {
  const b = process.env.BASE_PATH || '/';
  return b.endsWith('/') ? b : `${b}/`;
})();
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };

let dist = option('--dist') ?? process.env.DIST_DIR ?? join(root, 'dist');
let tempDir;
if (flag('--build')) {
  tempDir = mkdtempSync(join(tmpdir(), 'yunying-measure-'));
  dist = join(tempDir, 'dist');
  const timed = (label, cmd, cmdArgs) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) {
      console.error(`${label} failed`);
      process.exit(1);
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  console.log(`Building into ${dist} …`);
  const buildSeconds = timed('astro build', 'astro', ['build', '--outDir', dist]);
  // The site's indexer (glossary tokens, weights, chunk size): what `npm run build` runs.
  const indexSeconds = timed('search index', 'node', [join(root, 'src', 'search', 'build-index.ts'), '--site', dist, '--quiet']);
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  const seconds = buildSeconds + indexSeconds;
  writeReport('build', {
    markdown: [
      '## Build and index time (full site, this machine)',
      '',
      `astro build ${buildSeconds.toFixed(1)} s + Pagefind ${indexSeconds.toFixed(1)} s = **${seconds.toFixed(1)} s** for ${indexed} indexed pages (both editions).`,
    ].join('\n'),
    data: { buildSeconds, indexSeconds, seconds, indexedPages: indexed, cores: (await import('node:os')).availableParallelism() },
  });
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(join(dir, d.name));
    return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
  });
}
const pages = htmlFiles(dist)
  .map((file) => {
    const rel = relative(dist, file).replace(/\\/g, '/');
    const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = readFileSync(file, 'utf8');
    return { path, html, type: pageType(path, html) };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

const server = await startMeasureServer(dist, base);
const browser = await launchBrowser();
let failures = [];
try {
  const measures = [];
  for (const p of pages) measures.push(await measurePage(browser, server.url, p.path, p.html, devices.phone));
  writeReport('weight', { markdown: weightMarkdown(measures, budgets), data: { budgets, pages: measures.map(compactMeasure) } });
  failures = budgetFailures(measures, [], budgets);
  if (!flag('--no-lighthouse')) {
    const targets = lighthousePages(pages);
    const runs = await runLighthouse(
      targets.map((t) => server.url + t.path),
      join(reportsDir, 'tmp', 'lighthouse'),
    );
    writeReport('lighthouse', {
      markdown: lighthouseMarkdown(runs.map((run, i) => ({ label: targets[i].label, run })), budgets),
      data: { budgets: budgets.lighthouse, runs },
    });
    failures.push(...budgetFailures([], runs, budgets));
  }
} finally {
  await browser.close();
  await server.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

console.log(readFileSync(join(reportsDir, 'quality.md'), 'utf8'));
if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) broken:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('All performance budgets met.');

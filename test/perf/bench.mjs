#!/usr/bin/env node
/**
 * `npm run bench`: the site's speed figures, each beside its goal. It reports; it never fails
 * because the machine is slow (npm test asserts bytes, counts and CLS, never a time).
 *   1. build + index time: `astro build` and Pagefind into a fresh temporary folder (dist/ and
 *      anyone working in it are left alone), timed separately;
 *   2. Lighthouse performance, mobile and desktop presets, N runs per page: score, LCP, TBT, CLS
 *      (median, min, max);
 *   3. search, the way a reader meets it: open with a key, type, first result on screen; cold (a
 *      fresh browser context) and warm, for a fixed list of queries (test/perf/bench-search.ts);
 *   4. calculator hydration on a phone with a 4× slower CPU: from navigation to every island
 *      interactive, per standalone calculator page;
 *   5. layout shift on a slow device: the representative pages and the six calculators loaded with
 *      a 6× slower CPU, on a phone and a desktop, N times each, scrolled to the end. A slow CPU
 *      makes the browser paint a page before it has parsed all of it, so a shift that depends on
 *      the parser's pace (a row that grows when its last item arrives) shows here and in no test;
 *      every shift is listed with the elements that moved.
 * Prints one table and writes reports/bench.json and the report page (reports/quality.md).
 *
 *   npm run bench                      # build, then everything, 3 runs
 *   npm run bench -- --runs 5          # more runs
 *   npm run bench -- --dist dist       # measure an existing build (no build timing)
 *   npm run bench -- --all-pages       # Lighthouse on every page (1 run each, mobile), for LCP everywhere
 *   npm run bench -- --only search     # one part: build, lighthouse, search, hydration, slow-cls
 *   npm run bench -- --only lcp-parts  # where mobile LCP goes (not in the default run): the preset,
 *                                      # then its network alone (CPU ×1), then its CPU alone (no RTT)
 * Needs Node >= 22.18 (it imports the TypeScript helpers directly): run it through npm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { budgets } from './budgets.ts';
import { devices, isStandaloneCalculator, lighthousePages, pageType, runLighthouse } from './weight.ts';
import { layoutShifts, recordLayoutShifts } from '../e2e/layout-shift.ts';
import { writeReport } from './report.ts';
import { startMeasureServer } from './serve.ts';
import { launchBrowser } from '../e2e/helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '3'));
const only = option('--only', 'build,lighthouse,search,hydration,slow-cls').split(',');
const base = (() => {
  const b = process.env.BASE_PATH || '/';
  return b.endsWith('/') ? b : `${b}/`;
})();
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
const goals = budgets.goals;

/** median, min and max of a list of numbers (null when empty). */
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v.at(-1), n: v.length };
}

const rows = []; // { figure, stats, unit, goal, meets }
const data = { date: new Date().toISOString(), machine: { cores: availableParallelism(), cpu: cpus()[0]?.model, loadavg: loadavg() }, runs };
/** A figure meets its goal when its median is under it, or with `by: 'max'` when every run is. */
function row(figure, s, unit, goal, by = 'median') {
  const meets = goal === undefined || s === null ? null : s[by] < goal;
  rows.push({ figure: by === 'max' ? `${figure} (goal: every run)` : figure, stats: s, unit, goal, meets });
}

let dist = option('--dist', process.env.DIST_DIR);
let tempDir;
if (!dist) {
  tempDir = mkdtempSync(join(tmpdir(), 'yunying-bench-'));
  dist = join(tempDir, 'dist');
}
try {
  if (tempDir) {
    const timed = (label, cmd, cmdArgs) => {
      const started = process.hrtime.bigint();
      const r = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) throw new Error(`${label} failed`);
      return Number(process.hrtime.bigint() - started) / 1e9;
    };
    const buildRuns = only.includes('build') ? Number(option('--build-runs', '1')) : 1;
    const builds = [];
    for (let i = 0; i < buildRuns; i++) {
      console.log(`Building into ${dist} (${i + 1}/${buildRuns}) …`);
      rmSync(dist, { recursive: true, force: true });
      const astro = timed('astro build', 'astro', ['build', '--outDir', dist]);
      // The site's indexer (glossary tokens, weights, chunk size, the dialog's page lists): what
      // `npm run build` runs through `npm run index`.
      const pagefind = timed('search index', 'node', [join(root, 'src', 'search', 'build-index.ts'), '--site', dist, '--quiet']);
      builds.push({ astro, pagefind, total: astro + pagefind });
    }
    data.build = builds;
    row('build: astro build', stats(builds.map((b) => b.astro)), 's');
    row('build: search index (Pagefind via src/search/build-index.ts)', stats(builds.map((b) => b.pagefind)), 's');
    row('build + index', stats(builds.map((b) => b.total)), 's', goals.buildAndIndexSeconds);
  }

  const pages = (function htmlFiles(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(join(dir, d.name));
      return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
    });
  })(dist)
    .map((file) => {
      const rel = relative(dist, file).replace(/\\/g, '/');
      const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      const html = readFileSync(file, 'utf8');
      return { path, html, type: pageType(path, html), bytes: html.length };
    })
    .filter((p) => !p.path.endsWith('404.html'))
    .sort((a, b) => a.path.localeCompare(b.path));

  const server = await startMeasureServer(dist, base);
  try {
    if (only.includes('lighthouse')) {
      const representative = lighthousePages(pages);
      const longest = pages.filter((p) => p.type === 'reading').sort((a, b) => b.bytes - a.bytes)[0];
      if (longest && !representative.some((t) => t.path === longest.path)) representative.push({ label: 'longest reading page', path: longest.path });
      const targets = args.includes('--all-pages') ? pages.map((p) => ({ label: p.type, path: p.path })) : representative;
      const presets = args.includes('--all-pages') ? ['mobile'] : ['mobile', 'desktop'];
      const n = args.includes('--all-pages') ? 1 : runs;
      data.lighthouse = [];
      for (const preset of presets) {
        const all = [];
        for (let i = 0; i < n; i++) {
          console.log(`Lighthouse ${preset}, run ${i + 1}/${n}, ${targets.length} pages …`);
          const results = await runLighthouse(targets.map((t) => server.url + t.path), { preset, categories: ['performance'] });
          results.forEach((r, j) => all.push({ ...targets[j], run: i, preset, score: r.scores.performance, lcpMs: r.lcpMs, tbtMs: r.tbtMs, cls: r.cls, paintStalled: r.paintStalled, shifted: r.shifted }));
        }
        data.lighthouse.push(...all);
        const lcpGoal = preset === 'mobile' ? goals.mobileLcpMs : undefined;
        if (args.includes('--all-pages')) {
          row(`Lighthouse ${preset}: LCP, all ${targets.length} pages`, stats(all.map((r) => r.lcpMs)), 'ms', lcpGoal);
          const worst = all.sort((a, b) => b.lcpMs - a.lcpMs).slice(0, 3);
          data.slowestPages = worst.map((w) => `/${w.path} ${w.lcpMs} ms`);
        } else {
          for (const t of targets) {
            const mine = all.filter((r) => r.path === t.path);
            const where = `${t.label} /${t.path}`;
            row(`Lighthouse ${preset} score: ${where}`, stats(mine.map((r) => r.score)), '');
            row(`Lighthouse ${preset} LCP: ${where}`, stats(mine.map((r) => r.lcpMs)), 'ms', lcpGoal);
            row(`Lighthouse ${preset} TBT: ${where}`, stats(mine.map((r) => r.tbtMs)), 'ms');
          }
          row(`Lighthouse ${preset} CLS, every run`, stats(all.map((r) => r.cls)), '');
        }
        const stalled = all.filter((r) => r.paintStalled);
        if (stalled.length) console.log(`  ${stalled.length} of ${all.length} ${preset} runs had Chromium's first-frame stall (lighthouse.mjs): ${stalled.map((r) => `/${r.path} ${r.lcpMs} ms`).join(', ')}`);
        data[`${preset}PaintStalls`] = stalled.length;
        for (const r of all.filter((x) => x.cls > 0)) console.log(`  ${preset} run ${r.run + 1} /${r.path}: CLS ${r.cls.toFixed(4)}: ${r.shifted.join('; ') || 'no element named'}`);
      }
    }

    if (only.includes('lcp-parts')) {
      // Lighthouse's simulated LCP is a network path plus the main-thread work before first paint,
      // slowed 4×. Taking one away at a time shows which of the two a change has to shorten.
      const targets = lighthousePages(pages);
      const variants = [
        { label: 'mobile preset', throttling: undefined },
        { label: 'network part (CPU ×1)', throttling: { cpuSlowdownMultiplier: 1 } },
        { label: 'CPU part (no RTT, unlimited bandwidth)', throttling: { rttMs: 0, throughputKbps: 10_000_000 } },
      ];
      data.lcpParts = [];
      for (const v of variants) {
        const all = [];
        for (let i = 0; i < runs; i++) {
          console.log(`Lighthouse LCP, ${v.label}, run ${i + 1}/${runs} …`);
          const results = await runLighthouse(targets.map((t) => server.url + t.path), { categories: ['performance'], throttling: v.throttling });
          results.forEach((r, j) => all.push({ ...targets[j], run: i, variant: v.label, lcpMs: r.lcpMs, fcpMs: r.fcpMs, benchmarkIndex: r.benchmarkIndex, paintStalled: r.paintStalled }));
        }
        data.lcpParts.push(...all);
        for (const t of targets) {
          row(`LCP, ${v.label}: /${t.path}`, stats(all.filter((r) => r.path === t.path).map((r) => r.lcpMs)), 'ms', v.throttling ? undefined : goals.mobileLcpMs);
        }
      }
      row('Lighthouse benchmarkIndex of this machine (DevTools: Moto G Power 2022 ≈ 264)', stats(data.lcpParts.map((r) => r.benchmarkIndex)), '');
    }

    const browser = only.some((o) => o === 'search' || o === 'hydration' || o === 'slow-cls') ? await launchBrowser() : undefined;
    try {
      if (only.includes('search')) {
        const module = join(import.meta.dirname, 'bench-search.ts');
        if (existsSync(module)) {
          const { benchSearch, benchQueries } = await import(module);
          const s = await benchSearch(browser, server.url, benchQueries, runs);
          data.search = s;
          // Each row carries its own goal (first result: goals.searchFirstResultMs; first query's bytes).
          for (const r of s.rows) row(`search: ${r.label}`, r.stats, r.unit, r.goal);
        } else {
          console.warn('test/perf/bench-search.ts missing: search not measured');
        }
      }
      if (only.includes('hydration')) {
        const calculators = pages.filter((p) => p.type === 'calculator' && isStandaloneCalculator(p.path));
        const hydration = [];
        for (const p of calculators) {
          const times = [];
          for (let i = 0; i < runs; i++) times.push(await hydrationMs(browser, server.url + p.path));
          hydration.push({ path: p.path, times });
        }
        data.hydration = hydration;
        row(`calculator hydration, phone, 4× CPU (${calculators.length} pages)`, stats(hydration.flatMap((h) => h.times)), 'ms');
        const slowest = hydration.map((h) => ({ path: h.path, s: stats(h.times) })).sort((a, b) => (b.s?.median ?? 0) - (a.s?.median ?? 0))[0];
        if (slowest) row(`calculator hydration, slowest page /${slowest.path}`, slowest.s, 'ms');
      }
      if (only.includes('slow-cls')) {
        // The representative pages and every standalone calculator (one edition): a calculator is
        // where a block grows the most while it is parsed.
        const targets = lighthousePages(pages);
        for (const p of pages.filter((x) => isStandaloneCalculator(x.path) && !x.path.startsWith('en/'))) {
          if (!targets.some((t) => t.path === p.path)) targets.push({ label: 'calculator', path: p.path });
        }
        const shifts = [];
        for (const t of targets) {
          for (const device of ['phone', 'desktop']) {
            for (let i = 0; i < runs; i++) shifts.push({ path: t.path, device, ...(await slowCpuShift(browser, server.url + t.path, device)) });
          }
        }
        data.slowCls = shifts;
        row(`CLS, 6× CPU, phone and desktop (${targets.length} pages × ${runs} runs each)`, stats(shifts.map((s) => s.cls)), '', 0.0001, 'max');
        const seen = [...new Set(shifts.flatMap((s) => s.sources.map((src) => `${s.device} /${s.path}: ${src}`)))];
        data.slowClsSources = seen;
        for (const line of seen.slice(0, 8)) console.log(`  shift: ${line}`);
      }
    } finally {
      await browser?.close();
    }
  } finally {
    await server.close();
  }
} finally {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

/**
 * Time from navigation to every island of the page hydrated (`<astro-island>` loses `ssr`), on a
 * phone viewport with the CPU slowed 4×. The page is scrolled through so `client:visible`
 * islands start as a reader would reach them.
 */
async function hydrationMs(browser, url) {
  const context = await browser.newContext(devices.phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          if (document.querySelector('astro-island[ssr]')) requestAnimationFrame(check);
          else resolve(performance.now());
        };
        check();
      }),
  );
  await context.close();
  return ms;
}

/**
 * Layout shift while a page loads on a slow device: CPU 6× slower, the page scrolled to its end
 * (so every island hydrates). Returns the CLS (sum of shifts, none of them after input) and, per
 * shift, its score and the elements it moved.
 */
async function slowCpuShift(browser, url, device) {
  const context = await browser.newContext(devices[device]);
  const page = await context.newPage();
  await recordLayoutShifts(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto(url, { waitUntil: 'load' });
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 60_000 }).catch(() => {});
  await page.waitForTimeout(500);
  const { cls, shifts } = await layoutShifts(page);
  await context.close();
  return { cls, sources: shifts.map((s) => `${s.value.toFixed(4)} ${s.moved.join(', ')}`) };
}

const fmt = (n, unit) => (n === null || n === undefined ? '–' : unit === 's' ? n.toFixed(1) : unit === '' && n < 1 ? n.toFixed(3) : Math.round(n).toString());
const table = [
  '| figure | median | min – max | runs | goal | |',
  '|---|--:|--:|--:|--:|---|',
  ...rows.map((r) => {
    const s = r.stats;
    const unit = r.unit ? ` ${r.unit}` : '';
    const goal = r.goal === undefined ? '' : `< ${r.goal}${unit}`;
    const mark = r.meets === null ? '' : r.meets ? 'meets' : '**misses**';
    return `| ${r.figure} | ${s ? fmt(s.median, r.unit) + unit : '–'} | ${s ? `${fmt(s.min, r.unit)} – ${fmt(s.max, r.unit)}` : ''} | ${s?.n ?? 0} | ${goal} | ${mark} |`;
  }),
].join('\n');
const markdown = [
  '## Benchmark (`npm run bench`: speed figures beside their goals; reported, never asserted)',
  '',
  `This machine: ${data.machine.cores} cores (${data.machine.cpu ?? 'unknown CPU'}), load average ${data.machine.loadavg.map((l) => l.toFixed(2)).join(' / ')} at the start. ` +
    `Lighthouse ${runs} run(s) per page and preset (simulated throttling); search and hydration ${runs} run(s).`,
  '',
  table,
  ...(data.slowestPages ? ['', `Slowest LCP: ${data.slowestPages.join(', ')}.`] : []),
].join('\n');
writeReport('bench', { markdown, data: { ...data, rows } });
console.log(`\n${table}\n\nWritten: reports/bench.json, reports/quality.md`);

#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in the order that fails fastest.
 *   1. astro check (types in .ts, .tsx and .astro)
 *   2. vitest: unit + content + components
 *   3. the production build (astro build, then Pagefind)
 *   4. vitest: the built site (dist/ assertions, browser tests in Chromium)
 * Prints one closing line, "Tests: N passed, N failed", summed over the Vitest runs.
 * Flags: --no-build reuses an existing dist/ (for quick local re-runs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
const reports = join(root, 'reports', 'tmp');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const skipBuild = process.argv.includes('--no-build');

const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

function run(label, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${label} ${seconds}s`);
  // The performance report (test/e2e/perf.test.ts) quotes the build + index time.
  if (label === 'build') writeFileSync(join(reports, 'build.json'), JSON.stringify({ seconds: Number(seconds) }));
  return r.status === 0;
}

function vitest(label, projects) {
  const out = join(reports, `${label}.json`);
  const ok = run(label, 'vitest', [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
    if (j.numTotalTests === 0) {
      console.error(`${label}: no test ran`);
      return false;
    }
  } else {
    totals.failed += 1;
  }
  return ok;
}

function finish(ok) {
  console.log(`\n${timings.join(' · ')}`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
}

let ok = run('typecheck', 'astro', ['check', '--minimumSeverity', 'warning']);
ok = vitest('unit', ['unit', 'components']) && ok;
if (!skipBuild || !existsSync(join(root, 'dist', 'pagefind'))) {
  if (!run('build', 'npm', ['run', 'build', '--silent'])) finish(false);
}
ok = vitest('site', ['site']) && ok;
finish(ok);

#!/usr/bin/env node
/**
 * `npm test`: every check the project has.
 *   1. astro check (types in .ts, .tsx and .astro), in the background while 2 runs (not beside the
 *      build: both write .astro/)
 *   2. vitest: unit + content + components
 *   3. the production build (astro build, then Pagefind, then the deploy headers)
 *   4. vitest: the built site (dist/ assertions, browser tests in Chromium, files side by side)
 * Nothing here asserts a time: speed is `npm run bench`'s job.
 * Prints one closing line, "Tests: N passed, N failed", summed over the Vitest runs.
 * Flags: --no-build reuses an existing dist/ (for quick local re-runs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
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

/** Starts a command in the background, keeping its output to print when it is awaited. */
function background(label, cmd, args) {
  const started = Date.now();
  const child = spawn(cmd, args, { cwd: root, env: { ...env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')} (ran alongside the unit tests)\n${output.trimEnd()}`);
      timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)}s`);
      resolve(code === 0);
    }),
  );
}

const typecheck = background('typecheck', 'astro', ['check', '--minimumSeverity', 'warning']);
let ok = vitest('unit', ['unit', 'components']);
ok = (await typecheck) && ok;
if (!skipBuild || !existsSync(join(root, 'dist', 'pagefind'))) {
  if (!run('build', 'npm', ['run', 'build', '--silent'])) finish(false);
}
ok = vitest('site', ['site']) && ok;
finish(ok);

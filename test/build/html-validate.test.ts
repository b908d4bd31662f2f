/**
 * Every page in dist/ is valid HTML by html-validate's recommended rules. Errors fail the test;
 * warnings are listed in reports/html-validate.json without failing it.
 * What .htmlvalidate.json relaxes, and why (JSON has no comments):
 * - void-style off: `<input />` (Markdown task lists, Preact) and `<input>` are both valid HTML;
 * - valid-id relaxed: HTML allows any id without spaces (the layout's `#_top`);
 * - form-dup-name off: the payback calculator's investment rows repeat their names on purpose
 *   (`pay.i.amountYuan` once per row, read back as a list from the GET query); the calculators'
 *   prefixes being unique per page is checked in test/e2e/security.test.ts instead;
 * - `<style>` counted as flow content: Astro writes its island style (`astro-island{display:contents}`)
 *   inside the body, before the first island; browsers apply it there;
 * - unique-landmark off: it reads the markup without CSS, so the two tables of contents (one
 *   shown on phones, one beside the text, never both) look like duplicates; axe checks landmark
 *   names in the browser at both layouts (test/e2e/a11y.test.ts, rule landmark-unique).
 * long-title stays an error: a `<title>` over 70 characters gets cut off in search results, so a
 * page title must stay under 60 characters plus " · Yunying" / " · 运营手册".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { distDir } from '../e2e/helpers';
import { writeReport } from '../perf/report';

const root = join(import.meta.dirname, '..', '..');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name));
    return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
  });
}

test('every page in dist/ passes html-validate', async () => {
  const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = htmlFiles(distDir);
  expect(files.length, 'dist/ has pages').toBeGreaterThan(0);
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const rel = relative(distDir, file);
    const report = await validator.validateString(readFileSync(file, 'utf8'), rel);
    for (const result of report.results) {
      for (const m of result.messages) {
        const line = `${rel}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`;
        (m.severity === 2 ? errors : warnings).push(line);
      }
    }
  }
  writeReport('html-validate', {
    markdown: [
      '## HTML validity (html-validate, recommended rules)',
      '',
      `${files.length} pages: ${errors.length} errors, ${warnings.length} warnings.`,
      ...[...errors, ...warnings].slice(0, 20).map((l) => `- \`${l}\``),
    ].join('\n'),
    data: { pages: files.length, errors, warnings },
  });
  expect(errors).toEqual([]);
});

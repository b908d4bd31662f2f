/**
 * Issue 12: a page loads only the CSS it uses. Reading pages (no calculator on them) must not load
 * the calculators' stylesheet; pages with a calculator load it exactly once. Checked on dist/: the
 * stylesheets each page links, read from disk, and those it carries inline (src/integrations/
 * compact-html.ts, rewrite 4), searched for the calculators' selectors.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { basePath, distDir } from '../e2e/helpers';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : []));
}

/** The calculators' selectors: every rule of kit/calculators.css is under a .calc-* class. */
const calculatorSelector = /\.calc(-[a-z]|\b)/;

const pages = existsSync(distDir)
  ? walk(distDir).map((file) => {
      const html = readFileSync(file, 'utf8');
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      const css = [...sheets.map((href) => readFileSync(join(distDir, href.slice(basePath.length)), 'utf8')), ...inline];
      return { path: relative(distDir, file), html, sheets, css };
    })
  : [];

describe('calculator CSS only where a calculator is', () => {
  test('dist/ has reading pages and calculator pages to check', () => {
    expect(pages.filter((p) => p.html.includes('data-calculator=')).length).toBeGreaterThanOrEqual(6);
    expect(pages.filter((p) => !p.html.includes('data-calculator=')).length).toBeGreaterThanOrEqual(20);
  });

  test('no reading page loads a stylesheet with a calculator selector', () => {
    const offenders = pages.filter((p) => !p.html.includes('data-calculator=') && p.css.some((c) => calculatorSelector.test(c))).map((p) => p.path);
    expect(offenders).toEqual([]);
  });

  test('issue 12, CLS: a page with a calculator has its stylesheet in the <head> (before the first paint), once', () => {
    const calculatorSheet = /<link rel="stylesheet" href="[^"]*\/calculators\.[^"]*">|<style>[^<]*\.calc-results/g;
    const offenders = pages
      .filter((p) => p.html.includes('data-calculator='))
      .filter((p) => {
        const head = p.html.slice(0, p.html.indexOf('</head>'));
        const body = p.html.slice(head.length);
        return (head.match(calculatorSheet) ?? []).length !== 1 || /<link rel="stylesheet"/.test(body) || new RegExp(calculatorSheet.source).test(body);
      })
      .map((p) => p.path);
    expect(offenders).toEqual([]);
  });

  test('every page with a calculator loads the calculator stylesheet once', () => {
    const offenders = pages
      .filter((p) => p.html.includes('data-calculator='))
      .filter((p) => p.css.filter((c) => c.includes('.calc-results')).length !== 1)
      .map((p) => p.path);
    expect(offenders).toEqual([]);
  });
});

/**
 * One set of words everywhere: the content lint (test/content/lint.ts) on every page of both
 * editions, and on fixtures that show each rule catching a bad example and passing a good one.
 *
 * Findings present today that are not fixed yet are listed in test/content/lint-allow.txt, one per
 * line ("file rule: text", a count by repetition). The list may only shrink: a listed finding that
 * no longer occurs fails the test too, so a fix also removes its line. To rewrite the list after
 * a fix, run `LINT_WRITE_ALLOW=1 npx vitest run test/content/lint.test.ts`.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readGlossary } from '../../src/lib/glossary';
import { allowKey, formatFinding, lintPage, rules, type Finding, type LintContext, type LinkTarget } from './lint';
import { loadContent, parsePage, type ContentPage } from './load';

const terms = readGlossary();

function contextFor(pages: ContentPage[], locale: ContentPage['locale']): LintContext {
  const targets = new Map<string, LinkTarget>(
    pages
      .filter((p) => p.locale === locale)
      .map((p) => [
        p.slug,
        {
          title: String(p.frontmatter.title ?? ''),
          shortTitle: typeof p.frontmatter.shortTitle === 'string' ? p.frontmatter.shortTitle : undefined,
          headings: new Map(p.headings.filter((h) => h.id).map((h) => [h.id!, h.text.trim()])),
        },
      ]),
  );
  return { terms, targets };
}

function lintAll(pages: ContentPage[]): Finding[] {
  const ctx = { 'zh-CN': contextFor(pages, 'zh-CN'), en: contextFor(pages, 'en') };
  return pages.flatMap((p) => lintPage(p, ctx[p.locale]));
}

describe('the lint on the site', () => {
  const findings = lintAll(loadContent());
  const allowFile = join(import.meta.dirname, 'lint-allow.txt');

  if (process.env.LINT_WRITE_ALLOW) {
    const lines = findings.map(allowKey).sort();
    writeFileSync(allowFile, lines.length ? `${lines.join('\n')}\n` : '');
  }
  const allowList = existsSync(allowFile) ? readFileSync(allowFile, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')) : [];

  test('reports its counts', () => {
    const byRule = Object.fromEntries(rules.map((r) => [r, findings.filter((f) => f.rule === r).length]));
    console.log(`content lint: ${findings.length} findings on the site (${allowList.length} allowed for now)`, byRule);
    expect(Object.keys(byRule)).toEqual([...rules]);
  });

  test('every finding is fixed or on the shrinking allow-list', () => {
    const budget = new Map<string, number>();
    for (const k of allowList) budget.set(k, (budget.get(k) ?? 0) + 1);
    const fresh = findings.filter((f) => {
      const k = allowKey(f);
      const left = budget.get(k) ?? 0;
      if (left > 0) {
        budget.set(k, left - 1);
        return false;
      }
      return true;
    });
    expect(fresh.map(formatFinding)).toEqual([]);
  });

  test('the allow-list names no finding that is gone (remove fixed lines)', () => {
    const have = new Map<string, number>();
    for (const f of findings) have.set(allowKey(f), (have.get(allowKey(f)) ?? 0) + 1);
    const stale = new Map<string, number>();
    for (const k of allowList) {
      const left = have.get(k) ?? 0;
      if (left > 0) have.set(k, left - 1);
      else stale.set(k, (stale.get(k) ?? 0) + 1);
    }
    expect([...stale.keys()]).toEqual([]);
  });
});

describe('each rule catches a bad example and passes a good one (test/fixtures/lint)', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'lint');
  const fixture = (locale: ContentPage['locale'], name: string) => parsePage(join(dir, locale, `${name}.mdx`), locale);
  const pages = (['zh-CN', 'en'] as const).flatMap((l) => [fixture(l, 'bad'), fixture(l, 'good')]);
  // The fixtures link to each other; parsePage names them by their path under content/, so fix slugs.
  for (const p of pages) p.slug = p.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const findings = lintAll(pages);
  const on = (locale: string, name: string) => findings.filter((f) => f.file.includes(`/${locale}/${name}.mdx`));

  test('the good fixtures pass every rule', () => {
    expect([...on('zh-CN', 'good'), ...on('en', 'good')].map(formatFinding)).toEqual([]);
  });

  test.each([
    ['zh-CN', 'banned', 15, '投入产出比'],
    ['zh-CN', 'tier', 16, '第二档'],
    ['zh-CN', 'tier', 16, '第2档'],
    ['zh-CN', 'tier', 17, '第二阶段'],
    ['zh-CN', 'percent', 18, '40 %'],
    ['zh-CN', 'range', 19, '6-7'],
    ['zh-CN', 'link-label', 20, '流量爬坡'],
    ['zh-CN', 'quotes', 21, '"好评率"'],
    ['en', 'banned', 15, 'soft articles'],
    ['en', 'tier', 16, 'tier two'],
    ['en', 'tier', 17, 'stage 2'],
    ['en', 'percent', 18, '40 %'],
    ['en', 'range', 19, '6-7'],
    ['en', 'link-label', 20, 'the ramp'],
    ['en', 'roas', 21, 'ROAS'],
    ['en', 'roi', 22, 'ROI'],
    ['en', 'currency', 23, '¥270.7K'],
  ] as const)('%s %s: line %i, "%s"', (locale, rule, line, text) => {
    const hit = on(locale, 'bad').find((f) => f.rule === rule && f.text === text);
    expect(hit, on(locale, 'bad').map(formatFinding).join('\n')).toBeDefined();
    expect(hit!.line).toBe(line);
    expect(formatFinding(hit!)).toMatch(new RegExp(`^.*fixtures/lint/${locale}/bad\\.mdx:${line} ${rule}: `));
  });

  test('every rule has a bad example', () => {
    const caught = new Set(findings.map((f) => f.rule));
    expect(rules.filter((r) => !caught.has(r))).toEqual([]);
  });
});

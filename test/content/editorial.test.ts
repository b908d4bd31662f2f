/**
 * Editorial rules from the 2026-11 content reviews (issue 14 items 1 and 5), read from content/:
 * - a playbook or case study opens with conclusions, not a table of contents: its <Summary> has at
 *   most two sentences, then a <DoNow> list of three to five items (case studies: kind="takeaways");
 * - a link to another page is labelled with that page's title or its shortTitle, so every page has
 *   one or two names across the site (the zh review found up to five per page);
 * - Chinese prose uses “” quotes, never ASCII "…";
 * - no citation mark inside a text meant to be copied (a customer-service script “亲，…”), and none
 *   wedged between a figure and the word that completes it (“24 小时<Src/>内”).
 */
import { describe, expect, test } from 'vitest';
import { loadContent, type ContentPage } from './load';

const pages = loadContent();
/**
 * The long 刷单/好评返现 danger asides are being replaced by one-line links to the compliance page
 * (glossary branch), which will check them with its lint; these tests read the body without them.
 */
const withoutDanger = (body: string) => body.replace(/<Aside\b[^>]*type="danger"[^>]*>[\s\S]*?<\/Aside>/g, '');
const byLocale = (locale: string) => new Map(pages.filter((p) => p.locale === locale).map((p) => [p.slug, p]));
const editions = { 'zh-CN': byLocale('zh-CN'), en: byLocale('en') };

/** The <Summary> block of a page: its prose (before <DoNow>) and the <DoNow> block, if any. */
export function splitSummary(body: string): { prose: string; doNow: string | null; kind: string | null } | null {
  const m = /<Summary>([\s\S]*?)<\/Summary>/.exec(body);
  if (!m) return null;
  const inner = m[1]!;
  const d = /<DoNow\b([^>]*)>([\s\S]*?)<\/DoNow>/.exec(inner);
  return {
    prose: (d ? inner.slice(0, d.index) : inner).trim(),
    doNow: d ? d[2]! : null,
    kind: d ? (/kind="(\w+)"/.exec(d[1]!)?.[1] ?? 'now') : null,
  };
}

/** Sentences of summary prose: tags and link targets removed, then split at sentence ends. */
export function countSentences(prose: string, locale: string): number {
  const text = prose
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .trim();
  if (!text) return 0;
  const parts = locale === 'zh-CN' ? text.split(/[。！？]+/) : text.split(/(?<=[a-z0-9)”’"%])[.!?]+(?=\s|$)/i);
  return parts.filter((s) => s.trim().length > 0).length;
}

const withSummary = pages.filter((p) => ['playbook', 'case-study'].includes(String(p.frontmatter.group)));

describe('summaries state conclusions, then three to five things to do', () => {
  test('the sentence counter counts sentences', () => {
    expect(countSentences('第一句。第二句，还有<Src seed="002" part="篇六" />。', 'zh-CN')).toBe(2);
    expect(countSentences('One at 1:3.92 and 6–7%. Two (see [x](../y/#z)).', 'en')).toBe(2);
  });

  test.each(withSummary.map((p) => [p.file, p] as const))('%s', (_f, page: ContentPage) => {
    const s = splitSummary(page.body);
    expect(s, 'no <Summary>').not.toBeNull();
    const n = countSentences(s!.prose, page.locale);
    expect(n, `summary prose has ${n} sentences`).toBeGreaterThan(0);
    expect(n, `summary prose has ${n} sentences`).toBeLessThanOrEqual(2);
    expect(s!.doNow, 'the summary ends with a <DoNow> list').not.toBeNull();
    const items = s!.doNow!.split('\n').filter((l) => /^\s*[-*] /.test(l));
    expect(items.length, 'DoNow items').toBeGreaterThanOrEqual(3);
    expect(items.length, 'DoNow items').toBeLessThanOrEqual(5);
    expect(s!.kind).toBe(page.frontmatter.group === 'case-study' ? 'takeaways' : 'now');
  });
});

describe('links to a page use its title or its shortTitle', () => {
  /** [label](href) pairs that point at another page (not a bare #anchor, not external). */
  const crossLinks = (page: ContentPage) =>
    [...withoutDanger(page.body).matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)]
      .map((m) => ({ label: m[1]!, href: m[2]! }))
      .filter((l) => !l.href.startsWith('#') && !/^[a-z]+:/i.test(l.href));

  // The calculator pages belong to the calc branch; their link labels are fixed at merge (the
  // glossary lint checks every page, theirs included, once it lands).
  const linking = pages.filter((p) => p.frontmatter.group !== 'calculator');
  test.each(linking.map((p) => [p.file, p] as const))('%s', (_f, page: ContentPage) => {
    const here = editions[page.locale];
    const base = new URL(`http://x/${page.slug === 'index' ? '' : `${page.slug}/`}`);
    const wrong = crossLinks(page).flatMap(({ label, href }) => {
      const path = new URL(href, base).pathname.replace(/^\/|\/$/g, '') || 'index';
      const target = here.get(path);
      if (!target) return []; // dead links are content.test.ts's business
      const names = [target.frontmatter.title, target.frontmatter.shortTitle].filter(Boolean) as string[];
      // A link to one plan's entry in the source index may carry the plan's id, as <Src> does.
      if (path === 'sources' && /^\d{3}$/.test(label) && href.endsWith(`#seed-${label}`)) return [];
      return names.includes(label) ? [] : [`[${label}](${href}) should read ${names.map((n) => `“${n}”`).join(' or ')}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('Chinese typography', () => {
  const zh = pages.filter((p) => p.locale === 'zh-CN');
  test.each(zh.map((p) => [p.file, p] as const))('%s uses “” quotes, not ASCII ones', (_f, page: ContentPage) => {
    const offending = withoutDanger(page.body)
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line.replace(/<[A-Za-z][^>]*>/g, '').replace(/\]\([^)]*\)/g, ']') }))
      .filter((l) => l.text.includes('"'))
      .map((l) => `body line ${l.line}: ${l.text.trim().slice(0, 60)}`);
    const fm = [page.frontmatter.title, page.frontmatter.description, page.frontmatter.shortTitle].filter((v) => typeof v === 'string' && v.includes('"'));
    expect([...offending, ...fm]).toEqual([]);
  });
});

describe('citation marks stay out of copied text and off the middle of a phrase', () => {
  test.each(pages.map((p) => [p.file, p] as const))('%s', (_f, page: ContentPage) => {
    const problems: string[] = [];
    // A buyer-facing script is quoted “亲，…” (zh) and kept in Chinese in the English edition.
    for (const m of page.body.matchAll(/“亲[^”]*”/g)) if (m[0].includes('<Src')) problems.push(`script with a citation: ${m[0].slice(0, 40)}`);
    // The mark goes at the end of the clause, not before the word that completes the figure.
    const split = page.locale === 'zh-CN' ? /\/>(内|前|后|以上|以内|以下|左右|起)/g : /\/>\s?(yuan|days?|hours?|items?|units?|people|a month)\b/g;
    for (const m of page.body.matchAll(split)) {
      const at = page.body.lastIndexOf('<', m.index);
      if (page.body.startsWith('<Src', at)) problems.push(`mark before “${m[1]}”: …${page.body.slice(Math.max(0, at - 12), m.index + 4 + m[1]!.length)}`);
    }
    expect(problems).toEqual([]);
  });
});

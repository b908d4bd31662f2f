/**
 * Present-day facts (content/facts.yaml): the file is valid, every `<Fact>` a page uses exists,
 * both editions use the same facts, the quick reference lists them all, and the mark reads as
 * the component prints it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { FactSchema, factTopics, type Fact } from '../../src/schemas/fact';
import { factMarkText, factTitle, formatPartialDate, shortPublisher, unknownFact } from '../../src/lib/facts';
import { contentDir, loadContent, type ContentPage } from './load';

const raw = parse(readFileSync(join(contentDir, 'facts.yaml'), 'utf8')) as unknown[];
const parsed = raw.map((f) => FactSchema.safeParse(f));
const facts = parsed.flatMap((r) => (r.success ? [r.data] : []));
const byId = new Map(facts.map((f) => [f.id, f]));

const pages = loadContent();
/** Every `<Fact …/>` on a page, as its normalised attributes (`id="x" show="statement"`). */
const factTags = (page: ContentPage) =>
  [...page.body.matchAll(/<Fact\b([^>]*?)\/>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
const idOf = (attrs: string) => /\bid="([^"]*)"/.exec(attrs)?.[1];

describe('content/facts.yaml', () => {
  test('is a list of facts, each valid against the schema', () => {
    expect(Array.isArray(raw)).toBe(true);
    const problems = parsed.flatMap((r, i) =>
      r.success ? [] : r.error.issues.map((x) => `#${i} ${String((raw[i] as { id?: string }).id)}: ${x.path.join('.')}: ${x.message}`),
    );
    expect(problems).toEqual([]);
    expect(facts.length).toBeGreaterThanOrEqual(10);
  });

  test('ids are unique', () => {
    const ids = facts.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every quick-reference topic has at least one fact', () => {
    expect(factTopics.filter((t) => !facts.some((f) => f.topic === t))).toEqual([]);
  });

  test('the Chinese statements follow the house typography: “” quotes, no space before %', () => {
    const bad = facts.flatMap((f) =>
      [f.zh, f.check.zh].flatMap((s) => [
        ...(/"/.test(s) ? [`${f.id}: ASCII quote in "${s.slice(0, 30)}…"`] : []),
        ...(/\d %/.test(s) ? [`${f.id}: space before %`] : []),
      ]),
    );
    expect(bad).toEqual([]);
  });

  test('the English statements name money unambiguously (no bare ¥) and keep the Chinese term beside its gloss', () => {
    expect(facts.filter((f) => /¥/.test(f.en)).map((f) => f.id)).toEqual([]);
    // Every English statement carries at least one Chinese term or name, so the trade's word stays visible.
    expect(facts.filter((f) => !/[\u4e00-\u9fff]/.test(f.en)).map((f) => f.id)).toEqual([]);
  });

  test('sources are other sites, read no earlier than the date they speak for', () => {
    for (const f of facts) {
      const host = new URL(f.source.url).host;
      expect(host, f.id).not.toMatch(/^(127\.0\.0\.1|localhost)/);
      expect(f.checked >= f.asOf, f.id).toBe(true);
    }
  });
});

describe('FactSchema', () => {
  const valid = raw[0] as Record<string, unknown>;
  const issues = (patch: Record<string, unknown>) => {
    const r = FactSchema.safeParse({ ...valid, ...patch });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  test('accepts the first entry and keeps its dates as written', () => {
    const f = FactSchema.parse(valid);
    expect(f.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('reads a YAML date the way Astro’s parser hands it over (a Date) or a bare year (a number)', () => {
    expect(FactSchema.parse({ ...valid, asOf: new Date(Date.UTC(2024, 8, 1)) }).asOf).toBe('2024-09-01');
    expect(FactSchema.parse({ ...valid, asOf: 2024 }).asOf).toBe('2024');
  });

  test.each([
    ['an id with capitals or spaces', { id: 'Tmall fee' }, 'id'],
    ['an unknown topic', { topic: 'gossip' }, 'topic'],
    ['a source that is not a web address', { source: { ...(valid.source as object), url: 'ftp://example.org/x' } }, 'source.url'],
    ['a source without a publisher', { source: { url: 'https://example.org/', title: 'A page', lang: 'en' } }, 'source.publisher'],
    ['an as-of date that is not a date', { asOf: 'last year' }, 'asOf'],
    ['a checked day before the as-of date', { asOf: '2025-01-01', checked: '2024-12-31' }, 'checked'],
    ['a missing English statement', { en: undefined }, 'en'],
    ['where-to-check in one language only', { check: { zh: '天猫规则频道' } }, 'check.en'],
    ['an unknown field', { figure: 0.6 }, ''],
  ])('rejects %s, naming the field', (_label, patch, field) => {
    const found = issues(patch);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => m.startsWith(field))).toBe(true);
  });
});

describe('the mark <Fact> prints', () => {
  test.each([
    ['2024-07-26', 'zh-CN', '2024 年 7 月 26 日'],
    ['2024-07-26', 'en', '26 Jul 2024'],
    ['2024-08', 'zh-CN', '2024 年 8 月'],
    ['2024-08', 'en', 'Aug 2024'],
    ['2024', 'zh-CN', '2024 年'],
    ['2024', 'en', '2024'],
  ] as const)('%s in %s reads "%s"', (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });

  test('names the publisher briefly, then the as-of date; the tooltip adds the title and the checked day', () => {
    const f = byId.get('taotian-software-fee')!;
    expect(shortPublisher(f.source.publisher)).toBe('TapTechNews');
    expect(factMarkText(f, 'en')).toBe('TapTechNews · 26 Jul 2024');
    expect(factMarkText(f, 'zh-CN')).toBe('TapTechNews · 2024 年 7 月 26 日');
    expect(factTitle(f, 'en')).toContain('checked 29 Nov 2026');
    expect(factTitle(f, 'zh-CN')).toContain('2026 年 11 月 29 日核对');
  });
});

test('an unknown id stops the build with a message naming the page and the file to add it to', () => {
  // Fact.astro throws this error (verified by hand: a stray <Fact id="no-such-fact" /> fails `astro build`).
  const e = unknownFact('no-such-fact', '/en/roadmap/', ['tmall-global']);
  expect(e.message).toBe('<Fact>: unknown fact "no-such-fact" on /en/roadmap/; add it to content/facts.yaml with its source (known: tmall-global)');
});

describe('facts on the pages', () => {
  test('every <Fact> names a fact in facts.yaml and a valid display', () => {
    const bad = pages.flatMap((p) =>
      factTags(p).flatMap((attrs) => {
        const id = idOf(attrs);
        const show = /\bshow="([^"]*)"/.exec(attrs)?.[1];
        return [
          ...(!id || !byId.has(id) ? [`${p.file}: <Fact ${attrs} /> names no fact in content/facts.yaml`] : []),
          ...(show !== undefined && show !== 'statement' && show !== 'check' ? [`${p.file}: <Fact ${attrs} /> has an unknown show`] : []),
        ];
      }),
    );
    expect(bad).toEqual([]);
  });

  test('both editions of a page use the same facts, the same way', () => {
    const slugs = [...new Set(pages.map((p) => p.slug))];
    const diff = slugs.flatMap((slug) => {
      const zh = pages.find((p) => p.slug === slug && p.locale === 'zh-CN');
      const en = pages.find((p) => p.slug === slug && p.locale === 'en');
      if (!zh || !en) return [];
      const a = factTags(zh).sort();
      const b = factTags(en).sort();
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${slug}: zh ${JSON.stringify(a)} / en ${JSON.stringify(b)}`];
    });
    expect(diff).toEqual([]);
  });

  const quick = pages.filter((p) => p.slug === 'quick-reference');
  test('the quick reference exists in both editions and lists every fact', () => {
    expect(quick.map((p) => p.locale).sort()).toEqual(['en', 'zh-CN']);
    for (const page of quick) {
      const listed = new Set(factTags(page).map(idOf));
      expect(facts.filter((f) => !listed.has(f.id)).map((f) => f.id), page.file).toEqual([]);
    }
  });

  test('a page that cites present-day facts says when they were last verified, no earlier than its facts were checked', () => {
    for (const page of pages) {
      const used = factTags(page).map(idOf).flatMap((id) => (id && byId.has(id) ? [byId.get(id)!] : []));
      if (used.length === 0) continue;
      const verified = page.frontmatter.lastVerified;
      if (page.slug === 'quick-reference') expect(verified, `${page.file}: lastVerified`).toBeDefined();
      if (verified === undefined) continue;
      const day = verified instanceof Date ? verified.toISOString().slice(0, 10) : String(verified);
      const latest = used.reduce((m: Fact['checked'], f) => (f.checked > m ? f.checked : m), used[0]!.checked);
      expect(day >= latest, `${page.file}: lastVerified ${day} is before a fact was checked (${latest})`).toBe(true);
    }
  });
});

/**
 * The glossary as data (content/glossary.yaml): the schema's rules, the matcher the in-page
 * definitions and the lint use, the alias index search uses, and usage computed from the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { GlossarySchema, TermSchema, type TermInput } from '../../src/schemas/glossary';
import {
  aliasIndex,
  buildMatcher,
  findTerms,
  formPattern,
  proseOf,
  readGlossary,
  surfaceForms,
  termUsage,
  termsByGroup,
} from '../../src/lib/glossary';
import { loadContent } from './load';

const terms = readGlossary();
const pages = loadContent();
const usage = termUsage(
  terms,
  pages.map((p) => ({ locale: p.locale === 'en' ? 'en' : 'zh', slug: p.slug, body: p.body })),
);

const base: TermInput = {
  id: 'roas',
  hanzi: '投产比',
  pinyin: 'tóuchǎnbǐ',
  en: 'ROAS',
  group: 'metrics',
  def: { zh: '广告成交额与广告花费之比。', en: 'Ad-attributed sales divided by ad spend.' },
  status: { state: 'current' },
};
const issues = (data: unknown, schema: typeof TermSchema | typeof GlossarySchema = TermSchema) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('content/glossary.yaml', () => {
  test('has at least 80 terms, each used on at least one page of the site', () => {
    const unused = terms.filter((t) => {
      const u = usage.get(t.id)!;
      return u.zh.length + u.en.length === 0;
    });
    expect(unused.map((t) => t.id)).toEqual([]);
    expect(terms.length).toBeGreaterThanOrEqual(80);
  });

  test('every group of the issue has terms', () => {
    expect(termsByGroup(terms).map((g) => g.group)).toEqual(['platforms', 'fees', 'traffic', 'metrics', 'service', 'logistics', 'promotions']);
  });

  test('definitions fit a popover: at most 200 characters (zh) and 320 (en)', () => {
    const long = terms.filter((t) => [...t.def.zh].length > 200 || t.def.en.length > 320);
    expect(long.map((t) => t.id)).toEqual([]);
  });

  test('aliases named in issue 10 lead to their term', () => {
    const index = aliasIndex(terms);
    expect(
      ['双11', '双十一', 'double 11', "singles' day", '投产比', '投入产出比', 'roas', '直通车', 'zhitongche', 'ztc'].map((a) => index.get(a)),
    ).toEqual(['double-11', 'double-11', 'double-11', 'double-11', 'roas', 'roas', 'roas', 'zhitongche', 'zhitongche', 'zhitongche']);
  });

  test('every status source is a fact in content/facts.yaml', () => {
    const facts = new Set((parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'facts.yaml'), 'utf8')) as { id: string }[]).map((f) => f.id));
    expect(terms.filter((t) => t.status.fact && !facts.has(t.status.fact)).map((t) => `${t.id}: ${t.status.fact}`)).toEqual([]);
    expect(terms.some((t) => t.status.fact)).toBe(true);
  });

  test('the formula the issue quotes is there', () => {
    expect(terms.find((t) => t.id === 'break-even-roas')?.formula?.zh).toMatch(/^保本投产比 = 1 ÷ 毛利率/);
  });
});

describe('TermSchema', () => {
  test('accepts a minimal term and defaults the lists', () => {
    const t = TermSchema.parse(base);
    expect(t.aliases).toEqual({ zh: [], en: [] });
    expect(t.banned).toEqual({ zh: [], en: [] });
    expect(t.link).toBe(true);
  });

  test.each([
    ['a non-ASCII id', { id: '投产比' }, 'id: lowercase ASCII'],
    ['an unknown group', { group: 'misc' }, 'group'],
    ['a dated rename without a source', { status: { state: 'renamed', to: '天猫', year: 2012, check: { zh: '查官网。', en: 'Check.' } } }, 'status.year: a dated status needs a source'],
    ['a rename that does not say to what', { status: { state: 'renamed', check: { zh: '查官网。', en: 'Check.' } } }, 'status.to'],
    ['a retirement with neither source nor check', { status: { state: 'retired' } }, 'status.check'],
    ['an unverified status with nothing to check', { status: { state: 'unverified' } }, 'status.check'],
    ['a source that is not a fact id', { status: { state: 'retired', year: 2016, fact: 'Someone said so' } }, 'status.fact'],
    ['an unknown field', { note: 'x' }, ''],
  ])('rejects %s, naming the field', (_label, patch, expected) => {
    const found = issues({ ...base, ...patch });
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => m.startsWith(expected))).toBe(true);
  });

  test('accepts a dated retirement with a source', () => {
    expect(issues({ ...base, status: { state: 'retired', year: 2016, fact: 'paipai-closed' } })).toEqual([]);
  });
});

describe('GlossarySchema (the whole file)', () => {
  test.each([
    ['two terms with one id', [base, base], '1.id: duplicate id "roas"'],
    ['one form claimed by two terms', [base, { ...base, id: 'other', hanzi: '别的', aliases: { zh: ['投产比'] } }], '1.aliases: "投产比" is already a form of "roas"'],
    ['a see link to no term', [{ ...base, see: ['nothing'] }], '0.see.0: no term with id "nothing"'],
  ])('rejects %s', (_label, data, expected) => {
    expect(issues(data, GlossarySchema)).toContain(expected);
  });
});

describe('the term matcher', () => {
  const zh = buildMatcher(terms, 'zh');
  const en = buildMatcher(terms, 'en');

  test.each([
    ['双 11 的投放', 'zh', ['double-11']],
    ['双十一和双11', 'zh', ['double-11', 'double-11']],
    ['保本投产比是 1:3.92', 'zh', ['break-even-roas']],
    ['投入产出比（ROI）', 'zh', ['roas', 'roas']],
    ['UVs and GUV are not UV', 'en', ['uv']],
    ['Zhitongche (直通车, pay-per-click search ads)', 'en', ['zhitongche', 'zhitongche']],
    ["Double 11 (Singles' Day)", 'en', ['double-11', 'double-11']],
  ] as const)('%s', (text, locale, ids) => {
    expect(findTerms(text, locale === 'zh' ? zh : en).map((h) => h.id)).toEqual(ids);
  });

  test('an all-caps form is case-sensitive; a gloss is not', () => {
    expect(new RegExp(formPattern('UV'), 'u').test('uv')).toBe(false);
    expect(new RegExp(formPattern('Double 11'), 'u').test('double  11')).toBe(true);
  });

  test('property: a form found inside any Chinese text is found at its position', () => {
    const forms = terms.flatMap((t) => surfaceForms(t, 'zh').filter((f) => !/[A-Za-z0-9]/.test(f)).map((f) => [t.id, f] as const));
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.string({ unit: fc.constantFrom('的', '了', '在', '。', '，', ' ') }), ([id, form], pad) => {
        const hits = findTerms(`${pad}${form}${pad}`, zh);
        const at = hits.find((h) => h.index === pad.length);
        // The longest form starting there wins, so the hit is this term or one whose form contains it.
        return at !== undefined && (at.id === id || at.text.includes(form));
      }),
    );
  });
});

describe('usage is computed from the pages', () => {
  test('ROAS is used on the targets page in both editions', () => {
    expect(usage.get('roas')?.zh).toContain('targets-costs-roi');
    expect(usage.get('roas')?.en).toContain('targets-costs-roi');
  });

  test('prose leaves out link targets, code and tags but keeps aside titles', () => {
    expect(proseOf('见[直通车](../x/#zhitongche) `UV` <Src seed="002" />\n<Aside type="note" title="保证金">正文</Aside>').replace(/\s+/g, ' ').trim()).toBe(
      '见[直通车] 保证金 正文',
    );
  });
});

/**
 * The search vocabulary (src/search/terms.ts): forms found as whole words, tokens written after
 * them for the index and taken out again for the reader, queries rewritten, whole terms marked.
 * Examples from the usability review (../shared/reviews/reading-usability-2026-11.md, "Search
 * battery"): 双十一 found nothing, 保证金 marked the 金 of 现金, 客服 matched 客户 and 顾客.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { vocabularyTerms } from '../../src/search/build-index';
import {
  annotate,
  compileVocabulary,
  findForms,
  formKey,
  markPattern,
  markRuns,
  rewriteQuery,
  stripTokens,
  tokenOf,
  type Vocabulary,
} from '../../src/search/terms';
import { parse } from 'yaml';

const fixture = vocabularyTerms(parse(readFileSync(join(import.meta.dirname, '..', 'search', 'fixtures', 'glossary.yaml'), 'utf8')));
const zh = compileVocabulary(fixture['zh-cn']);
const en = compileVocabulary(fixture.en);

const found = (text: string, v: Vocabulary) => findForms(text, v).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
const marked = (text: string, marks: string[]) =>
  markRuns(text, markPattern(marks))
    .filter((r) => r.mark)
    .map((r) => r.text);

describe('tokens', () => {
  test('are plain ASCII words that no segmenter splits, and none is a prefix of another', () => {
    expect(tokenOf('double-11')).toBe('double11yytq');
    const segments = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(`双11 ${tokenOf('double-11')}大促`)].map((s) => s.segment);
    expect(segments).toContain('double11yytq');
    expect(() => compileVocabulary([{ id: 'ab', forms: ['甲'] }, { id: 'abyytqab', forms: ['乙'] }])).toThrow(/clash/);
  });

  test('a form claimed by two terms is refused', () => {
    expect(() => compileVocabulary([{ id: 'a', forms: ['ROI'] }, { id: 'b', forms: ['roi'] }])).toThrow(/belongs to both/);
  });

  test('an empty vocabulary finds nothing and rewrites nothing', () => {
    const none = compileVocabulary([]);
    expect(findForms('保证金', none)).toEqual([]);
    expect(rewriteQuery('保证金', none)).toEqual({ text: '保证金', terms: [], marks: ['保证金'] });
  });
});

describe('forms are found as words', () => {
  test('Han terms inside running text, not across two words', () => {
    expect(found('客服标准与售后处理', zh)).toEqual(['客服=customer-service', '售后=after-sales']);
    // ICU cuts 客|服部: the cut before 客服 is enough.
    expect(found('客服部分成两组', zh)).toEqual(['客服=customer-service']);
    // 顾客|服务 and 乘客|服务: 客服 straddles two words, it is not the term.
    expect(found('顾客服务与乘客服务', zh)).toEqual([]);
  });

  test('the longest form wins, and prose spacing does not matter', () => {
    expect(found('双 11 和双11、双十一', zh)).toEqual(['双 11=double-11', '双11=double-11', '双十一=double-11']);
    expect(found('投入产出比和投产比', zh)).toEqual(['投入产出比=roas', '投产比=roas']);
  });

  test('spaced words: whole words, any case, apostrophes and plurals', () => {
    expect(found("Singles' Day, singles’ day and Singles Day", en)).toEqual(["Singles' Day=double-11", 'singles’ day=double-11', 'Singles Day=double-11']);
    expect(found('two deposits, no depositary', en)).toEqual(['deposits=deposit']);
    expect(found('Double-11 and DOUBLE 11 and double 110', en)).toEqual(['Double-11=double-11', 'DOUBLE 11=double-11']);
    expect(found('run 直通车 (ZTC)', en)).toEqual(['直通车=ztc', 'ZTC=ztc']);
  });

  test('formKey ignores case, spaces, hyphens and apostrophes', () => {
    expect(formKey("Singles' Day")).toBe(formKey('singles day'));
    expect(formKey('双 11')).toBe(formKey('双11'));
  });
});

describe('indexed text and what the reader sees', () => {
  test('a token follows every form, and stripping restores the text', () => {
    const text = '入驻要交保证金和年费，保证金关店时退回。';
    const indexed = annotate(text, zh);
    expect(indexed.match(/deposityytq/g)).toHaveLength(2);
    expect(stripTokens(indexed)).toBe(text);
    const english = 'The deposit is not a cost; Double 11 spend.';
    expect(stripTokens(annotate(english, en))).toBe(english);
  });

  test('Pagefind excerpts lose their tokens and zero-width separators', () => {
    expect(stripTokens('押在平台、退出时可以拿回的（保证金 deposityytq ）。')).toBe('押在平台、退出时可以拿回的（保证金）。');
    expect(stripTokens('现金\u200b与\u200b保证\u200b金 deposityytq \u200b把费用')).toBe('现金与保证金把费用');
    expect(stripTokens('plans Double 11 double11yytq spend')).toBe('plans Double 11 spend');
  });

  test('property: annotate then strip keeps every non-space character, in order', () => {
    const pieces = fc.constantFrom('保证金', '客服', '双 11', '双十一', '投产比', '顾客服务', '现金', '金', 'deposit', 'Double 11', ' ', '，', '。', 'abc', '1');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const v of [zh, en]) {
          const indexed = annotate(text, v);
          expect(stripTokens(indexed).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          // One token per form found.
          expect((indexed.match(/[a-z0-9]+yytq/g) ?? []).length).toBe(findForms(text, v).length);
        }
      }),
    );
  });
});

describe('queries', () => {
  test('双十一, 双11 and Singles’ Day search the same token (the review: 双十一 found nothing)', () => {
    expect(rewriteQuery('双十一', zh).text).toBe('double11yytq');
    expect(rewriteQuery('双11', zh).text).toBe('double11yytq');
    expect(rewriteQuery("Singles' Day", en).text).toBe('double11yytq');
    expect(rewriteQuery('双十一', zh).marks).toEqual(['双11', '双十一']);
  });

  test('known terms become tokens, the rest stays as typed and is marked whole', () => {
    expect(rewriteQuery('保证金退还', zh)).toEqual({ text: 'deposityytq 退还', terms: ['deposit'], marks: ['保证金', '退还'] });
    expect(rewriteQuery(' 新店  第一个月 ', zh)).toEqual({ text: '新店 第一个月', terms: [], marks: ['新店', '第一个月'] });
    expect(rewriteQuery('“投产比”', zh).text).toBe('“ roasyytq ”');
  });
});

describe('marks', () => {
  test('保证金 marks 保证金, never the 金 of 现金 or 佣金 (the review counted 105 single-character marks)', () => {
    expect(marked('现金、佣金和保证金', rewriteQuery('保证金', zh).marks)).toEqual(['保证金']);
  });

  test('a spaced word marks the whole word it starts; forms match as prose writes them', () => {
    expect(marked('Conversion rates and reconversion', ['convers'])).toEqual(['Conversion']);
    expect(marked('对双 11 的安排', ['双11'])).toEqual(['双 11']);
  });

  test('property: marked runs put the text back together', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }), (text, marks) => {
        expect(
          markRuns(text, markPattern(marks))
            .map((r) => r.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

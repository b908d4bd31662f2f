/**
 * The copy of a page the search indexer gives Pagefind (src/search/build-index.ts with
 * src/search/html-text.ts): tokens after glossary forms in the text of the body, and nothing else
 * changed: not the markup, not attributes, not scripts, not the <head>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { headingPhrases, indexedCopy, pageLanguage, searchForms, vocabularyTerms } from '../../src/search/build-index';
import { decodeText, encodeText, mapText } from '../../src/search/html-text';
import { compileVocabulary, phraseId, rewriteQuery, stripTokens } from '../../src/search/terms';

const fixture = vocabularyTerms(parse(readFileSync(join(import.meta.dirname, '..', 'search', 'fixtures', 'glossary.yaml'), 'utf8')));
const zh = compileVocabulary(fixture['zh-cn']);

describe('mapText', () => {
  test('rewrites text nodes only: tags, attributes (even holding ">"), comments and raw elements stay', () => {
    const html =
      '<p title="保证金 > 现金" data-x=\'a>b\'>保证金<b>客服</b></p><!-- 保证金 --><script>var s="保证金<p>"</script>' +
      '<style>p::after{content:"客服"}</style><svg><text>客服</text><svg></svg><text>售后</text></svg><textarea>保证金</textarea>尾';
    const out = mapText(html, (t) => `[${t}]`);
    expect(out).toBe(
      '<p title="保证金 > 现金" data-x=\'a>b\'>[保证金]<b>[客服]</b></p><!-- 保证金 --><script>var s="保证金<p>"</script>' +
        '<style>p::after{content:"客服"}</style><svg><text>客服</text><svg></svg><text>售后</text></svg><textarea>保证金</textarea>[尾]',
    );
  });

  test('text is decoded for the callback and encoded again; untouched text keeps its bytes', () => {
    expect(mapText('<p>A &amp; B &lt;x&gt; &#20013;&#x6587;&nbsp;</p>', (t) => t)).toBe('<p>A &amp; B &lt;x&gt; &#20013;&#x6587;&nbsp;</p>');
    expect(mapText('<p>A &amp; B</p>', (t) => `${t}!`)).toBe('<p>A &amp; B!</p>');
    expect(decodeText('&quot;&#39;&apos;&copy;')).toBe('"\'\'&copy;');
    expect(encodeText('<a&b>')).toBe('&lt;a&amp;b&gt;');
  });

  test('property: the identity callback leaves any markup unchanged', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<a href="x>y">', '<!--c-->', '<script>1<2</script>', 'text', '&amp;', '保证金', ' ', '<br/>', "<i title='>'>");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const html = parts.join('');
        expect(mapText(html, (t) => t)).toBe(html);
      }),
    );
  });
});

describe('indexedCopy', () => {
  const page =
    '<!doctype html><html lang="zh-CN"><head><title>保证金 · 运营手册</title><meta name="description" content="保证金"></head>' +
    '<body><article data-pagefind-body><h1>入驻费用与保证金</h1><h2 id="deposit">保证金</h2><p>保证金不是成本。<a href="/x/" title="客服">顾客服务</a></p></article></body></html>';

  test('tokens go after forms in the body text, never into the head, attributes or other words', () => {
    const { html, tokens } = indexedCopy(page, zh);
    expect(tokens).toBe(3);
    expect(html.slice(0, html.indexOf('<body>'))).toBe(page.slice(0, page.indexOf('<body>')));
    expect(html).toContain('<h2 id="deposit">保证金 deposityytq </h2>');
    expect(html).toContain('title="客服">顾客服务</a>');
    // What a reader would see of the indexed copy is the page's text.
    const text = (h: string) => h.replace(/<[^>]+>/g, '');
    expect(stripTokens(text(html))).toBe(text(page));
  });

  test('without a vocabulary the page goes to Pagefind as built', () => {
    expect(indexedCopy(page, undefined)).toEqual({ html: page, tokens: 0 });
  });

  test('the language is the one Pagefind keys its index by', () => {
    expect(pageLanguage(page)).toBe('zh-cn');
    expect(pageLanguage('<html class="x" lang="en" data-base="/">')).toBe('en');
  });
});

describe('heading phrases (Chinese topics the browser segmenter cuts apart)', () => {
  const page = (h: string) => `<html lang="zh-CN"><body><article data-pagefind-body><h1>开店第一个月：按天排好的清单</h1>${h}</article></body></html>`;

  test('the Han runs of titles and headings that ICU splits, up to six characters, minus glossary forms', () => {
    const phrases = headingPhrases(
      [page('<h2 id="a">第一个月：选定主推款<span class="visually-hidden">本节链接</span></h2><h3 id="b">保证金</h3><h2 id="c">处理</h2><h2 id="d">一个山区乡的处境</h2>')],
      (f) => f === '保证金',
    ).map((t) => t.forms[0]);
    // 第一个月 (第|一个|月) and 选定主推款 are in; 保证金 is a glossary form; 处理 is one ICU word;
    // 一个山区乡的处境 is longer than six; visually hidden labels are not heading text.
    expect(phrases).toContain('第一个月');
    expect(phrases).toContain('选定主推款');
    expect(phrases).not.toContain('保证金');
    expect(phrases).not.toContain('处理');
    expect(phrases).not.toContain('一个山区乡的处境');
    expect(phrases).not.toContain('本节链接');
  });

  test('a phrase searches its token, the same in the indexer and in the browser (FNV-1a id)', () => {
    const [t] = headingPhrases([page('')], () => false).filter((x) => x.forms[0] === '开店第一个月');
    expect(t?.id).toBe(phraseId('开店第一个月'));
    const v = compileVocabulary([{ id: phraseId('第一个月'), forms: ['第一个月'] }]);
    expect(rewriteQuery('第一个月', v).text).toBe(`${phraseId('第一个月')}yytq`);
    // Found inside a longer title, where ICU cuts before it (开店|第一个|月).
    expect(annotateCount('开店第一个月：按天排好的清单', v)).toBe(1);
  });
});

describe('glossary forms for search', () => {
  test('a gloss loses its bracketed explanation; one Han character alone is not a form', () => {
    expect(searchForms(['Zhitongche (pay-per-click search ads)', '直通车'])).toEqual(['Zhitongche (pay-per-click search ads)', 'Zhitongche', '直通车']);
    expect(searchForms(['元', '人民币'])).toEqual(['人民币']);
  });
});

function annotateCount(text: string, v: ReturnType<typeof compileVocabulary>): number {
  return (indexedCopy(`<body><p>${text}</p></body>`, v).tokens);
}

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
import { indexedCopy, pageLanguage, vocabularyTerms } from '../../src/search/build-index';
import { decodeText, encodeText, mapText } from '../../src/search/html-text';
import { compileVocabulary, stripTokens } from '../../src/search/terms';

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

/**
 * The header rules of src/integrations/deploy-headers.ts on made-up trees: whatever the files, each
 * gets exactly one Cache-Control rule (hosts join the values of overlapping rules), of the right kind.
 * The real dist/ is checked by test/build/headers.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cacheClass, cacheControl, cacheRules, metaPolicy, parseHeadersFile, renderHeadersFile, ruleMatches } from '../../src/integrations/deploy-headers';

const urlsOf = (f: string, base: string) => [`${base}${f}`, ...(f === 'index.html' ? [base] : f.endsWith('/index.html') ? [`${base}${f.slice(0, -10)}`] : [])];

describe('cacheRules', () => {
  test('one rule per homogeneous folder, split where a folder mixes hashed and unhashed files', () => {
    const files = ['index.html', '_astro/a.B1c2D3e4.js', 'en/index.html', 'en/x/index.html', 'pagefind/pagefind.js', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/pagefind.en_12ab.pf_meta'];
    const rules = cacheRules(files).map((r) => `${r.path} ${r.headers[0]![1] === cacheControl.immutable ? 'immutable' : 'revalidate'}`).sort();
    expect(rules).toEqual(
      [
        '/index.html revalidate',
        '/ revalidate',
        '/_astro/* immutable',
        '/en/* revalidate',
        '/pagefind/pagefind.en_12ab.pf_meta immutable',
        '/pagefind/pagefind.js revalidate',
        '/pagefind/fragment/* immutable',
      ].sort(),
    );
  });

  test('any tree: every file matches exactly one rule, and it is the file’s own class (property)', () => {
    const segment = fc.constantFrom('_astro', 'en', 'pagefind', 'fragment', 'index', 'calculators', 'x');
    const name = fc.constantFrom('index.html', 'a.js', 'b.C1d2E3f4.css', 'pagefind.en_1a.pf_meta', 'y.csv');
    const file = fc.tuple(fc.array(segment, { maxLength: 3 }), name).map(([dirs, n]) => [...dirs, n].join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(file, { minLength: 1, maxLength: 25 }), fc.constantFrom('/', '/yunying/'), (files, base) => {
        const rules = cacheRules(files, base);
        for (const f of files) {
          for (const u of urlsOf(f, base)) {
            const matching = rules.filter((r) => ruleMatches(r.path, u));
            expect(matching, `${u} in ${JSON.stringify(files)}`).toHaveLength(1);
            expect(matching[0]!.headers[0]![1]).toBe(cacheControl[cacheClass(f)]);
          }
        }
      }),
    );
  });
});

describe('_headers text', () => {
  test('renders and parses back', () => {
    const rules = [{ path: '/*', headers: [['X-A', 'b; c'] as [string, string]] }, { path: '/_astro/*', headers: [['Cache-Control', cacheControl.immutable] as [string, string]] }];
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  test('a header line outside a path block, or a path without a slash, is an error naming the line', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('_astro/*\n  X-A: b\n')).toThrow(/line 1: a path must start/);
  });

  test('the meta policy is read back as the browser sees it', () => {
    expect(metaPolicy(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;script-src  &#39;self&#39;;">`)).toBe(
      "default-src 'self'; script-src 'self'",
    );
  });
});

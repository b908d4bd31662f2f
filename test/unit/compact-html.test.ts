/**
 * The post-build HTML rewrites of src/integrations/compact-html.ts: island props in single
 * quotes (same attribute value, fewer bytes), a per-page script-src listing only the hashes
 * of the page's own inline scripts, Astro's island runtime moved to a file, and stylesheets inline
 * where that saves a round trip. The built site is
 * checked by test/build/security.test.ts and, in Chromium, test/e2e/calculators.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  addStyleHashes,
  compactHtml,
  externalizeIslandRuntime,
  FIRST_ROUND_TRIP_BYTES,
  fitsFirstRoundTrip,
  inlineScriptHashes,
  inlineStylesheets,
  islandRuntime,
  runtimeFile,
  singleQuoteIslandProps,
  stylesheetLinks,
  trimScriptHashes,
} from '../../src/integrations/compact-html';
import { Window } from 'happy-dom';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** The value of an attribute as a browser reads it. */
function attribute(html: string, selector: string, name: string): string | null {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document.querySelector(selector)?.getAttribute(name) ?? null;
}

test('island props and opts change quotes, and a browser reads the same value', () => {
  const value = '{"locale":[0,"zh-CN"],"note":[0,"it\'s <b>&amp; \\"x\\""]}';
  const escaped = value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  const before = `<astro-island uid="Z1" props="${escaped}" client="visible" opts="{&quot;name&quot;:&quot;P&quot;}"><form></form></astro-island>`;
  const after = singleQuoteIslandProps(before);
  expect(after).toContain(`props='{"locale":[0,"zh-CN"]`);
  expect(after).toContain(`opts='{"name":"P"}'`);
  expect(after).toContain('uid="Z1"');
  expect(after.length).toBeLessThan(before.length);
  expect(attribute(after, 'astro-island', 'props')).toBe(value);
  expect(attribute(after, 'astro-island', 'opts')).toBe('{"name":"P"}');
});

test('only astro-island tags are touched', () => {
  const html = '<div props="{&quot;a&quot;:1}"></div><p>props="x"</p>';
  expect(singleQuoteIslandProps(html)).toBe(html);
});

test("script-src keeps 'self', other sources and the hashes of the page's inline scripts only", () => {
  const theme = 'var t=1;';
  const island = 'customElements.define("astro-island")';
  const unused = 'astro:only';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash(unused)} ${hash(island)}; style-src 'self' ${hash(unused)};`;
  const html = `<head><meta http-equiv="content-security-policy" content="${policy}"><script>${theme}</script></head><body><script>${island}</script><script type="module" src="/a.js"></script></body>`;
  const out = trimScriptHashes(html);
  const content = out.match(/content="([^"]*)"/)![1]!;
  expect(content).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash(island)};`);
  expect(content.match(/script-src[^;]*/)![0]).not.toContain(hash(unused));
  // Style hashes stay: styles can be inserted at run time.
  expect(content).toContain(`style-src 'self' ${hash(unused)}`);
  expect(content).toMatch(/^default-src 'self';/);
});

test('a page without a policy or without inline scripts is left as it is, apart from unused hashes', () => {
  expect(compactHtml('<p>no policy</p>')).toBe('<p>no policy</p>');
  const html = `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash('x')}">`;
  expect(compactHtml(html)).toBe(`<meta http-equiv="content-security-policy" content="script-src 'self'">`);
});

test('given the site-wide set, every page keeps the same script hashes: one policy a header can repeat', () => {
  const theme = 'var t=1;';
  const island = 'customElements.define("astro-island")';
  const unused = 'astro:only';
  const policy = `script-src 'self' ${hash(theme)} ${hash(unused)} ${hash(island)}`;
  const reading = `<meta http-equiv="content-security-policy" content="${policy}"><script>${theme}</script>`;
  const calculator = `${reading}<script>${island}</script>`;
  const keep = new Set([...inlineScriptHashes(reading), ...inlineScriptHashes(calculator)]);
  const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];
  expect(policyOf(compactHtml(reading, keep))).toBe(policyOf(compactHtml(calculator, keep)));
  expect(policyOf(compactHtml(reading, keep))).toBe(`script-src 'self' ${hash(theme)} ${hash(island)}`);
});

describe('the island runtime as a file', () => {
  const runtime = '(()=>{class f extends HTMLElement{};customElements.get("astro-island")||customElements.define("astro-island",f)})();';
  const directive = '(()=>{(self.Astro||(self.Astro={})).calc=()=>{}})();';
  const page = `<head><script>var t=1;</script></head><body><script>${directive}</script><script>${runtime}</script><astro-island uid="a" client="calc"></astro-island></body>`;

  test('is found, and only the script that defines <astro-island> is', () => {
    expect(islandRuntime(page)?.code).toBe(runtime);
    expect(islandRuntime('<script>var t=1;</script><script type="module" src="/x.js"></script>')).toBeUndefined();
  });

  test('replaces the inline runtime with a deferred script after the directive, which stays inline', () => {
    const out = externalizeIslandRuntime(page, '/base/_astro/island-runtime.abc.js');
    expect(out).toBe(page.replace(`<script>${runtime}</script>`, '<script defer src="/base/_astro/island-runtime.abc.js"></script>'));
    expect(out.indexOf(directive)).toBeLessThan(out.indexOf('island-runtime'));
    expect(externalizeIslandRuntime('<p>reading page</p>', '/x.js')).toBe('<p>reading page</p>');
  });

  test("names its file by content, and the policy then drops the runtime's hash", () => {
    expect(runtimeFile(runtime)).toMatch(/^island-runtime\.[0-9a-f]{10}\.js$/);
    expect(runtimeFile(runtime)).not.toBe(runtimeFile(`${runtime} `));
    const policy = `script-src 'self' ${hash('var t=1;')} ${hash(directive)} ${hash(runtime)}`;
    const out = compactHtml(externalizeIslandRuntime(`<meta http-equiv="content-security-policy" content="${policy}">${page}`, '/r.js'));
    expect(out).toContain(`content="script-src 'self' ${hash('var t=1;')} ${hash(directive)}"`);
  });
});

describe('stylesheets inline where that saves a round trip', () => {
  /** Text gzip can barely shrink (base64 of hashes), `bytes` long. */
  const noise = (bytes: number, seed = 'n') => {
    let out = '';
    for (let i = 0; out.length < bytes; i++) out += createHash('sha256').update(`${seed}${i}`).digest('base64');
    return out.slice(0, bytes);
  };
  const gz = (s: string) => gzipSync(s, { level: 6 }).length;
  const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
  const page = (body: string) => `<head>${policy}<link rel="stylesheet" href="/b/_astro/pages.1.css"><link rel="stylesheet" href="/b/_astro/calc.2.css"></head><body>${body}</body>`;
  const css = new Map([
    ['pages.1.css', `body{color:red}/*${noise(2_000, 'p')}*/`],
    ['calc.2.css', '.calc{content:"$& $1"}'],
  ]);
  const hashes = [...css.values()].map(hash);

  test('finds the stylesheets under the assets folder, and no others', () => {
    const html = `${page('')}<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="stylesheet" href="/other/y.css">`;
    expect(stylesheetLinks(html, '/b/_astro/').map((l) => l.file)).toEqual(['pages.1.css', 'calc.2.css']);
  });

  test('a short page gets its CSS in place of the links, in order, byte for byte, with their hashes', () => {
    const html = page('<p>短页面</p>');
    const out = inlineStylesheets(html, '/b/_astro/', css, hashes);
    const links = '<link rel="stylesheet" href="/b/_astro/pages.1.css"><link rel="stylesheet" href="/b/_astro/calc.2.css">';
    expect(out.html).toBe(html.replace(links, () => `<style>${css.get('pages.1.css')}</style><style>.calc{content:"$& $1"}</style>`));
    expect(out.inlined).toEqual(hashes);
    expect(fitsFirstRoundTrip(addStyleHashes(out.html, out.inlined))).toBe(true);
  });

  test('a page that fits the first round trip only with links keeps them', () => {
    const html = page(noise(17_500));
    expect(gz(html)).toBeLessThan(FIRST_ROUND_TRIP_BYTES - 1_000);
    expect(gz(html) + 1_500).toBeGreaterThan(FIRST_ROUND_TRIP_BYTES);
    expect(inlineStylesheets(html, '/b/_astro/', css, hashes)).toEqual({ html, inlined: [] });
  });

  test('a page already past the first round trip carries its CSS: its second round trip has room', () => {
    const html = page(noise(20_000));
    expect(fitsFirstRoundTrip(html)).toBe(false);
    const out = inlineStylesheets(html, '/b/_astro/', css, hashes);
    expect(out.html).not.toContain('<link rel="stylesheet"');
    expect(out.inlined).toEqual(hashes);
  });

  test('a page without stylesheets, or whose stylesheets are unknown, is left alone', () => {
    expect(inlineStylesheets('<p>x</p>', '/b/_astro/', css, hashes)).toEqual({ html: '<p>x</p>', inlined: [] });
    const other = '<link rel="stylesheet" href="/b/_astro/new.9.css">';
    expect(inlineStylesheets(other, '/b/_astro/', css, hashes)).toEqual({ html: other, inlined: [] });
  });

  test('the decision weighs the policy with every hash the site might list: a page it tips over is inlined', () => {
    // The smallest page that, with the hashes in its policy, no longer fits with links.
    let n = 17_000;
    while (fitsFirstRoundTrip(addStyleHashes(page(noise(n)), hashes))) n += 10;
    const html = page(noise(n));
    expect(fitsFirstRoundTrip(html)).toBe(true); // it would fit under the bare policy
    expect(inlineStylesheets(html, '/b/_astro/', css, hashes).inlined).toEqual(hashes);
  });

  test('style hashes join style-src once; script-src and a page without a policy are untouched', () => {
    const out = addStyleHashes(addStyleHashes(policy, hashes), hashes);
    expect(out).toContain(`style-src 'self' ${hashes.join(' ')}"`);
    expect(out).toContain("script-src 'self';");
    expect(addStyleHashes('<p>no policy</p>', hashes)).toBe('<p>no policy</p>');
    expect(addStyleHashes(policy, [])).toBe(policy);
  });
});

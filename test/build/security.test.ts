/**
 * The Content-Security-Policy in dist/ (astro.config.mjs `security.csp`, written by Astro into
 * every page as <meta http-equiv>): present and early on every page, strict (no 'unsafe-inline',
 * no 'unsafe-eval', no other host), allowing what Pagefind needs ('wasm-unsafe-eval', blob:
 * workers), and covering every inline script and style by its hash. Markup that a strict policy
 * would block (on* handler attributes, style="" attributes, javascript: URLs) is absent.
 * The browser side (nothing trips the policy at run time) is in test/e2e/security.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { distDir } from '../e2e/helpers';

interface Page {
  path: string;
  html: string;
  policy: Map<string, string[]>;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name));
    return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
  });
}

/** The policy of a page as directive -> sources; empty when the page has none. */
function parsePolicy(html: string): Map<string, string[]> {
  const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  const policy = new Map<string, string[]>();
  if (!meta) return policy;
  for (const part of meta[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const pages: Page[] = [];
beforeAll(() => {
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    pages.push({ path: relative(distDir, file), html, policy: parsePolicy(html) });
  }
  expect(pages.length).toBeGreaterThan(0);
});

describe('Content-Security-Policy', () => {
  test('every page has exactly one, in <head>, before any stylesheet or module script', () => {
    const bad: string[] = [];
    for (const { path, html } of pages) {
      const metas = html.match(/<meta http-equiv="content-security-policy"/gi) ?? [];
      if (metas.length !== 1) {
        bad.push(`${path}: ${metas.length} CSP <meta> elements`);
        continue;
      }
      const at = html.search(/<meta http-equiv="content-security-policy"/i);
      const headEnd = html.indexOf('</head>');
      const firstStylesheet = html.search(/<link[^>]+rel="stylesheet"|<style\b/);
      const firstModule = html.search(/<script[^>]+type="module"/);
      if (at > headEnd) bad.push(`${path}: CSP <meta> outside <head>`);
      if (firstStylesheet !== -1 && firstStylesheet < at) bad.push(`${path}: a stylesheet comes before the CSP`);
      if (firstModule !== -1 && firstModule < at) bad.push(`${path}: a module script comes before the CSP`);
    }
    expect(bad).toEqual([]);
  });

  test('is strict: self only, no unsafe-inline or unsafe-eval, no other host', () => {
    const bad: string[] = [];
    for (const { path, policy } of pages) {
      const script = policy.get('script-src') ?? [];
      const style = policy.get('style-src') ?? [];
      const expectations: [string, boolean][] = [
        ["default-src 'self'", policy.get('default-src')?.join(' ') === "'self'"],
        ["object-src 'none'", policy.get('object-src')?.join(' ') === "'none'"],
        ["base-uri 'self'", policy.get('base-uri')?.join(' ') === "'self'"],
        ["script-src 'self'", script.includes("'self'")],
        ["script-src 'wasm-unsafe-eval' (Pagefind's WebAssembly)", script.includes("'wasm-unsafe-eval'")],
        ["worker-src 'self' blob: (Pagefind's worker)", ["'self'", 'blob:'].every((s) => policy.get('worker-src')?.includes(s))],
        ['no unsafe-inline in script-src', !script.includes("'unsafe-inline'")],
        ['no unsafe-eval in script-src', !script.includes("'unsafe-eval'")],
        ['no unsafe-hashes in script-src', !script.includes("'unsafe-hashes'")],
        ['no unsafe-inline in style-src', !style.includes("'unsafe-inline'")],
        ['no script-src-attr/-elem loosening', !policy.has('script-src-attr') && !policy.has('script-src-elem')],
      ];
      for (const [what, ok] of expectations) if (!ok) bad.push(`${path}: ${what}`);
      for (const [directive, sources] of policy) {
        for (const s of sources) {
          if (/^(https?:|\*|data:)/.test(s) && !(directive === 'img-src' && s === 'data:')) bad.push(`${path}: ${directive} allows ${s}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('lists the hash of every inline script and style on the page', () => {
    const missing: string[] = [];
    for (const { path, html, policy } of pages) {
      const scriptSources = policy.get('script-src') ?? [];
      const styleSources = policy.get('style-src') ?? [];
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1]!;
        if (/\ssrc=/.test(attrs)) continue;
        const type = attrs.match(/\stype="([^"]*)"/)?.[1];
        if (type && !/^(module|text\/javascript)$/.test(type)) continue; // data blocks do not run
        if (!scriptSources.includes(sha256(m[2]!))) missing.push(`${path}: inline <script${attrs}> (${m[2]!.trim().slice(0, 40)}…)`);
      }
      for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
        if (!styleSources.includes(sha256(m[1]!))) missing.push(`${path}: inline <style> (${m[1]!.trim().slice(0, 40)}…)`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('lists no script hash that no page uses, and every page carries the same policy (src/integrations/compact-html.ts)', () => {
    // One site-wide policy: the response header of dist/_headers repeats it (plus frame-ancestors).
    const used = new Set(pages.flatMap(({ html }) => [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!))));
    const unused: string[] = [];
    for (const { path, policy } of pages) {
      for (const s of policy.get('script-src') ?? []) if (s.startsWith("'sha") && !used.has(s)) unused.push(`${path}: ${s}`);
    }
    expect(unused).toEqual([]);
    const policies = new Set(pages.map(({ policy }) => JSON.stringify([...policy])));
    expect(policies.size).toBe(1);
  });
});

test('no markup that a strict policy would block or that runs script from an attribute', () => {
  const bad: string[] = [];
  for (const { path, html } of pages) {
    for (const m of html.matchAll(/<([a-z][\w-]*)\b[^>]*?\s(on[a-z]+)=/gi)) bad.push(`${path}: <${m[1]} ${m[2]}=…>`);
    for (const m of html.matchAll(/<([a-z][\w-]*)\b[^>]*?\sstyle="/gi)) bad.push(`${path}: <${m[1]} style="…"> (blocked by style-src)`);
    for (const m of html.matchAll(/\s(?:href|src|action|formaction)="\s*javascript:/gi)) bad.push(`${path}: ${m[0].trim()}`);
  }
  expect(bad).toEqual([]);
});

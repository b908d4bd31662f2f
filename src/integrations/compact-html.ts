/**
 * Two rewrites of the built HTML that make every page smaller without changing what it does.
 * Both matter for one reason: a page whose HTML fits the first TCP round trip (about 14.6 KB
 * gzip with its headers) paints a round trip sooner. The payback calculator page was 0.4 KB over.
 *
 * 1. Island props in single quotes. Astro writes `props="[0,&quot;zh-CN&quot;]"`: every quote
 *    of the JSON becomes six characters. `props='[0,"zh-CN"]'` is the same attribute value
 *    (Astro already writes `'` as `&#39;`), and saves about 0.4 KB gzip on a calculator page.
 * 2. One Content-Security-Policy for the whole site, without dead hashes. Astro puts the hash of
 *    every script it might inline (the island runtime, all five hydration directives, our theme
 *    script) into every page's policy. The policy now lists only the hashes of inline scripts
 *    that some page of the site carries: 40 incompressible bytes less per dead hash. It stays the
 *    same on every page so that one response header (dist/_headers, written by
 *    deploy-headers.ts) can equal it and add `frame-ancestors`, which a meta policy cannot say.
 *    Style hashes are left alone.
 *
 * test/build/security.test.ts checks every inline script of dist/ against its page's policy;
 * test/e2e/security.test.ts runs pages, search and islands in Chromium and fails on a violation.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Rewrites island JSON attributes into single quotes (see above). */
export function singleQuoteIslandProps(html: string): string {
  // Astro escapes < > & " ' in attribute values, so no `>` occurs inside the start tag's values.
  return html.replace(/<astro-island\b[^>]*>/g, (tag: string) =>
    tag.replace(/(\s(?:props|opts)=)"([^"]*)"/g, (_: string, name: string, value: string) => `${name}'${value.replaceAll("'", '&#39;').replaceAll('&quot;', '"')}'`),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of a page's inline scripts, as CSP sources. */
export function inlineScriptHashes(html: string): Set<string> {
  return new Set([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? '')));
}

/**
 * Keeps in the page's `script-src` only the hashes in `keep` (by default, the page's own inline
 * scripts; the build passes the union over all pages).
 */
export function trimScriptHashes(html: string, keep: ReadonlySet<string> = inlineScriptHashes(html)): string {
  const inline = keep;
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_: string, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      if (name !== 'script-src') return d;
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || inline.has(s));
      return `${d.match(/^\s*/)?.[0] ?? ''}${[name, ...kept].join(' ')}`;
    });
    return `${open}${directives.join(';')}${close}`;
  });
}

/** Both rewrites; `keep` is the set of script hashes the site's policy keeps. */
export function compactHtml(html: string, keep?: ReadonlySet<string>): string {
  return trimScriptHashes(singleQuoteIslandProps(html), keep);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export const compactHtmlIntegration: AstroIntegration = {
  name: 'yunying:compact-html',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const files = await htmlFiles(fileURLToPath(dir));
      const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
      const keep = new Set(pages.flatMap((p) => [...inlineScriptHashes(p.html)]));
      for (const { file, html } of pages) {
        const out = compactHtml(html, keep);
        if (out !== html) await writeFile(file, out);
      }
    },
  },
};

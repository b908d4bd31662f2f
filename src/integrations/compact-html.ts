/**
 * Four rewrites of the built HTML that make pages arrive sooner without changing what they do.
 * All matter for one reason: a page whose HTML fits the first TCP round trip (about 14.6 KB
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
 *    Style hashes: see rewrite 4.
 * 3. Astro's island runtime (the script that defines `<astro-island>`, 1.8 KB gzip) as one file,
 *    `_astro/island-runtime.<hash>.js` (Astro's assets folder, under the base path), loaded with `defer`, instead of inline in every page with
 *    a calculator. Islands are custom elements: those parsed before the definition runs are
 *    upgraded when it does, and the calculator directive (inline, before it) is already there.
 *    It is cached once for the site; inline, it cost three calculator pages a round trip
 *    (Lighthouse mobile LCP, median of 3 warm runs: payback 1,058 -> 912 ms, ROAS 1,059 -> 908,
 *    entry cost 1,056 -> 906, their HTML 15.1-15.4 KB -> 13.3-13.5 KB gzip).
 * 4. A page's stylesheets inline, in a `<style>` where the `<link>` was, unless that alone would
 *    push its HTML past the first round trip. Lighthouse's LCP waits for the whole document and
 *    then for the stylesheet, one round trip each. A page whose HTML is past the first window
 *    already pays a second one, and its CSS can ride in it: one round trip less. A short page
 *    whose HTML and CSS both fit the first window gets its CSS with the text. Only the pages in
 *    between, which fit the first window with a link but not with the CSS, keep the link, so
 *    they stay at one round trip plus the cached stylesheet. Their style hashes join the policy.
 *
 * test/build/security.test.ts checks every inline script of dist/ against its page's policy;
 * test/e2e/security.test.ts runs pages, search and islands in Chromium and fails on a violation.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
  return editDirective(html, 'script-src', (sources) => sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || keep.has(s)));
}

/** Rewrites the sources of one directive of the page's policy `<meta>` (rewrites 2 and 4). */
function editDirective(html: string, directive: string, edit: (sources: string[]) => string[]): string {
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_: string, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      if (name !== directive) return d;
      return `${d.match(/^\s*/)?.[0] ?? ''}${[name, ...edit(sources)].join(' ')}`;
    });
    return `${open}${directives.join(';')}${close}`;
  });
}

/** The inline script that defines `<astro-island>`, if the page has one. */
export function islandRuntime(html: string): { tag: string; code: string } | undefined {
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (/customElements\.define\("astro-island"/.test(m[1] ?? '')) return { tag: m[0], code: m[1] ?? '' };
  }
  return undefined;
}

/** The island runtime's file name: its content hash, so a new runtime never meets an old cache. */
export const runtimeFile = (code: string) => `island-runtime.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;

/** Replaces the inline island runtime with `<script defer src>` of `src` (rewrite 3). */
export function externalizeIslandRuntime(html: string, src: string): string {
  const runtime = islandRuntime(html);
  return runtime ? html.replace(runtime.tag, `<script defer src="${src}"></script>`) : html;
}

/**
 * Lighthouse's simulated TCP connection sends 10 segments of 1,460 bytes in its first round trip
 * (test/perf/budgets.ts holds the pages to it). The response's headers travel in it as well.
 */
export const FIRST_ROUND_TRIP_BYTES = 14_600;
const HEADER_BYTES = 300;
const gzipBytes = (html: string) => gzipSync(html, { level: 6 }).length;

/** Whether a page's HTML, gzip as a static host sends it, fits the first round trip with its headers. */
export const fitsFirstRoundTrip = (html: string) => gzipBytes(html) + HEADER_BYTES <= FIRST_ROUND_TRIP_BYTES;

/** The `<link rel="stylesheet">` tags of a page under `prefix` (e.g. `/_astro/`), with the file each names. */
export function stylesheetLinks(html: string, prefix: string): { tag: string; file: string }[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)">/g)]
    .filter((m) => m[1]!.startsWith(prefix))
    .map((m) => ({ tag: m[0], file: m[1]!.slice(prefix.length) }));
}

/** Adds `hashes` to the page's `style-src` (rewrite 4), after what is there. */
export function addStyleHashes(html: string, hashes: Iterable<string>): string {
  const add = [...hashes];
  if (add.length === 0) return html;
  return editDirective(html, 'style-src', (sources) => [...sources, ...add.filter((h) => !sources.includes(h))]);
}

/**
 * Rewrite 4 for one page: `css` maps each stylesheet file (as `stylesheetLinks` names it) to its
 * text. Returns the page with its stylesheets inline or linked, and the style hashes it then needs.
 * The sizes are weighed with `policyHashes` (every stylesheet the site might inline) in the policy:
 * the final policy lists only those some page inlined, so it is never longer than that.
 */
export function inlineStylesheets(html: string, prefix: string, css: ReadonlyMap<string, string>, policyHashes: readonly string[]): { html: string; inlined: string[] } {
  const links = stylesheetLinks(html, prefix).filter((l) => css.has(l.file));
  if (links.length === 0) return { html, inlined: [] };
  let inline = html;
  for (const l of links) inline = inline.replace(l.tag, () => `<style>${css.get(l.file)}</style>`);
  if (fitsFirstRoundTrip(addStyleHashes(html, policyHashes)) && !fitsFirstRoundTrip(addStyleHashes(inline, policyHashes))) return { html, inlined: [] };
  return { html: inline, inlined: links.map((l) => sha256(css.get(l.file)!)) };
}

/** Rewrites 1 and 2; `keep` is the set of script hashes the site's policy keeps. */
export function compactHtml(html: string, keep?: ReadonlySet<string>): string {
  return trimScriptHashes(singleQuoteIslandProps(html), keep);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

let base = '/';
let assets = '_astro';
export const compactHtmlIntegration: AstroIntegration = {
  name: 'yunying:compact-html',
  hooks: {
    'astro:config:done': ({ config }) => {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      assets = config.build.assets;
    },
    'astro:build:done': async ({ dir }) => {
      const out = fileURLToPath(dir);
      const files = await htmlFiles(out);
      const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
      const runtimes = new Set(pages.map((p) => islandRuntime(p.html)?.code).filter((c) => c !== undefined));
      if (runtimes.size > 1) throw new Error(`compact-html: ${runtimes.size} different island runtimes in one build`);
      const [runtime] = runtimes;
      let src = '';
      if (runtime !== undefined) {
        const name = runtimeFile(runtime);
        await writeFile(join(out, assets, name), runtime);
        src = `${base}${assets}/${name}`;
      }
      const moved = pages.map((p) => ({ ...p, moved: src ? externalizeIslandRuntime(p.html, src) : p.html }));
      const keep = new Set(moved.flatMap((p) => [...inlineScriptHashes(p.moved)]));
      const compacted = moved.map((p) => ({ ...p, compact: compactHtml(p.moved, keep) }));
      // Rewrite 4: each stylesheet the pages link, read once; each page decided against a policy
      // that allows all of them; then every page's policy gets the hashes of those some page inlined.
      const prefix = `${base}${assets}/`;
      const linked = new Set(compacted.flatMap((p) => stylesheetLinks(p.compact, prefix).map((l) => l.file)));
      const css = new Map(await Promise.all([...linked].map(async (f) => [f, await readFile(join(out, assets, f), 'utf8')] as const)));
      const allHashes = [...css.values()].map(sha256);
      const decided = compacted.map((p) => ({ file: p.file, original: p.html, ...inlineStylesheets(p.compact, prefix, css, allHashes) }));
      const inlined = new Set(decided.flatMap((p) => p.inlined));
      for (const p of decided) {
        const final = addStyleHashes(p.html, inlined);
        if (final !== p.original) await writeFile(p.file, final);
      }
    },
  },
};

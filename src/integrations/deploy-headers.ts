/**
 * The response headers a host should send with the built site, from one source: this module.
 * `npm run build` ends by running it (after Pagefind, so it sees every file), and it writes
 * `dist/_headers`, the format Netlify and Cloudflare Pages read. The README's nginx and Caddy blocks
 * are rendered by the same functions (`npm run deploy-config`), and test/build/headers.test.ts fails
 * when the README drifts from them.
 *
 * - Security: the Content-Security-Policy of the pages' `<meta>` (read from the built HTML, so it
 *   cannot drift) plus `frame-ancestors 'none'`, which a meta policy cannot carry; nosniff; a
 *   Referrer-Policy (the pages also carry it as `<meta name="referrer">`, for hosts without
 *   headers); a Permissions-Policy turning off what the site never uses (clipboard stays: copy
 *   link needs it).
 * - Caching: hashed files (Astro's `_astro/`, Pagefind's fragments, index chunks and `.pf_meta`)
 *   are immutable for a year; everything else (HTML, Pagefind's unhashed entry files, sitemap,
 *   robots, CSV) is revalidated on every use. Hosts join the values of a header that several
 *   matching rules set, so the Cache-Control rules never overlap: one rule per top-level entry,
 *   split further only where a folder mixes the two kinds.
 *
 * Run directly (Node >= 22.18 strips the types): `node src/integrations/deploy-headers.ts [dist]`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const referrerPolicy = 'strict-origin-when-cross-origin';

/** Features the site never uses; clipboard-write stays allowed (copy link). */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((f) => `${f}=()`)
  .join(', ');

export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
} as const;
export type CacheClass = keyof typeof cacheControl;

/** Cache class of a file by its path relative to dist/ ('_astro/x.js', 'en/index.html'). */
export function cacheClass(path: string): CacheClass {
  if (path.startsWith('_astro/')) return 'immutable';
  if (/^pagefind\/(fragment|index|filter)\//.test(path)) return 'immutable';
  if (/^pagefind\/[^/]+\.pf_meta$/.test(path)) return 'immutable';
  return 'revalidate';
}

/** The policy of a built page's CSP `<meta>`, normalised to `a b; c d` (no trailing semicolon). */
export function metaPolicy(html: string): string | undefined {
  const m = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  if (!m) return undefined;
  return m[1]!
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');
}

/** The header policy: the pages' meta policy plus what only a header can say. */
export function headerPolicy(meta: string): string {
  return `${meta}; frame-ancestors 'none'`;
}

/** Security headers every response gets. */
export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', headerPolicy(csp)],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', referrerPolicy],
    ['Permissions-Policy', permissionsPolicy],
  ];
}

/** One `_headers` rule: a URL path pattern (exact, or ending in `*`) and its headers. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .sort();
}

/** Files that are configuration for the host, not content (never served). */
const hostFiles = new Set(['_headers']);

/**
 * Cache-Control rules covering every file of `files` exactly once, as few as the folders allow:
 * a folder whose files are all of one class is one `folder/*` rule; a mixed folder gets a rule per
 * entry. The root is always split (it holds `_astro/`), and `index.html` files are also matched by
 * their folder URL (`/en/` serves `en/index.html`).
 */
export function cacheRules(files: readonly string[], base = '/'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const walk = (folder: string, inFolder: readonly string[]) => {
    const classes = new Set(inFolder.map((f) => cacheClass(f)));
    if (folder !== '' && classes.size === 1) {
      rules.push({ path: `${base}${folder}/*`, headers: [['Cache-Control', cacheControl[[...classes][0]!]]] });
      return;
    }
    const children = new Map<string, string[]>();
    for (const f of inFolder) {
      const rest = folder === '' ? f : f.slice(folder.length + 1);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        const value = cacheControl[cacheClass(f)];
        rules.push({ path: `${base}${f}`, headers: [['Cache-Control', value]] });
        if (rest === 'index.html') rules.push({ path: `${base}${folder === '' ? '' : `${folder}/`}`, headers: [['Cache-Control', value]] });
      } else {
        const child = `${folder === '' ? '' : `${folder}/`}${rest.slice(0, slash)}`;
        children.set(child, [...(children.get(child) ?? []), f]);
      }
    }
    for (const [child, list] of children) walk(child, list);
  };
  walk('', files.filter((f) => !hostFiles.has(f)));
  return rules;
}

/** Every rule for a built site: security headers on everything, then the cache rules. */
export function headerRules(dist: string, base = '/'): HeaderRule[] {
  const files = listFiles(dist);
  const policies = new Set(files.filter((f) => f.endsWith('.html')).map((f) => metaPolicy(readFileSync(join(dist, f), 'utf8'))));
  if (policies.size !== 1 || policies.has(undefined)) {
    throw new Error(`deploy-headers: every page must carry one and the same CSP <meta>; found ${policies.size} different policies`);
  }
  const csp = [...policies][0]!;
  return [{ path: `${base}*`, headers: securityHeaders(csp) }, ...cacheRules(files, base)];
}

/** The `_headers` file (Netlify, Cloudflare Pages). */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const head = '# Written by src/integrations/deploy-headers.ts at build time: edit that module, not this file.\n';
  return head + rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('');
}

/** Parses a `_headers` file (for tests, and for anyone checking what a host will do). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a path must start with "/": ${line}`);
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = line.match(/^\s+([A-Za-z0-9-]+):\s*(.+)$/);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path: ${line}`);
    rule.headers.push([m[1]!, m[2]!.trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a URL path (exact, or a trailing `*` splat). */
export function ruleMatches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

/** The URL paths of hashed files, as one regular expression (nginx, tests). */
export function hashedPathPattern(base = '/'): string {
  const b = base.replace(/\/$/, '');
  return `^${b}/(_astro/|pagefind/(fragment|index|filter)/|pagefind/[^/]+\\.pf_meta$)`;
}

/** nginx server block with the same rules (README "Deploying"). */
export function renderNginx(csp: string, root: string, base = '/'): string {
  const b = base.replace(/\/$/, '');
  return [
    'server {',
    '  listen 80;',
    '  server_name playbooks.example.com;',
    `  root ${root};`,
    '  charset utf-8;',
    '  gzip on;',
    '  gzip_types text/css application/javascript text/javascript application/json image/svg+xml application/xml text/plain;',
    `  set $cache "${cacheControl.revalidate}";`,
    `  if ($uri ~ "${hashedPathPattern(base)}") {`,
    `    set $cache "${cacheControl.immutable}";`,
    '  }',
    '  # Headers are set at server level only: an add_header inside a location would drop all of these there.',
    '  add_header Cache-Control $cache always;',
    ...securityHeaders(csp).map(([k, v]) => `  add_header ${k} "${v}" always;`),
    `  error_page 404 ${b}/404.html;`,
    `  location ${b}/en/ {`,
    `    error_page 404 ${b}/en/404.html;`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Caddy site block with the same rules (README "Deploying"). */
export function renderCaddy(csp: string, root: string, base = '/'): string {
  const b = base.replace(/\/$/, '');
  const hashed = [`${b}/_astro/*`, `${b}/pagefind/fragment/*`, `${b}/pagefind/index/*`, `${b}/pagefind/filter/*`, `${b}/pagefind/*.pf_meta`].join(' ');
  return [
    'playbooks.example.com {',
    `  root * ${root}`,
    '  encode zstd gzip',
    '  file_server',
    '  header {',
    ...securityHeaders(csp).map(([k, v]) => `    ${k} "${v}"`),
    '  }',
    `  @hashed path ${hashed}`,
    `  header @hashed Cache-Control "${cacheControl.immutable}"`,
    '  @unhashed not path ' + hashed,
    `  header @unhashed Cache-Control "${cacheControl.revalidate}"`,
    '  handle_errors {',
    `    @en path ${b}/en/*`,
    `    rewrite @en ${b}/en/404.html`,
    `    rewrite * ${b}/404.html`,
    '    file_server',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Reads the built site's policy (all pages share one; headerRules checks that). */
export function sitePolicy(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const policy = metaPolicy(html);
  if (!policy) throw new Error('deploy-headers: dist/index.html has no CSP <meta>');
  return policy;
}

function normalBase(raw: string | undefined): string {
  const b = raw || '/';
  return `${b.startsWith('/') ? '' : '/'}${b}${b.endsWith('/') ? '' : '/'}`;
}

/** The README's deploy blocks, between `<!-- deploy-config:start -->` and `<!-- deploy-config:end -->`. */
export function renderReadmeBlocks(csp: string, base = '/'): string {
  return [
    '<!-- deploy-config:start (written by `npm run deploy-config`: edit src/integrations/deploy-headers.ts, not this block) -->',
    '```nginx',
    renderNginx(csp, '/var/www/yunying/dist', base).trimEnd(),
    '```',
    '',
    '```caddy',
    renderCaddy(csp, '/var/www/yunying/dist', base).trimEnd(),
    '```',
    '<!-- deploy-config:end -->',
  ].join('\n');
}

/** Replaces the README's deploy blocks with `blocks`. */
export function replaceReadmeBlocks(readme: string, blocks: string): string {
  const re = /<!-- deploy-config:start[\s\S]*?<!-- deploy-config:end -->/;
  if (!re.test(readme)) throw new Error('README.md has no <!-- deploy-config:start --> … <!-- deploy-config:end --> block');
  return readme.replace(re, () => blocks);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const base = normalBase(process.env.BASE_PATH);
  if (args.includes('--readme')) {
    // `npm run deploy-config`: the README's nginx and Caddy blocks for this build's policy.
    const readme = readFileSync('README.md', 'utf8');
    writeFileSync('README.md', replaceReadmeBlocks(readme, renderReadmeBlocks(sitePolicy(dist))));
    console.log('deploy-headers: README.md deploy blocks updated');
  } else {
    const rules = headerRules(dist, base);
    writeFileSync(join(dist, '_headers'), renderHeadersFile(rules));
    console.log(`deploy-headers: wrote ${dist}/_headers (${rules.length} rules)`);
  }
}

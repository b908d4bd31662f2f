// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compactHtmlIntegration } from './src/integrations/compact-html.ts';
import { lazyChunks } from './src/integrations/lazy-chunk.ts';
import { termPlugin } from './src/lib/term-plugin.ts';
import { chooseSite, siteUrlIntegration } from './src/integrations/site-url.ts';
import { calculatorDirective } from './src/components/calculators/kit/integration.ts';

/** Static hosts look for `<folder>/404.html`: move the English 404 from en/404/index.html there. */
/** @type {import('astro').AstroIntegration} */
const localized404 = {
  name: 'yunying:localized-404',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const out = fileURLToPath(dir);
      await rename(`${out}en/404/index.html`, `${out}en/404.html`);
      await rmdir(`${out}en/404`);
    },
  },
};

/**
 * Deploy anywhere static: SITE_URL is the public origin (used for canonical links, hreflang, the
 * sitemap and printed addresses), BASE_PATH the folder the site is served from ('/' or e.g.
 * '/yunying/'). Without SITE_URL a build warns loudly and uses http://127.0.0.1:4321
 * (src/integrations/site-url.ts); `npm start` passes that address explicitly with --site.
 */
const siteChoice = chooseSite(process.env, process.argv);
const site = siteChoice.site;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro writes stylesheets as files: the templates' and glossary's own styles, imported by their
  // MDX pages, would otherwise be inlined without a CSP hash (Astro hashes the styles of components
  // it renders, not those a content entry brings), and the browser would drop them. After the
  // build, src/integrations/compact-html.ts inlines them, with their hashes, on the pages where
  // that saves a round trip.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  // Sätteri's heading attributes give every heading the explicit id written in the MDX:
  // `## 保证金 {#deposit}`, the same in both editions. The term plugin turns the first use of each
  // glossary term on a page into <Term> (definition on hover, focus and tap, no JavaScript).
  markdown: { processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [termPlugin()] }) },
  integrations: [
    siteUrlIntegration(siteChoice),
    mdx(),
    preact(),
    // client:calc, the calculators' hydration directive (hydrate on interaction, a link, print or view).
    calculatorDirective,
    localized404,
    compactHtmlIntegration,
    sitemap({
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
      filter: (page) => !page.includes('/404'),
    }),
  ],
  // Content-Security-Policy, written by Astro into every page as `<meta http-equiv>` (a static
  // host sends no headers of ours). Astro hashes the scripts and styles it bundles or inlines
  // itself; the one `<script is:inline>` (Base.astro's no-flash theme script) is hashed here from
  // its source, so editing it needs no hand-kept hash. After the build, each page's script-src keeps
  // only the hashes of the inline scripts it has (src/integrations/compact-html.ts). No
  // 'unsafe-inline', no 'unsafe-eval':
  // test/build/security.test.ts checks every inline script and style in dist/ against the policy,
  // test/e2e/security.test.ts that no page, search or island trips it in Chromium.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // Pagefind runs its search in a worker started from a blob: URL.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JS eval.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: (() => {
          const { createHash } = process.getBuiltinModule('node:crypto');
          const { readFileSync } = process.getBuiltinModule('node:fs');
          const layout = readFileSync(new URL('./src/layouts/Base.astro', import.meta.url), 'utf8');
          return [...layout.matchAll(/<script is:inline>([\s\S]*?)<\/script>/g)].map(
            (m) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}`),
          );
        })(),
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The site script goes out as a file: one cached request instead of 1.5 KB more HTML on
  // every page, which pushed long pages past the first TCP round trip (LCP 1.05 s -> 0.95 s).
  // The search dialog is a chunk of its own, imported by URL so the site script carries no
  // preload helper (src/integrations/lazy-chunk.ts).
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.ts') ? false : undefined) },
    plugins: [lazyChunks({ search: fileURLToPath(new URL('./src/scripts/search.ts', import.meta.url)) })],
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});

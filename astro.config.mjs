// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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
 * Deploy anywhere static: SITE_URL is the public origin (used for canonical links, hreflang and the
 * sitemap), BASE_PATH the folder the site is served from ('/' or e.g. '/yunying/').
 */
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  // Sätteri's heading attributes give every heading the explicit id written in the MDX:
  // `## 保证金 {#deposit}`, the same in both editions.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    mdx(),
    preact(),
    localized404,
    sitemap({
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
      filter: (page) => !page.includes('/404'),
    }),
  ],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});

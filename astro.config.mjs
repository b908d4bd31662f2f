import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
export default defineConfig({
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [mdx(), preact()],
});

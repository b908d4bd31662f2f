import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PlaybookSchema } from './schemas/playbook';

/**
 * Every page of both editions: content/zh-CN/<slug>.mdx and content/en/<slug>.mdx.
 * Entry ids keep the locale folder (`zh-CN/staffing-by-revenue`), see src/lib/pages.ts.
 */
const pages = defineCollection({
  loader: glob({
    // CONTENT_DIR lets tests build a fixture tree (e.g. a page with broken frontmatter).
    base: process.env.CONTENT_DIR ?? './content',
    pattern: '{zh-CN,en}/**/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: PlaybookSchema,
});

export const collections = { pages };

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PlaybookSchema } from './schemas/playbook';
import { TermSchema } from './schemas/glossary';
import { FactSchema } from './schemas/fact';

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

/**
 * The glossary (content/glossary.yaml): one entry per term, its id the anchor on /glossary/.
 * Cross-entry rules (unique forms, `see` targets) are checked by GlossarySchema in
 * src/lib/glossary.ts, which the MDX term plugin and the tests load.
 */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: TermSchema,
});

/**
 * Present-day facts with their public sources (content/facts.yaml), printed by `<Fact id="…" />`.
 * One fixed file: the fixture trees that CONTENT_DIR points the pages at carry no facts.
 */
const facts = defineCollection({
  loader: file('content/facts.yaml'),
  schema: FactSchema,
});

export const collections = { pages, glossary, facts };

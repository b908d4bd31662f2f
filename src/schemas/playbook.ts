import { z } from 'astro/zod';
import { seedIds, seeds, type SeedId } from '../lib/seeds';

/** The sidebar groups, in the order the sidebar shows them. */
export const groups = ['playbook', 'calculator', 'case-study', 'reference'] as const;
export type Group = (typeof groups)[number];

/** One source reference: a seed file and, for the plans that have them, one of its parts. */
export const SourceRefSchema = z
  .object({
    /** Seed id, the first three digits of the file name in ../shared/seeds. */
    seed: z.enum(seedIds),
    /** Part label as printed in the plan (`篇六`, `篇3`); omitted for 003 and 004. */
    part: z.string().optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    const parts = seeds[ref.seed as SeedId].parts;
    if (ref.part !== undefined && !parts.includes(ref.part)) {
      ctx.addIssue({
        code: 'custom',
        path: ['part'],
        message:
          parts.length === 0
            ? `seed ${ref.seed} has no parts: leave "part" out`
            : `seed ${ref.seed} has no part "${ref.part}" (parts: ${parts.join(', ')})`,
      });
    }
  });

/** Frontmatter of every page in content/<locale>/. */
export const PlaybookSchema = z
  .object({
    /**
     * Page title, the h1. The `<title>` adds " · Yunying" (or " · 运营手册"); search results cut
     * titles off at about 70 characters, and html-validate's long-title rule fails above that.
     */
    title: z.string().min(2).max(60, 'at most 60 characters: the site name follows it in <title>, and search results cut off at about 70'),
    /**
     * The one short name links to this page may use instead of the title (a link's text is the
     * page's title or its shortTitle, nothing else, so a page has at most two names).
     */
    shortTitle: z.string().min(2).max(20).optional(),
    /** One sentence for search results and `<meta name="description">`. */
    description: z.string().min(10).max(220),
    /** Sidebar group. */
    group: z.enum(groups),
    /** Position inside the group, ascending. */
    order: z.number().int().min(0).max(999),
    /** The source plans this page draws on. */
    sources: z.array(SourceRefSchema).min(1),
    /** When a person last checked the page against the sources. */
    lastReviewed: z.coerce.date(),
    /**
     * When a person last checked the page's present-day facts (fees, rules, tool names) against
     * their public sources; shown under the description. Pages that state none leave it out.
     */
    lastVerified: z.coerce.date().optional(),
  })
  .strict();

export type Playbook = z.infer<typeof PlaybookSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;

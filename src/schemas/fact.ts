import { z } from 'astro/zod';

/**
 * A present-day fact (a fee, a rule, a tool's current name, a law's article) as data:
 * `content/facts.yaml`, one entry per fact, rendered on the pages by `<Fact id="…" />`
 * (src/components/content/Fact.astro). The site states a present-day fact only with a public
 * source a reader can open and the date it held on; where no such source was found, the page says
 * what to check and where, and states no figure (then there is no entry here).
 */

/** The quick reference's sections, in the order it shows them. */
export const factTopics = ['fees', 'traffic', 'store-health', 'shipping-refunds', 'calendar', 'platform', 'law'] as const;
export type FactTopic = (typeof factTopics)[number];

/** Languages a source page is written in (the link's hreflang). */
export const sourceLangs = ['zh', 'en', 'de', 'es'] as const;

/**
 * A calendar date as the source gives it: `2024`, `2024-07` or `2024-07-26`. A YAML parser may
 * hand over a Date (js-yaml, which Astro's file loader uses) or a number (`2024`): both become the
 * same string, so the file reads the same under either parser.
 */
export const PartialDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A full calendar day (YYYY-MM-DD), kept as a string so it prints exactly as written. */
export const DaySchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day as YYYY-MM-DD'),
);

const bilingual = z.object({ zh: z.string().min(4), en: z.string().min(4) }).strict();

export const FactSchema = z
  .object({
    /** ASCII kebab-case, the name pages use: `<Fact id="tmall-annual-fee-waived" />`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII kebab-case'),
    /** The quick-reference section the fact belongs to. */
    topic: z.enum(factTopics),
    /** The statement in Chinese, in our own words (the source's sentences never carry over). */
    zh: z.string().min(8),
    /** The statement in English, in our own words, Chinese terms beside their gloss. */
    en: z.string().min(8),
    /** Where an operator checks it today (rule centre, back-office menu), in both languages. */
    check: bilingual,
    source: z
      .object({
        /** The address the fact was read at; http(s) only. */
        url: z.httpUrl(),
        /** The page's title as it reads (or, in brackets, what the page is when it shows none). */
        title: z.string().min(4),
        /** Who published it; for a copy, the original publisher and the host of the copy. */
        publisher: z.string().min(2),
        /** The language the source is written in. */
        lang: z.enum(sourceLangs),
      })
      .strict(),
    /** The date the source says the fact holds from, or the source's publication date. */
    asOf: PartialDateSchema,
    /** The day a person read the source for this site. */
    checked: DaySchema,
  })
  .strict()
  .refine((f) => f.checked >= f.asOf, { path: ['checked'], message: 'checked cannot be earlier than asOf' });

export type Fact = z.infer<typeof FactSchema>;

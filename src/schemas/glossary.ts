import { z } from 'astro/zod';

/**
 * The glossary's groups, in the order /glossary/ shows them. Each is a `##` section of the glossary
 * page with this id as its anchor (`/glossary/#fees`).
 */
export const glossaryGroups = ['platforms', 'fees', 'traffic', 'metrics', 'service', 'logistics', 'promotions'] as const;
export type GlossaryGroup = (typeof glossaryGroups)[number];

/** One string per edition. */
const Bilingual = z
  .object({
    zh: z.string().min(2).max(200),
    en: z.string().min(2).max(320),
  })
  .strict();

/**
 * What the site says about a term today.
 * - `current`: the word is in use with this meaning (a concept, or a tool the site has a source for).
 * - `renamed`: replaced by `to`; `year` when the site can cite a source for it.
 * - `retired`: gone; `year` when the site can cite a source for it.
 * - `unverified`: the site makes no claim about today; `check` says where to look.
 * A source is a present-day fact in content/facts.yaml (`fact: <id>`), which holds the public
 * address and the dates, so the glossary and the pages cite one record. A dated claim (`year`)
 * always carries one; without it, `check` says what to verify where.
 */
export const TermStatusSchema = z
  .object({
    state: z.enum(['current', 'renamed', 'retired', 'unverified']),
    /** Year of the rename or retirement. Needs a `source`. */
    year: z.number().int().min(1999).max(2100).optional(),
    /** What the term was renamed to (a name, or the id of another term). */
    to: z.string().min(1).optional(),
    /** The id of the fact in content/facts.yaml that backs this status (its public source). */
    fact: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'the id of an entry in content/facts.yaml').optional(),
    /** Where a reader verifies today's state: "check X in Y". */
    check: Bilingual.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.year !== undefined && !s.fact) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'a dated status needs a source (fact: an id in content/facts.yaml); otherwise leave the year out and say what to check in "check"' });
    }
    if (s.state === 'renamed' && !s.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'a renamed term says what it was renamed to' });
    if (s.state !== 'renamed' && s.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" is only for renamed terms' });
    if ((s.state === 'unverified' || ((s.state === 'renamed' || s.state === 'retired') && !s.fact)) && !s.check) {
      ctx.addIssue({ code: 'custom', path: ['check'], message: 'without a source, say where a reader checks the current state ("check X in Y")' });
    }
  });

/** Forms of a term as written in each edition's prose (and indexed by search). */
const FormsSchema = z
  .object({
    zh: z.array(z.string().min(1)).default([]),
    en: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** One glossary entry: content/glossary.yaml holds a list of these. */
export const TermSchema = z
  .object({
    /** ASCII anchor, the same in both editions: /glossary/#roas and /en/glossary/#roas. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII kebab-case, e.g. "roas"'),
    /** The term as Chinese operators write it. */
    hanzi: z.string().min(1).max(24),
    /** Pinyin with tone marks (an abbreviation such as UV keeps the pinyin of its Chinese name). */
    pinyin: z.string().min(1).max(60),
    /** The one approved English rendering. */
    en: z.string().min(1).max(80),
    group: z.enum(glossaryGroups),
    /** Short definition in each language, in the site's own words. */
    def: Bilingual,
    /** The formula, where the term has one (保本投产比 = 1 ÷ 毛利率). */
    formula: Bilingual.optional(),
    status: TermStatusSchema,
    /** Other spellings and abbreviations, per edition: 双十一, Double 11, ZTC… */
    aliases: FormsSchema.default({ zh: [], en: [] }),
    /**
     * Renderings that must not appear in that edition's prose (the content lint fails on them). A
     * banned variant may also be an alias: search still finds the term by it (投入产出比), pages
     * just do not write it, except right after the approved form as its explanation.
     */
    banned: FormsSchema.default({ zh: [], en: [] }),
    /**
     * Mark the first use on a page with a definition popover: `true` in both editions, `en` only in
     * the English one (words every Chinese reader knows, such as 天猫 or 客服), `false` never.
     */
    link: z.union([z.boolean(), z.enum(['zh', 'en'])]).default(true),
    /** Related terms, by id. */
    see: z.array(z.string()).default([]),
  })
  .strict();

export type Term = z.infer<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;
export type TermStatus = z.infer<typeof TermStatusSchema>;

/** The whole file: unique ids, `see` pointing at real terms, no form claimed by two terms. */
export const GlossarySchema = z.array(TermSchema).superRefine((terms, ctx) => {
  const ids = new Set<string>();
  terms.forEach((t, i) => {
    if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${t.id}"` });
    ids.add(t.id);
  });
  terms.forEach((t, i) => {
    t.see.forEach((s, j) => {
      if (!ids.has(s)) ctx.addIssue({ code: 'custom', path: [i, 'see', j], message: `no term with id "${s}"` });
    });
  });
  for (const locale of ['zh', 'en'] as const) {
    const owner = new Map<string, string>();
    terms.forEach((t, i) => {
      const forms = locale === 'zh' ? [t.hanzi, ...t.aliases.zh] : [t.en, t.hanzi, ...t.aliases.en];
      for (const f of new Set(forms.map((x) => x.toLowerCase()))) {
        const prev = owner.get(f);
        if (prev && prev !== t.id) ctx.addIssue({ code: 'custom', path: [i, 'aliases'], message: `"${f}" is already a form of "${prev}"` });
        owner.set(f, t.id);
      }
    });
  }
});

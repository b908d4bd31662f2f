/**
 * The content lint: one set of words everywhere (issue 10, item 6). Generic rules over any page of
 * either edition, driven by the glossary where a rule is about words:
 *
 * - `banned`: a rendering the glossary bans in that edition (content/glossary.yaml `banned`). A
 *   banned variant may stand right after the approved form as its explanation, e.g.
 *   投产比（也叫投入产出比）.
 * - `link-label`: a link to another page reads as the page's title or its `shortTitle`, a link to
 *   a section too (so a page has one or two names across the site); a link to one plan's entry
 *   in the source index may read as the plan's id (002), as <Src> does.
 * - `tier`: staffing tiers are 第 N 档 / tier N (Arabic numeral, spaced in Chinese), never
 *   第二档, 第2档 or, next to the tier table's source (002 篇六), 第二阶段 / stage 2.
 * - `percent`: no space before % (40%, not 40 %), no full-width ％.
 * - `range`: number ranges take an en dash (6–7%, 1:3–1:5), not a hyphen or a tilde.
 * - `roas` (en): the first "ROAS" on a page has 投产比 beside it (within the same parenthesis or
 *   clause); `roi` (en): "ROI" only in the finance sense, so never with 1:x notation, never for the
 *   calculator, never as target/break-even ROI. Where "ROI" is quoted as the Chinese usage
 *   ('ROI', "ROI", “ROI”) it is fine.
 * - `currency` (en): no bare ¥ (it reads as yen): "270,650 yuan" or "CN¥270.7K".
 * - `quotes` (zh-CN): Chinese prose uses “” quotes, not ASCII "…".
 *
 * A line can opt out of one rule with an MDX comment naming it: `{/* lint-allow: banned *\/}`.
 * Every finding names the file and line.
 */
import { formPattern, type Term } from '../../src/lib/glossary';
import type { ContentPage } from './load';

export interface Finding {
  file: string;
  line: number;
  rule: string;
  /** The offending text, as written. */
  text: string;
  message: string;
}

export const rules = ['banned', 'link-label', 'tier', 'percent', 'range', 'roas', 'roi', 'currency', 'quotes'] as const;
export type Rule = (typeof rules)[number];

/** What a page links to: its title, short title and heading texts by id. */
export interface LinkTarget {
  title: string;
  shortTitle?: string | undefined;
  headings: Map<string, string>;
}

export interface LintContext {
  terms: Term[];
  /** slug → link target, for the page's own edition. */
  targets: Map<string, LinkTarget>;
}

/**
 * One line of a page as a reader sees it: no JSX tags (an attribute such as an aside title is
 * kept), no link targets, no inline code, no MDX comments, no heading id.
 */
export function proseLine(line: string): string {
  return line
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/`[^`]*`/g, (m) => ' '.repeat(m.length))
    .replace(/<[A-Za-z][^>]*?\btitle="([^"]*)"[^>]*>/g, (_m, t: string) => ` ${t} `)
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\s*\{#[a-z0-9-]+\}\s*$/, '');
}

const allowed = (raw: string, rule: Rule) => new RegExp(`\\{/\\*\\s*lint-allow:[^*]*\\b${rule}\\b`).test(raw);

function bannedPattern(b: string): RegExp {
  const m = /^\/(.*)\/$/.exec(b);
  return m ? new RegExp(m[1]!, 'giu') : new RegExp(formPattern(b), 'gu');
}

/** Runs every rule on one page. */
export function lintPage(page: ContentPage, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const zh = page.locale === 'zh-CN';
  const gl = zh ? 'zh' : 'en';
  const offset = page.offset;
  const lines = page.body.split('\n');
  const add = (i: number, rule: Rule, text: string, message: string) => out.push({ file: page.file, line: i + 1 + offset, rule, text, message });

  const banned = ctx.terms.flatMap((t) =>
    t.banned[gl].map((b) => ({ term: t, b, re: bannedPattern(b), approved: zh ? t.hanzi : t.en, approvedRe: new RegExp(formPattern(zh ? t.hanzi : t.en), 'u') })),
  );
  let seenRoas = false;

  lines.forEach((raw, i) => {
    if (/^\s*(import|export)\s/.test(raw)) return;
    const prose = proseLine(raw);
    const heading = /^#{2,6}\s/.test(raw);

    // A link label that is a page's own title is that page's business (its frontmatter is where
    // the name would change): the word rules (banned, roas, roi) read the line without it.
    const pageNames = new Set([...ctx.targets.values()].flatMap((t) => [t.title, t.shortTitle ?? '']));
    const namedLinks = [...raw.matchAll(/\[([^\]]+)\]\(/g)].map((m) => m[1]!).filter((l) => pageNames.has(l));
    const bannedProse = namedLinks.reduce((p, l) => p.split(l).join(' '.repeat(l.length)), prose);
    if (!allowed(raw, 'banned')) {
      for (const { b, re, approved, approvedRe } of banned) {
        for (const m of bannedProse.matchAll(re)) {
          const before = bannedProse.slice(Math.max(0, m.index - 14), m.index);
          if (approvedRe.test(before)) continue; // 投产比（也叫投入产出比）: an explained alias
          add(i, 'banned', m[0], `"${m[0]}" is a banned rendering (${b}): write "${approved}" (glossary)`);
        }
      }
    }

    // link labels
    if (!allowed(raw, 'link-label')) {
      for (const m of raw.matchAll(/(?<!!)\[([^\]]+)\]\((\.{1,2}\/[^)\s]*)\)/g)) {
        const label = m[1]!.replace(/<[^>]+>/g, '').trim();
        const url = new URL(m[2]!, `http://x/${page.slug === 'index' ? '' : `${page.slug}/`}`);
        const slug = url.pathname.replace(/^\/|\/$/g, '') || 'index';
        if (slug === page.slug) continue; // a link within the page names its section freely
        const target = ctx.targets.get(slug);
        if (!target) continue; // dead links are content.test.ts's business
        const names = [target.title, target.shortTitle].filter((x): x is string => !!x);
        const seedEntry = slug === 'sources' && /^\d{3}$/.test(label) && url.hash === `#seed-${label}`;
        if (!names.includes(label) && !seedEntry) {
          add(i, 'link-label', label, `link to ${slug}${url.hash} reads "${label}": use ${names.map((n) => `"${n}"`).join(' or ')}`);
        }
      }
    }

    // tiers
    if (!allowed(raw, 'tier')) {
      if (zh) {
        for (const m of prose.matchAll(/第(?:[一二三四五六七八九十]+|\d+)档|第\s+\d+档|第\d+\s+档/g)) {
          if (/^第 \d+ 档$/.test(m[0])) continue;
          add(i, 'tier', m[0], `write tiers as 第 N 档 (Arabic numeral, spaced): "${m[0]}"`);
        }
        if (/seed="002" part="篇六"/.test(raw)) {
          for (const m of prose.matchAll(/第[一二三四1-4]\s?阶段/g)) add(i, 'tier', m[0], `the staffing table's levels are tiers: 第 N 档, not "${m[0]}"`);
        }
      } else {
        for (const m of prose.matchAll(/\btier (?:one|two|three|four|five)\b/gi)) add(i, 'tier', m[0], `write "tier N" with a numeral: "${m[0]}"`);
        if (/seed="002" part="篇六"/.test(raw)) {
          for (const m of prose.matchAll(/\b(?:stage|level|phase) [1-4]\b/gi)) add(i, 'tier', m[0], `the staffing table's levels are tiers: "tier N", not "${m[0]}"`);
        }
      }
    }

    if (heading) return;

    // percentages
    if (!allowed(raw, 'percent')) {
      for (const m of prose.matchAll(/\d[\d,.]*(?:\s+%|\s*％)/g)) add(i, 'percent', m[0], `no space before %, no full-width ％: "${m[0]}"`);
    }

    // ranges
    if (!allowed(raw, 'range')) {
      const re = /(?<![\w.:/#-])(?:1:)?\d[\d,.]*(?:\s?%)?\s?[-~～]\s?(?:1:)?\d[\d,.]*(?![\w-])/g;
      for (const m of prose.matchAll(re)) {
        if (/^\d{4}-\d{1,2}(-\d{1,2})?$/.test(m[0])) continue; // a date
        add(i, 'range', m[0], `ranges take an en dash: "${m[0].replace(/\s?[-~～]\s?/, '–').replace(/\s%/g, '%')}"`);
      }
    }

    if (!zh) {
      // ROAS with 投产比 beside it, on first use
      if (!seenRoas && /\bROAS\b/.test(bannedProse)) {
        seenRoas = true;
        const at = bannedProse.search(/\bROAS\b/);
        const around = bannedProse.slice(Math.max(0, at - 60), at + 80);
        if (!/投产比/.test(around) && !allowed(raw, 'roas')) add(i, 'roas', 'ROAS', 'first "ROAS" on the page needs 投产比 beside it: "ROAS (投产比, GMV ÷ ad spend)"');
      }
      // ROI in the finance sense only
      if (!allowed(raw, 'roi')) {
        for (const m of bannedProse.matchAll(/\bROI\b/g)) {
          const quoted = /['"“‘]$/.test(bannedProse.slice(0, m.index)) && /^['"”’]/.test(bannedProse.slice(m.index + 3));
          if (quoted) continue;
          const near = bannedProse.slice(Math.max(0, m.index - 30), m.index + 40);
          const adSense = /1\s?:\s?\d|ROI calculator|(?:target|break-even|ad|advertising)\s+ROI|ROI\s+(?:of|at|between|target)\s/i.test(near) || /投产比|投入产出比/.test(near);
          const financeSense = /return on investment|profit\s*÷|÷\s*(?:money|investment)|finance/i.test(near);
          if (adSense || !financeSense) add(i, 'roi', 'ROI', '"ROI" is only for the finance sense (profit ÷ investment); for GMV ÷ ad spend write ROAS');
        }
      }
      // currency
      if (!allowed(raw, 'currency')) {
        for (const m of prose.matchAll(/(?<!CN)¥\s?\d[\d,.]*[KkMm]?/g)) add(i, 'currency', m[0], `a bare ¥ reads as yen: write "${m[0].replace(/¥\s?/, '')} yuan" or "CN${m[0]}"`);
      }
    } else if (!allowed(raw, 'quotes')) {
      // Chinese quotation marks
      for (const m of prose.matchAll(/"[^"\n]*"/g)) {
        if (!/[\u3400-\u9fff]/.test(m[0])) continue;
        add(i, 'quotes', m[0], `Chinese prose takes “” quotes: ${m[0]}`);
      }
    }
  });
  return out;
}

/** A finding as one line: file:line rule: message. */
export const formatFinding = (f: Finding) => `${f.file}:${f.line} ${f.rule}: ${f.message}`;
/** A finding without its line number, for the allow-list (lines move when text is edited). */
export const allowKey = (f: Finding) => `${f.file} ${f.rule}: ${f.text}`;

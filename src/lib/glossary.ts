/**
 * The glossary as data (content/glossary.yaml): loading and validation, the forms each term takes in
 * each edition, an alias index (for search), a matcher that finds terms in prose (for the in-page
 * definitions and the content lint), and which pages use each term (computed from page bodies).
 *
 * Pure functions plus one file read, so the MDX plugin, the Astro pages and the tests share them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GlossarySchema, glossaryGroups, type GlossaryGroup, type Term } from '../schemas/glossary';

export type { Term } from '../schemas/glossary';
/** The two editions as the glossary names them. */
export type GlossaryLocale = 'zh' | 'en';

/**
 * content/glossary.yaml. Resolved from the working directory (the project root for astro, vitest
 * and npm scripts): bundled pages cannot resolve it from their own URL, so they read the
 * `glossary` collection instead (src/lib/glossary-collection.ts).
 */
export const glossaryFile = join(process.cwd(), 'content', 'glossary.yaml');

/** Parses and validates the YAML text of a glossary; throws with every problem listed. */
export function parseGlossary(text: string): Term[] {
  const r = GlossarySchema.safeParse(parse(text));
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`content/glossary.yaml is not valid:\n${lines.join('\n')}`);
  }
  return r.data;
}

let cached: Term[] | undefined;
/** The site's glossary, read once per process. */
export function readGlossary(): Term[] {
  cached ??= parseGlossary(readFileSync(glossaryFile, 'utf8'));
  return cached;
}

/** Maps a site locale (`zh-CN`, `en`) to the glossary's key. */
export function glossaryLocale(locale: string): GlossaryLocale {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * How a term appears in one edition's prose: Chinese pages write the hanzi or a Chinese alias;
 * English pages the approved gloss, an English alias, or the hanzi kept beside a gloss.
 */
export function surfaceForms(term: Term, locale: GlossaryLocale): string[] {
  const forms = locale === 'zh' ? [term.hanzi, ...term.aliases.zh] : [term.en, ...term.aliases.en, term.hanzi];
  return [...new Set(forms)];
}

/** Every name of a term in either edition: what search should index with it. */
export function allForms(term: Term): string[] {
  return [...new Set([term.hanzi, term.en, ...term.aliases.zh, ...term.aliases.en])];
}

/** Lower-cased form (any edition) → term id. Forms are unique across terms (the schema checks). */
export function aliasIndex(terms: Term[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const t of terms) for (const f of allForms(t)) index.set(f.toLowerCase(), t.id);
  return index;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
const asciiWord = /[A-Za-z0-9]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source for one form. Spaces are optional where Chinese meets Latin or digits (双11 and
 * 双 11 are one form), any run of spaces matches one, and a form that starts or ends with a Latin
 * letter or digit must not sit inside a longer word (UV does not match in UVs or GUV).
 * All-caps forms (UV, ROAS) match case-sensitively; other Latin forms ignore case.
 */
export function formPattern(form: string): string {
  const chars = [...form.trim()];
  const caseSensitive = form === form.toUpperCase();
  let out = '';
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    if (/\s/.test(c)) {
      if (!/\s/.test(prev ?? '')) out += '\\s*';
      return;
    }
    if (prev && !/\s/.test(prev) && ((cjk.test(prev) && asciiWord.test(c)) || (asciiWord.test(prev) && cjk.test(c)))) out += '\\s?';
    out += /[a-z]/i.test(c) && !caseSensitive ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c);
  });
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  const head = asciiWord.test(first) ? '(?<![A-Za-z0-9])' : '';
  const tail = asciiWord.test(last) ? '(?![A-Za-z0-9])' : '';
  return `${head}${out}${tail}`;
}

/** Canonical key of a matched string: lower case, no whitespace (so 双 11 and 双11 meet). */
const keyOf = (s: string) => s.toLowerCase().replace(/\s+/g, '');

export interface TermMatcher {
  locale: GlossaryLocale;
  /** Global regex over every form of every term, longest forms first. */
  regex: RegExp;
  /** keyOf(matched text) → term id. */
  byKey: Map<string, string>;
}

/** A matcher for one edition. `filter` limits the terms (e.g. to those with `link: true`). */
export function buildMatcher(terms: Term[], locale: GlossaryLocale, filter: (t: Term) => boolean = () => true): TermMatcher {
  const byKey = new Map<string, string>();
  const forms: string[] = [];
  for (const t of terms.filter(filter)) {
    for (const f of surfaceForms(t, locale)) {
      const k = keyOf(f);
      if (!byKey.has(k)) {
        byKey.set(k, t.id);
        forms.push(f);
      }
    }
  }
  forms.sort((a, b) => keyOf(b).length - keyOf(a).length || a.localeCompare(b));
  const source = forms.length ? forms.map(formPattern).join('|') : '(?!)';
  return { locale, regex: new RegExp(source, 'gu'), byKey };
}

export interface TermHit {
  id: string;
  /** The text as written on the page. */
  text: string;
  index: number;
}

/** Every glossary term in `text`, left to right, longest form first at each position. */
export function findTerms(text: string, matcher: TermMatcher): TermHit[] {
  const hits: TermHit[] = [];
  for (const m of text.matchAll(matcher.regex)) {
    const id = matcher.byKey.get(keyOf(m[0]));
    if (id) hits.push({ id, text: m[0], index: m.index });
  }
  return hits;
}

/**
 * Text a reader sees in an MDX body, for counting term use: no frontmatter, imports, code, JSX tags,
 * link targets or heading ids (attribute values such as aside titles are kept).
 */
export function proseOf(body: string): string {
  return body
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[A-Za-z][^>]*?\btitle="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[a-z0-9-]+\}/g, '');
}

export interface UsagePage {
  locale: GlossaryLocale;
  slug: string;
  body: string;
}

/**
 * Which pages of each edition use each term (any form, anywhere in the prose). Computed at build
 * from the pages collection, never typed by hand. Pages listed in `exclude` (the glossary itself)
 * are skipped. Slugs keep the order of `pages`.
 */
export function termUsage(terms: Term[], pages: UsagePage[], exclude: string[] = ['glossary']): Map<string, Record<GlossaryLocale, string[]>> {
  const usage = new Map<string, Record<GlossaryLocale, string[]>>(terms.map((t) => [t.id, { zh: [], en: [] }]));
  const matchers = { zh: buildMatcher(terms, 'zh'), en: buildMatcher(terms, 'en') };
  for (const page of pages) {
    if (exclude.includes(page.slug)) continue;
    const found = new Set(findTerms(proseOf(page.body), matchers[page.locale]).map((h) => h.id));
    for (const id of found) usage.get(id)?.[page.locale].push(page.slug);
  }
  return usage;
}

/** Terms by group, in the order of `glossaryGroups`, sorted within a group by pinyin. */
export function termsByGroup(terms: Term[]): { group: GlossaryGroup; terms: Term[] }[] {
  return glossaryGroups
    .map((group) => ({
      group,
      terms: terms.filter((t) => t.group === group).sort((a, b) => a.pinyin.localeCompare(b.pinyin, 'en', { sensitivity: 'base' })),
    }))
    .filter((g) => g.terms.length > 0);
}

/** A term by id, or undefined. */
export function termById(terms: Term[], id: string): Term | undefined {
  return terms.find((t) => t.id === id);
}

/**
 * Builds the search index after `astro build` (`npm run build` runs it), in place of a bare
 * `pagefind --site dist`:
 *   1. reads the glossary (content/glossary.yaml) and makes each edition's vocabulary: every term's
 *      forms (zh: hanzi and aliases; en: gloss, hanzi and aliases);
 *   2. gives Pagefind (its Node API, the same binary as the CLI) a copy of every built page in which
 *      each form is followed by its term's token (src/search/terms.ts). The pages in dist/ are not
 *      touched: a reader and a screen reader never meet a token;
 *   3. writes the index to dist/pagefind/, and beside it, per edition, pagefind/search.<language>.json:
 *      the vocabulary the search dialog rewrites queries with, and the page list (result id →
 *      address and title) it shows results from before any fragment is fetched.
 *
 *   node src/search/build-index.ts [--site dist] [--glossary content/glossary.yaml] [--quiet]
 *
 * SEARCH_GLOSSARY=<file> points it at another glossary file (the tests' fixture).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { decodeText, mapText } from './html-text.ts';
import { annotate, compileVocabulary, findForms, formKey, phraseId, stripTokens, type TermForms, type Vocabulary } from './terms.ts';

/**
 * The part of a glossary entry search reads (the glossary's own schema, src/schemas/glossary.ts,
 * checks the rest when Astro loads the collection).
 */
const EntrySchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  hanzi: z.string().min(1),
  en: z.string().min(1),
  aliases: z.looseObject({ zh: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).default({ zh: [], en: [] }),
});
const GlossaryFileSchema = z.union([z.array(EntrySchema), z.looseObject({ terms: z.array(EntrySchema) }).transform((g) => g.terms)]);

export type SearchLanguage = 'zh-cn' | 'en';

/** Word locations per index chunk (Pagefind's default: 20,000). */
export const INDEX_CHUNK_LOCATIONS = 8000;
/**
 * Left out of the index: calculator islands (their server-rendered default run is numbers and
 * field labels, not prose; the playbook around them says what they do).
 */
export const EXCLUDE = ['astro-island'];

/**
 * A form search can use: one Han character alone (元, 万, 折, 亲) is left to Pagefind, since as a
 * form it would claim 元旦, 父亲 and every 七折; a gloss's explanation in brackets goes ("Zhitongche
 * (pay-per-click search ads)" is written "Zhitongche" in prose).
 */
export function searchForms(forms: string[]): string[] {
  const out: string[] = [];
  for (const raw of forms) {
    for (const f of [raw, raw.replace(/\s*[(（][^)）]*[)）]\s*$/u, '')]) {
      const form = f.trim();
      if (form.length === 0 || /^\p{Script=Han}$/u.test(form) || out.includes(form)) continue;
      out.push(form);
    }
  }
  return out;
}

/**
 * Each edition's forms of each term: zh-CN prose writes hanzi and its aliases; English also the
 * gloss, and the hanzi kept beside it. A derived form that another term already claims is dropped
 * (the glossary's schema keeps the written forms unique; deriving must not break that).
 */
export function vocabularyTerms(glossary: unknown): Record<SearchLanguage, TermForms[]> {
  const entries = GlossaryFileSchema.parse(glossary);
  const edition = (formsOf: (e: (typeof entries)[number]) => string[]): TermForms[] => {
    const owner = new Map<string, string>();
    for (const e of entries) for (const f of formsOf(e)) if (!owner.has(formKey(f))) owner.set(formKey(f), e.id);
    return entries.map((e) => ({ id: e.id, forms: searchForms(formsOf(e)).filter((f) => (owner.get(formKey(f)) ?? e.id) === e.id) }));
  };
  return {
    'zh-cn': edition((e) => [e.hanzi, ...e.aliases.zh]),
    en: edition((e) => [e.en, e.hanzi, ...e.aliases.en]),
  };
}

export function readGlossary(file: string): Record<SearchLanguage, TermForms[]> | undefined {
  if (!existsSync(file)) return undefined;
  return vocabularyTerms(parseYaml(readFileSync(file, 'utf8')));
}

/** The page's language as Pagefind will key it: `<html lang="zh-CN">` → zh-cn. */
export const pageLanguage = (html: string): string => (/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();

/** Weight of a table's row labels (the first cell of a body row): a label names what its row is about. */
export const ROW_LABEL_WEIGHT = 2;

/**
 * Table rows label themselves in their first cell ("直通车 | what it is | how the plan used it"):
 * for ranking, such a label counts like a small heading, above a passing mention in running text.
 */
export const ABSTRACT_WEIGHT = 2;
/** The page's description and summary box say what the page is about: weighted like a label. */
export function weightAbstract(html: string): string {
  return html.replace(/<(p class="page-description"|div class="summary"[^>]*)>/g, (_m: string, tag: string) => `<${tag} data-pagefind-weight="${ABSTRACT_WEIGHT}">`);
}

export function weightRowLabels(html: string): string {
  return html.replace(/(<tbody\b[^>]*>[\s\S]*?<\/tbody>)/gi, (body: string) => body.replace(/(<tr\b[^>]*>\s*)<td(?=[\s>])(?![^>]*data-pagefind-weight)/gi, `$1<td data-pagefind-weight="${ROW_LABEL_WEIGHT}"`));
}

/**
 * The copy of a page Pagefind indexes: row labels weighted, and tokens after every form, in the
 * indexed body only.
 */
export function indexedCopy(html: string, vocabulary: Vocabulary | undefined): { html: string; tokens: number } {
  const at = html.search(/<body[\s>]/i);
  if (at === -1) return { html, tokens: 0 };
  html = html.slice(0, at) + weightAbstract(weightRowLabels(html.slice(at)));
  if (!vocabulary) return { html, tokens: 0 };
  let tokens = 0;
  const body = mapText(html.slice(at), (text) => {
    const n = findForms(text, vocabulary).length;
    if (n === 0) return text;
    tokens += n;
    return annotate(text, vocabulary);
  });
  return { html: html.slice(0, at) + body, tokens };
}

/** Result id → [address, title], read from the fragments Pagefind wrote (tokens taken out). */
export function fragmentPages(outputPath: string): Record<string, [string, string]> {
  const dir = join(outputPath, 'fragment');
  const out: Record<string, [string, string]> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment')).sort()) {
    const raw = gunzipSync(readFileSync(join(dir, file)));
    // Pagefind's files start with a 12-byte signature, "pagefind_dcd".
    const fragment = JSON.parse(raw.subarray(12).toString('utf8')) as { url: string; meta: { title?: string } };
    out[file.replace(/\.pf_fragment$/, '')] = [fragment.url, stripTokens(fragment.meta.title ?? fragment.url).trim()];
  }
  return out;
}

/**
 * Topic phrases of the Chinese edition: the Han runs of every title and heading (split at
 * punctuation) that the browser's segmenter would cut apart, e.g. 第一个月 (第|一个|月), 四档配置表.
 * Pagefind's query side cuts them with ICU and matches each piece as a prefix anywhere on the page,
 * so a heading's own words rank below pages where 第, 一个 and 月 just occur often. As search terms
 * of their own (one form, no alias), they are found as written, in headings first.
 */
/** Longest heading phrase kept (longer runs are whole headings, seldom typed as they stand). */
export const MAX_PHRASE = 6;

export function headingPhrases(htmlPages: string[], taken: (form: string) => boolean): TermForms[] {
  const phrases = new Set<string>();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  for (const html of htmlPages) {
    const body = html.slice(Math.max(0, html.indexOf('data-pagefind-body')));
    for (const m of body.matchAll(/<h([123])\b[^>]*>([\s\S]*?)<\/h\1>/g)) {
      const text = decodeText(m[2]!.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ''));
      for (const run of text.split(/[^\p{Script=Han}]+/u)) {
        const length = [...run].length;
        if (length < 2 || length > MAX_PHRASE || taken(run)) continue;
        if ([...segmenter.segment(run)].filter((x) => x.isWordLike).length < 2) continue;
        phrases.add(run);
      }
    }
  }
  return [...phrases].sort().map((form) => ({ id: phraseId(form), forms: [form] }));
}

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(join(dir, d.name), root);
    return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
  });
}

export interface IndexSummary {
  pages: number;
  tokens: Record<string, number>;
  terms: Record<string, number>;
  outputPath: string;
}

/** Indexes `site` into `site/pagefind`. */
export async function buildSearchIndex(site: string, glossaryFile: string): Promise<IndexSummary> {
  const terms: Record<SearchLanguage, TermForms[]> = readGlossary(glossaryFile) ?? { 'zh-cn': [], en: [] };
  const files = htmlFiles(site);
  const zhPages = files.map((f) => readFileSync(f, 'utf8')).filter((h) => pageLanguage(h) === 'zh-cn');
  const glossaryKeys = new Set(terms['zh-cn'].flatMap((t) => t.forms.map(formKey)));
  terms['zh-cn'] = [...terms['zh-cn'], ...headingPhrases(zhPages, (f) => glossaryKeys.has(formKey(f)))];
  const vocabularies = new Map<string, Vocabulary>();
  for (const [lang, list] of Object.entries(terms)) vocabularies.set(lang, compileVocabulary(list));
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  // Smaller index chunks than Pagefind's default (20,000 word locations): a query fetches only
  // the chunk its words fall in, so a first search moves a third of the bytes of a default chunk.
  // An unstable switch of Pagefind's (env); without it the index is just chunked as usual.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const tokens: Record<string, number> = {};
  let pages = 0;
  try {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const lang = pageLanguage(html);
      const copy = indexedCopy(html, vocabularies.get(lang));
      tokens[lang] = (tokens[lang] ?? 0) + copy.tokens;
      // sourcePath relative to the site: Pagefind makes the result URL from it (/traffic-ramp/).
      const added = await index.addHTMLFile({ sourcePath: relative(site, file).replace(/\\/g, '/'), content: copy.html });
      if (added.errors.length > 0) throw new Error(`Pagefind on ${file}: ${added.errors.join('; ')}`);
      if (/\sdata-pagefind-body[\s=>]/.test(html)) pages++;
    }
    const written = await index.writeFiles({ outputPath: resolve(outputPath) });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // For the dialog, per edition: the vocabulary ([id, forms] pairs) and the page list (result id →
  // [address, title]), so a result shows without fetching its fragment.
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const languages = Object.keys(entry.languages);
  const pageList = fragmentPages(outputPath);
  const counts: Record<string, number> = {};
  for (const lang of languages) {
    const list = terms[lang as SearchLanguage] ?? [];
    counts[lang] = list.length;
    const data = {
      // The files Pagefind loads first, so the dialog can fetch them while pagefind.js starts.
      preload: [`pagefind.${entry.languages[lang]!.hash}.pf_meta`, `wasm.${entry.languages[lang]!.wasm ?? 'unknown'}.pagefind`],
      terms: list.filter((t) => t.forms.length > 0 && t.id !== phraseId(t.forms[0]!)).map((t) => [t.id, t.forms]),
      // Heading phrases: the form alone, its id is phraseId(form).
      phrases: list.filter((t) => t.forms.length === 1 && t.id === phraseId(t.forms[0]!)).map((t) => t.forms[0]),
      pages: Object.fromEntries(Object.entries(pageList).filter(([id]) => id.startsWith(`${lang}_`))),
    };
    writeFileSync(join(outputPath, `search.${lang}.json`), JSON.stringify(data));
  }
  return { pages, tokens, terms: counts, outputPath };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const root = join(import.meta.dirname, '..', '..');
  const site = resolve(opt('--site') ?? join(root, 'dist'));
  const glossary = resolve(opt('--glossary') ?? process.env.SEARCH_GLOSSARY ?? join(root, 'content', 'glossary.yaml'));
  if (!existsSync(glossary)) console.warn(`search index: no glossary at ${glossary}; indexing without synonyms`);
  const started = performance.now();
  const s = await buildSearchIndex(site, glossary);
  if (!args.includes('--quiet')) {
    const per = Object.entries(s.tokens)
      .map(([lang, n]) => `${lang}: ${s.terms[lang] ?? 0} terms, ${n} uses`)
      .join('; ');
    console.log(`search index: ${s.pages} pages into ${relative(process.cwd(), s.outputPath) || s.outputPath} in ${((performance.now() - started) / 1000).toFixed(1)} s (${per})`);
  }
}

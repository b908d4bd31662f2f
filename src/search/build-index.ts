/**
 * Builds the search index after `astro build` (`npm run build` runs it), in place of a bare
 * `pagefind --site dist`:
 *   1. reads the glossary (content/glossary.yaml) and makes each edition's vocabulary: every term's
 *      forms (zh: hanzi and aliases; en: gloss, hanzi and aliases);
 *   2. gives Pagefind (its Node API, the same binary as the CLI) a copy of every built page in which
 *      each form is followed by its term's token (src/search/terms.ts). The pages in dist/ are not
 *      touched: a reader and a screen reader never meet a token;
 *   3. writes the index to dist/pagefind/, and each edition's vocabulary beside it
 *      (pagefind/terms.<language>.json) for the search dialog to rewrite queries with.
 *
 *   node src/search/build-index.ts [--site dist] [--glossary content/glossary.yaml] [--quiet]
 *
 * SEARCH_GLOSSARY=<file> points it at another glossary file (the tests' fixture).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { mapText } from './html-text.ts';
import { annotate, compileVocabulary, findForms, type TermForms, type Vocabulary } from './terms.ts';

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

/** Each edition's forms of each term: zh-CN prose writes hanzi and its aliases; English also glosses. */
export function vocabularyTerms(glossary: unknown): Record<SearchLanguage, TermForms[]> {
  const entries = GlossaryFileSchema.parse(glossary);
  return {
    'zh-cn': entries.map((e) => ({ id: e.id, forms: [e.hanzi, ...e.aliases.zh] })),
    en: entries.map((e) => ({ id: e.id, forms: [e.en, e.hanzi, ...e.aliases.en] })),
  };
}

export function readGlossary(file: string): Record<SearchLanguage, TermForms[]> | undefined {
  if (!existsSync(file)) return undefined;
  return vocabularyTerms(parseYaml(readFileSync(file, 'utf8')));
}

/** The page's language as Pagefind will key it: `<html lang="zh-CN">` → zh-cn. */
export const pageLanguage = (html: string): string => (/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();

/** The copy of a page Pagefind indexes: tokens after every form, in the indexed body only. */
export function indexedCopy(html: string, vocabulary: Vocabulary | undefined): { html: string; tokens: number } {
  if (!vocabulary) return { html, tokens: 0 };
  const at = html.search(/<body[\s>]/i);
  if (at === -1) return { html, tokens: 0 };
  let tokens = 0;
  const body = mapText(html.slice(at), (text) => {
    const n = findForms(text, vocabulary).length;
    if (n === 0) return text;
    tokens += n;
    return annotate(text, vocabulary);
  });
  return { html: html.slice(0, at) + body, tokens };
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
  const terms = readGlossary(glossaryFile);
  const vocabularies = new Map<string, Vocabulary>();
  if (terms) for (const [lang, list] of Object.entries(terms)) vocabularies.set(lang, compileVocabulary(list));
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const tokens: Record<string, number> = {};
  let pages = 0;
  try {
    for (const file of htmlFiles(site)) {
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
  // Each edition's vocabulary, for the dialog: [id, forms] pairs.
  const languages = Object.keys(JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')).languages as object);
  const counts: Record<string, number> = {};
  for (const lang of languages) {
    const list = terms?.[lang as SearchLanguage] ?? [];
    counts[lang] = list.length;
    writeFileSync(join(outputPath, `terms.${lang}.json`), JSON.stringify(list.map((t) => [t.id, t.forms])));
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

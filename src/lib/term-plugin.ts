/**
 * Sätteri mdast plugin: the first use of each glossary term on a page becomes `<Term id="…">…</Term>`
 * (src/components/content/Term.astro), a button that shows the term's definition on hover, focus
 * and tap without JavaScript; the definitions themselves (with the link to each glossary entry) go
 * in one `<TermTips ids="…" />` appended to the end of the page, so the first screen's HTML does not
 * grow (reading pages must fit the first round trip: test/perf/budgets.ts).
 *
 * At most `maxPerPage` terms are marked per page, in reading order: each costs about 140 bytes of
 * gzip HTML (button and definition), and a page full of dotted underlines helps nobody.
 *
 * Only prose is marked: never inside a heading, a link, code, a source mark (<Src>), a computed
 * figure (<Num>) or another term; aside titles are attributes, so they are never visited. Terms
 * with `link: false` in the glossary (words too common to help, like 元) are left alone.
 * Pages outside content/{zh-CN,en}/ and the glossary page itself are not touched.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { buildMatcher, findTerms, readGlossary, type GlossaryLocale, type Term, type TermMatcher } from './glossary';

/** Elements and MDX components whose text is never marked. */
const skipTypes = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'definition', 'footnoteDefinition']);
const skipComponents = new Set(['Src', 'Num', 'Term', 'a', 'abbr', 'code', 'kbd', 'sup', 'TaskInput']);
/** Pages that list the terms themselves. */
const skipSlugs = new Set(['glossary']);

/** Locale and slug of a content file, or undefined for files the plugin leaves alone. */
export function pageOfFile(path: string): { locale: GlossaryLocale; slug: string } | undefined {
  const m = /[\\/]content[\\/](zh-CN|en)[\\/](.+)\.mdx$/.exec(path);
  if (!m) return undefined;
  return { locale: m[1] === 'en' ? 'en' : 'zh', slug: m[2]!.replace(/\\/g, '/') };
}

interface MinimalNode {
  type: string;
  name?: string | null;
}

/**
 * The plugin, as a factory Sätteri calls once per document (so "first use" is per page).
 * `terms` defaults to content/glossary.yaml.
 */
export function termPlugin(terms: Term[] = readGlossary(), maxPerPage = 6) {
  const matchers = new Map<GlossaryLocale, TermMatcher>();
  const matcherFor = (locale: GlossaryLocale) => {
    let m = matchers.get(locale);
    if (!m) {
      m = buildMatcher(terms, locale, (t) => t.link === true || t.link === locale);
      matchers.set(locale, m);
    }
    return m;
  };

  return (ctx: PluginFactoryContext): MdastPluginDefinition | null => {
    const page = ctx.fileURL ? pageOfFile(fileURLToPath(ctx.fileURL)) : undefined;
    if (!page || skipSlugs.has(page.slug)) return null;
    const matcher = matcherFor(page.locale);
    const seen = new Set<string>();
    return {
      name: 'yunying:glossary-terms',
      text(node, visit) {
        for (let p = visit.parent(node) as MinimalNode | undefined; p; p = visit.parent(p as never) as MinimalNode | undefined) {
          if (skipTypes.has(p.type)) return;
          if ((p.type === 'mdxJsxTextElement' || p.type === 'mdxJsxFlowElement') && p.name && skipComponents.has(p.name)) return;
        }
        const hits = findTerms(node.value, matcher).filter((h) => {
          if (seen.has(h.id) || seen.size >= maxPerPage) return false;
          seen.add(h.id);
          return true;
        });
        if (hits.length === 0) return;
        const parts: unknown[] = [];
        let at = 0;
        for (const h of hits) {
          if (h.index > at) parts.push({ type: 'text', value: node.value.slice(at, h.index) });
          parts.push({
            type: 'mdxJsxTextElement',
            name: 'Term',
            attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: h.id }],
            children: [{ type: 'text', value: h.text }],
          });
          at = h.index + h.text.length;
        }
        if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
        visit.replaceNode(node, parts as never);
      },
      after(root, visit) {
        if (seen.size === 0) return;
        visit.appendChild(root, {
          type: 'mdxJsxFlowElement',
          name: 'TermTips',
          attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: [...seen].join(' ') }],
          children: [],
        } as never);
      },
    };
  };
}

/**
 * Reads content/<locale>/**.mdx straight from disk for the content tests: frontmatter, heading ids,
 * source references, calculator embeds, asides and relative links of every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const contentDir = join(import.meta.dirname, '..', '..', 'content');
export const localeDirs = ['zh-CN', 'en'] as const;

export interface ContentPage {
  locale: (typeof localeDirs)[number];
  slug: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** Lines before the body (the frontmatter): body line i is file line i + 1 + offset. */
  offset: number;
  headings: { depth: number; id: string | undefined; text: string; line: number }[];
  sources: string[];
  embeds: string[];
  asides: string[];
  links: { href: string; line: number }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

/** Removes fenced code so examples of syntax inside code blocks are not mistaken for content. */
function stripCode(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, (m) => m.replace(/[^\n]/g, ' '));
}

export function parsePage(file: string, locale: ContentPage['locale']): ContentPage {
  const raw = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  const frontmatter = m ? (parse(m[1]!) as Record<string, unknown>) : {};
  const body = stripCode(m ? raw.slice(m[0].length) : raw);
  const offset = m ? m[0].split('\n').length - 1 : 0;
  const lines = body.split('\n');
  const headings: ContentPage['headings'] = [];
  const links: ContentPage['links'] = [];
  lines.forEach((line, i) => {
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (h) {
      const idMatch = /\s*\{#([^}\s]+)\}\s*$/.exec(h[2]!);
      headings.push({
        depth: h[1]!.length,
        id: idMatch?.[1],
        text: idMatch ? h[2]!.slice(0, idMatch.index) : h[2]!,
        line: i + 1 + offset,
      });
    }
    for (const l of line.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)) links.push({ href: (l[1] ?? l[2])!, line: i + 1 + offset });
  });
  const attrs = (tag: string) =>
    [...body.matchAll(new RegExp(`<${tag}\\b([^>]*?)\\/?>`, 'g'))].map((x) => x[1]!.replace(/\s+/g, ' ').trim());
  return {
    locale,
    slug: relative(join(contentDir, locale), file).replace(/\\/g, '/').replace(/\.mdx$/, ''),
    file: relative(join(contentDir, '..'), file),
    frontmatter,
    body,
    offset,
    headings,
    sources: attrs('Src'),
    embeds: [...body.matchAll(/<(\w+Calculator)\b([^>]*?)\/?>/g)].map((x) => `${x[1]} ${x[2]!.replace(/\s+/g, ' ').trim()}`.trim()),
    asides: [...body.matchAll(/<Aside\b[^>]*?type="(\w+)"/g)].map((x) => x[1]!),
    links,
  };
}

/** Every page of both editions. */
export function loadContent(): ContentPage[] {
  return localeDirs.flatMap((locale) => walk(join(contentDir, locale)).map((f) => parsePage(f, locale)));
}

/**
 * The content rules every page must keep (content/README.md): valid frontmatter, a summary,
 * explicit unique ASCII heading ids, valid source references, links that resolve, and the two
 * editions in step (same pages, heading ids, source references, calculator embeds, asides).
 */
import { describe, expect, test } from 'vitest';
import { PlaybookSchema } from '../../src/schemas/playbook';
import { seeds, seedIds, type SeedId } from '../../src/lib/seeds';
import { loadContent, type ContentPage } from './load';

const pages = loadContent();
const bySlug = (locale: string) => new Map(pages.filter((p) => p.locale === locale).map((p) => [p.slug, p]));
const zh = bySlug('zh-CN');
const en = bySlug('en');

/** Playbooks the content brief maps (18), the home page and the source index must all exist. */
const requiredSlugs = [
  'index',
  'sources',
  'opening-a-tmall-store',
  'team-and-roles',
  'staffing-by-revenue',
  'pay-and-kpis',
  'traffic-ramp',
  'products-and-inventory',
  'promotion-and-campaigns',
  'customers-and-membership',
  'customer-service',
  'warehouse-and-shipping',
  'targets-costs-roi',
  'investment-and-payback',
  'roadmap',
  'ecommerce-department',
  'case-rural-ecommerce',
  'case-art-platform',
  'case-offline-retail',
  'case-computer-rental',
  // new pages (issue 14): listing, content, the Taobao route, the first month, templates
  'listing-and-visuals',
  'content-and-brand',
  'taobao-store',
  'first-30-days',
  'templates',
  'quick-reference',
  'glossary',
  'primer',
  'compliance',
  'calculators/funnel',
  'calculators/entry-cost',
  'calculators/cs-pay',
  'worked-example',
];

test('content loads', () => {
  expect(pages.length).toBeGreaterThan(0);
});

test.each(requiredSlugs)('both editions have the page %s', (slug) => {
  expect(zh.has(slug), `content/zh-CN/${slug}.mdx`).toBe(true);
  expect(en.has(slug), `content/en/${slug}.mdx`).toBe(true);
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page: ContentPage) => {
  test('frontmatter is valid', () => {
    const r = PlaybookSchema.safeParse(page.frontmatter);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  test('starts with a <Summary>', () => {
    expect(page.body.trimStart().startsWith('<Summary>') || /^\s*(import .*\n\s*)*<Summary>/.test(page.body)).toBe(true);
  });

  test('every heading is an h2/h3 with an explicit, unique ASCII id', () => {
    const problems = page.headings.flatMap((h) => {
      const out: string[] = [];
      if (h.depth < 2 || h.depth > 4) out.push(`line ${h.line}: h${h.depth} "${h.text}" (the title is the only h1)`);
      if (!h.id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(h.id)) out.push(`line ${h.line}: "${h.text}" needs {#ascii-id}`);
      return out;
    });
    const ids = page.headings.map((h) => h.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect([...problems, ...dupes.map((d) => `duplicate id ${d}`)]).toEqual([]);
  });

  test('source references name a real seed and part', () => {
    const bad = page.sources.filter((attrs) => {
      const seed = /seed="([^"]*)"/.exec(attrs)?.[1];
      const part = /part="([^"]*)"/.exec(attrs)?.[1];
      if (!seed || !(seedIds as readonly string[]).includes(seed)) return true;
      return part !== undefined && !seeds[seed as SeedId].parts.includes(part);
    });
    expect(bad).toEqual([]);
  });

  test('relative links point at existing pages and headings', () => {
    const here = page.locale === 'zh-CN' ? zh : en;
    const base = new URL(`http://x/${page.slug === 'index' ? '' : `${page.slug}/`}`);
    const broken = page.links.flatMap(({ href, line }) => {
      if (/^[a-z]+:/i.test(href)) return [`line ${line}: external link ${href} (the site links only to itself)`];
      if (href.startsWith('/')) return [`line ${line}: ${href} is root-absolute; write a relative link so any base path works`];
      const url = new URL(href, base);
      const path = url.pathname.replace(/^\/|\/$/g, '') || 'index';
      const target = href.startsWith('#') ? page : here.get(path);
      if (!target) return [`line ${line}: no page for ${href}`];
      if (!url.pathname.endsWith('/')) return [`line ${line}: ${href} needs a trailing slash`];
      const hash = url.hash.slice(1);
      if (hash && !target.headings.some((h) => h.id === hash)) return [`line ${line}: ${href}: no heading #${hash} on ${target.slug}`];
      return [];
    });
    expect(broken).toEqual([]);
  });
});

describe('the English edition matches the Chinese one', () => {
  const slugs = [...new Set([...zh.keys(), ...en.keys()])].sort();
  test.each(slugs)('%s', (slug) => {
    const a = zh.get(slug);
    const b = en.get(slug);
    expect(a, `content/zh-CN/${slug}.mdx is missing`).toBeDefined();
    expect(b, `content/en/${slug}.mdx is missing`).toBeDefined();
    if (!a || !b) return;
    expect(b.headings.map((h) => h.id), 'heading ids').toEqual(a.headings.map((h) => h.id));
    expect([...b.sources].sort(), 'source references').toEqual([...a.sources].sort());
    expect(b.embeds, 'calculator embeds').toEqual(a.embeds);
    expect([...b.asides].sort(), 'aside types').toEqual([...a.asides].sort());
    expect(b.frontmatter.group).toBe(a.frontmatter.group);
    expect(b.frontmatter.order).toBe(a.frontmatter.order);
    expect(b.frontmatter.sources).toEqual(a.frontmatter.sources);
  });
});

describe('prohibited practices appear only as warnings', () => {
  // 刷单 (fake orders) and 好评返现 (cash for good reviews) may be named only inside a danger aside,
  // except on the compliance page, whose sections are about them.
  const terms = /刷单|好评返现|brushing|fake orders?|cash[- ]for[- ]reviews?|paid reviews?/i;
  test.each(pages.filter((p) => p.slug !== 'compliance').map((p) => [p.file, p] as const))('%s', (_f, page: ContentPage) => {
    const outside = page.body
      .replace(/<Aside\b[^>]*type="danger"[^>]*>[\s\S]*?<\/Aside>/g, '')
      .split('\n')
      .filter((l) => terms.test(l) && !/^#{2,3}\s/.test(l));
    expect(outside).toEqual([]);
  });
});

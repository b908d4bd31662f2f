import { getCollection, type CollectionEntry } from 'astro:content';
import { groups, type Group } from '../schemas/playbook';
import { toLocale, type Locale } from '../i18n/locales';
import { pageUrl } from './urls';

export type PageEntry = CollectionEntry<'pages'>;

/** Splits an entry id (`zh-CN/calculators/roi`) into its locale and slug. */
export function parseId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf('/');
  return { locale: toLocale(id.slice(0, slash)), slug: id.slice(slash + 1) };
}

/** All pages of one edition, in sidebar order (group, then `order`, then slug). */
export async function getPages(locale: Locale): Promise<PageEntry[]> {
  const all = await getCollection('pages', (e) => parseId(e.id).locale === locale);
  return all.sort(
    (a, b) =>
      groups.indexOf(a.data.group) - groups.indexOf(b.data.group) ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

export interface NavLink {
  slug: string;
  href: string;
  label: string;
}

export interface NavGroup {
  group: Group;
  links: NavLink[];
}

/** The sidebar: every page but the home page, grouped. */
export function sidebar(pages: PageEntry[], locale: Locale): NavGroup[] {
  return groups
    .map((group) => ({
      group,
      links: pages
        .filter((p) => p.data.group === group && parseId(p.id).slug !== 'index')
        .map((p) => {
          const slug = parseId(p.id).slug;
          return { slug, href: pageUrl(locale, slug), label: p.data.title };
        }),
    }))
    .filter((g) => g.links.length > 0);
}

/** Previous and next pages in sidebar order. */
export function neighbours(nav: NavGroup[], slug: string): { prev?: NavLink | undefined; next?: NavLink | undefined } {
  const flat = nav.flatMap((g) => g.links);
  const i = flat.findIndex((l) => l.slug === slug);
  if (i === -1) return { next: flat[0] };
  return { prev: flat[i - 1], next: flat[i + 1] };
}

/** getStaticPaths for one edition: every entry at its slug, the home page at the locale root. */
export async function localeStaticPaths(locale: Locale) {
  const pages = await getPages(locale);
  return pages.map((entry) => {
    const { slug } = parseId(entry.id);
    return { params: { slug: slug === 'index' ? undefined : slug }, props: { entry } };
  });
}

import { locales, type Locale } from '../i18n/locales';

/** The configured base path, always with a trailing slash ('/' or '/yunying/'). */
export function basePath(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Root of a locale's edition: '/' for zh-CN, '/en/' for English (under the base path). */
export function localeRoot(locale: Locale): string {
  const prefix = locales[locale].prefix;
  return prefix ? `${basePath()}${prefix}/` : basePath();
}

/** URL of a page by slug (`index` is the home page), with an optional `#hash`. */
export function pageUrl(locale: Locale, slug: string, hash?: string): string {
  const path = slug === 'index' ? localeRoot(locale) : `${localeRoot(locale)}${slug}/`;
  return hash ? `${path}#${hash}` : path;
}

/**
 * Resolves a link written in MDX against the page it appears on. Relative links
 * (`../traffic-ramp/#five-steps`) become root-absolute under the base path, so they print as
 * full URLs and survive any `base`; absolute, external and hash-only links pass through.
 */
export function resolveHref(href: string, currentPath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return href;
  const resolved = new URL(href, `http://x${currentPath}`);
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

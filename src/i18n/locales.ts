/**
 * The one locale table. zh-CN is the primary edition, served at the site root; English lives
 * under /en/. Everything else (routing, `<html lang>`, Pagefind's per-language index, the
 * language switcher, link previews' og:locale) reads from here.
 */
export const locales = {
  'zh-CN': { label: '简体中文', lang: 'zh-CN', prefix: '', ogLocale: 'zh_CN' },
  en: { label: 'English', lang: 'en', prefix: 'en', ogLocale: 'en_US' },
} as const;

export type Locale = keyof typeof locales;
export const localeCodes = Object.keys(locales) as Locale[];
export const defaultLocale: Locale = 'zh-CN';

/** Narrows any string (e.g. `Astro.currentLocale`) to a known locale, falling back to the default. */
export function toLocale(value: string | undefined): Locale {
  if (!value) return defaultLocale;
  const found = localeCodes.find((l) => l.toLowerCase() === value.toLowerCase());
  return found ?? defaultLocale;
}

/** The other edition of the site, for the language switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

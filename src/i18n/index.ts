import { en, type UiKey, type UiStrings } from './ui/en';
import { zhCN } from './ui/zh-CN';
import type { Locale } from './locales';

export * from './locales';
export type { UiKey, UiStrings };

const dictionaries: Record<Locale, UiStrings> = { en, 'zh-CN': zhCN };

/** Returns the translator for a locale: `t('toc.label')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dict = dictionaries[locale];
  return (key) => dict[key];
}

/** The whole dictionary, for tests. */
export function dictionary(locale: Locale): UiStrings {
  return dictionaries[locale];
}

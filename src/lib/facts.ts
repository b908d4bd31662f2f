/**
 * How a present-day fact (content/facts.yaml, schema src/schemas/fact.ts) reads on a page: the
 * compact source mark `<Fact id="…" />` prints, and the dates in each edition. Pure functions, so
 * the unit tests pin the wording that Fact.astro renders.
 */
import type { Fact } from '../schemas/fact';
import type { Locale } from '../i18n/locales';

/** `2024-07-26` -> 2024-07-26 / "26 Jul 2024"; `2024-08` -> 2024-08 / "Aug 2024"; `2024` -> 2024. */
export function formatPartialDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (locale === 'zh-CN') return m === undefined ? `${y} 年` : d === undefined ? `${y} 年 ${m} 月` : `${y} 年 ${m} 月 ${d} 日`;
  if (m === undefined) return String(y);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** The publisher's short name for the mark: the part before the first comma or bracket. */
export function shortPublisher(publisher: string): string {
  return publisher.split(/[,(（]/)[0]!.trim();
}

/** What the mark shows: "TapTechNews · 2024 年 7 月 26 日" / "TapTechNews · 26 Jul 2024". */
export function factMarkText(fact: Pick<Fact, 'source' | 'asOf'>, locale: Locale): string {
  return `${shortPublisher(fact.source.publisher)} · ${formatPartialDate(fact.asOf, locale)}`;
}

/** The link's tooltip: the source's title and publisher, and the day a person read it. */
export function factTitle(fact: Pick<Fact, 'source' | 'checked'>, locale: Locale): string {
  const checked = formatPartialDate(fact.checked, locale);
  return locale === 'zh-CN'
    ? `${fact.source.title}（${fact.source.publisher}；${checked}核对）`
    : `${fact.source.title} (${fact.source.publisher}; checked ${checked})`;
}

/** The statement in the page's language. */
export function factStatement(fact: Pick<Fact, 'zh' | 'en'>, locale: Locale): string {
  return locale === 'zh-CN' ? fact.zh : fact.en;
}

/** Where to check the fact today, in the page's language. */
export function factCheck(fact: Pick<Fact, 'check'>, locale: Locale): string {
  return locale === 'zh-CN' ? fact.check.zh : fact.check.en;
}

/** Throws the error a writer sees when a page names a fact that facts.yaml does not have. */
export function unknownFact(id: string, page: string, known: readonly string[]): Error {
  return new Error(`<Fact>: unknown fact "${id}" on ${page}; add it to content/facts.yaml with its source (known: ${known.join(', ')})`);
}

/**
 * Number formatting for the calculators, per page language. Money is yuan through
 * `Intl.NumberFormat` (¥ in Chinese, CN¥ in English: never a bare ¥ on an English page); 万 / K compact notation only for headline figures.
 */

/** The two editions' locales, as the wrappers pass them to the islands. */
export type CalcLocale = 'zh-CN' | 'en';

/** Formatters bound to one locale. */
export interface Formatters {
  /** ¥270,650 (whole yuan). */
  readonly yuan: (n: number) => string;
  /** ¥0.26 (to the fen, for costs per click). */
  readonly yuanFine: (n: number) => string;
  /** ¥27.1万 / ¥271K: headline figures only. */
  readonly yuanHeadline: (n: number) => string;
  /** A fraction as a percentage: 0.255 -> 25.5%. */
  readonly share: (fraction: number) => string;
  /** A plain number with up to `digits` decimals. */
  readonly number: (n: number, digits?: number) => string;
  /** ROI as the sources write it: 1:3.92. */
  readonly roi: (x: number) => string;
}

const cache = new Map<CalcLocale, Formatters>();

/** Returns (and caches) the formatters of a locale. */
export function formatters(locale: CalcLocale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const money = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'symbol', ...options });
  const whole = money({ maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const fine = money({ maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const compact = money({ notation: 'compact', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const plain = [0, 1, 2].map((d) => new Intl.NumberFormat(locale, { maximumFractionDigits: d }));
  // -0 and -0.4 both round to "-¥0": show zero without a sign.
  const clean = (n: number, step: number) => (Math.abs(n) < step / 2 ? 0 : n);
  const f: Formatters = {
    yuan: (n) => whole.format(clean(n, 1)),
    yuanFine: (n) => fine.format(clean(n, 0.01)),
    yuanHeadline: (n) => (Math.abs(n) < 10_000 ? whole.format(clean(n, 1)) : compact.format(n)),
    share: (x) => percent.format(clean(x, 0.001)),
    number: (n, digits = 0) => plain[Math.min(digits, 2)]!.format(clean(n, 10 ** -digits)),
    roi: (x) => `1:${plain[2]!.format(x)}`,
  };
  cache.set(locale, f);
  return f;
}

/** Fills `{name}` placeholders of a label with values. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

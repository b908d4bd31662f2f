/**
 * Figures the prose quotes that can be computed: worked out at build from the same functions the
 * calculators run, so a page cannot drift from its calculator. MDX prints one with
 * `<Num of="paybackA.troughYuan" />` (src/components/content/Num.astro), formatted for the page's
 * language. Add a figure here (with a comment naming its source) rather than typing the number.
 */
import { computePayback } from '../calculators/payback/payback';
import { paybackPresets } from '../calculators/payback/payback.schema';

/**
 * The lowest point of the cumulative cash flow in a month (a negative amount): the cash a plan must
 * find. Lump sums move at the start of a month and profit accrues through it, so the low of a month
 * is at its start (after the lumps) or, when the month loses money, at its end.
 */
function monthLow(m: { cumulativeYuan: number; operatingYuan: number }): number {
  return Math.min(m.cumulativeYuan - m.operatingYuan, m.cumulativeYuan);
}
function troughYuan(preset: keyof typeof paybackPresets): number {
  return Math.min(0, ...computePayback(paybackPresets[preset]).months.map(monthLow));
}

/** Month (1-based) in which the trough is reached. */
function troughMonth(preset: keyof typeof paybackPresets): number {
  const months = computePayback(paybackPresets[preset]).months;
  return months.reduce((low, m) => (monthLow(m) < monthLow(low) ? m : low), months[0]!).month;
}

function paybackMonths(preset: keyof typeof paybackPresets): number {
  const cash = computePayback(paybackPresets[preset]).cash;
  if (cash.kind !== 'paid-back') throw new Error(`figures: preset ${preset} does not pay back`);
  return cash.paybackMonths;
}

/** Every named figure: its value and how many decimals to print (default 0). */
export const figures = {
  /** 002 篇六, reading A (src/calculators/README.md): the deepest cash need, and when. */
  'paybackA.troughYuan': { value: -troughYuan('plan-002-a') },
  'paybackA.troughMonth': { value: troughMonth('plan-002-a') },
  'paybackA.paybackMonths': { value: paybackMonths('plan-002-a'), digits: 1 },
  /** 002 篇六, reading B. */
  'paybackB.troughYuan': { value: -troughYuan('plan-002-b') },
  'paybackB.troughMonth': { value: troughMonth('plan-002-b') },
  'paybackB.paybackMonths': { value: paybackMonths('plan-002-b'), digits: 1 },
} satisfies Record<string, { value: number; digits?: number }>;

export type FigureId = keyof typeof figures;

/** A figure's value, rounded to `round` (e.g. 1000) when given. Throws on an unknown id. */
export function figureValue(id: string, round?: number): { value: number; digits: number } {
  const f = (figures as Record<string, { value: number; digits?: number }>)[id];
  if (!f) throw new Error(`figures: unknown figure "${id}" (known: ${Object.keys(figures).join(', ')})`);
  const value = round ? Math.round(f.value / round) * round : f.value;
  return { value, digits: round ? 0 : (f.digits ?? 0) };
}

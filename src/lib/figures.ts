/**
 * Figures the prose quotes that can be computed: worked out at build from the same functions the
 * calculators run, so a page cannot drift from its calculator. MDX prints one with
 * `<Num of="paybackA.troughYuan" />` (src/components/content/Num.astro), formatted for the page's
 * language. Add a figure here (with a comment naming its source) rather than typing the number.
 */
import { computePayback } from '../calculators/payback/payback';
import { paybackPresets } from '../calculators/payback/payback.schema';
import { computeFunnel } from '../calculators/funnel/funnel';
import { funnelPresets } from '../calculators/funnel/funnel.schema';
import { computeEntryCost } from '../calculators/entry-cost/entry-cost';
import { entryCostPresets } from '../calculators/entry-cost/entry-cost.schema';
import { computeCsPay } from '../calculators/cs-pay/cs-pay';
import { csPayPresets } from '../calculators/cs-pay/cs-pay.schema';

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

/** A funnel preset's solved day; throws when the preset has no answer (a data bug). */
function funnelDay(preset: keyof typeof funnelPresets) {
  const r = computeFunnel(funnelPresets[preset]);
  if (r.kind !== 'ok') throw new Error(`figures: funnel preset ${preset} cannot be solved (${r.reason})`);
  return r;
}

/** How many times the top of 001 篇1's step 5 a preset's visitors are. */
function beyondTimes(preset: keyof typeof funnelPresets): number {
  const step = funnelDay(preset).step;
  if (step.kind !== 'beyond') throw new Error(`figures: funnel preset ${preset} is not past the five steps`);
  return step.times;
}

/** Deposit + annual fee of an entry-cost preset. */
function upfront(preset: keyof typeof entryCostPresets): number {
  const r = computeEntryCost(entryCostPresets[preset]).upfrontYuan;
  if (r === null) throw new Error(`figures: entry-cost preset ${preset} has no deposit`);
  return r;
}

const csTier4 = computeCsPay(csPayPresets['tier-4']).csTeam;

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
  /** 000 篇1: 200 orders a day at 2 % (the plan's own 10,000). */
  'funnel.goal2pct.visitors': { value: funnelDay('goal-2pct').day.visitors },
  /** 001 篇3's 1 % applied to the same 200 orders. */
  'funnel.goal1pct.visitors': { value: funnelDay('goal-1pct').day.visitors },
  /** The 200-order goal at 2 % against the top of 001 篇1's step 5 (2,000 UV). */
  'funnel.goal2pct.beyondTimes': { value: beyondTimes('goal-2pct') },
  /** 002 篇一: specialty store, TM mark: annual fee + deposit. */
  'entryCost.plan002Tm.upfrontYuan': { value: upfront('plan-002-tm') },
  /** 002 篇一: specialty store, every mark ®: annual fee + deposit (= 篇五's 130,000). */
  'entryCost.plan002R.upfrontYuan': { value: upfront('plan-002-r') },
  /** 002 篇五's pay on 篇六's tier 4 team, every order through an agent: all CS commission. */
  'csPay.tier4.commissionYuan': { value: csTier4.commissionYuan },
  'csPay.tier4.csPayYuan': { value: csTier4.payYuan },
  'csPay.tier4.csSharePct': { value: (csTier4.shareOfRevenue ?? 0) * 100, digits: 1 },
} satisfies Record<string, { value: number; digits?: number }>;

export type FigureId = keyof typeof figures;

/** A figure's value, rounded to `round` (e.g. 1000) when given. Throws on an unknown id. */
export function figureValue(id: string, round?: number): { value: number; digits: number } {
  const f = (figures as Record<string, { value: number; digits?: number }>)[id];
  if (!f) throw new Error(`figures: unknown figure "${id}" (known: ${Object.keys(figures).join(', ')})`);
  const value = round ? Math.round(f.value / round) * round : f.value;
  return { value, digits: round ? 0 : (f.digits ?? 0) };
}

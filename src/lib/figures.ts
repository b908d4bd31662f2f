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
import * as we from './worked-example';

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

/**
 * The worked example (/worked-example/): the hypothetical store of src/lib/worked-example.ts,
 * whose inputs are the page's assumptions or source figures (each marked there), taken through
 * the entry-cost, staffing, funnel, ROI and payback calculators.
 */
function workedExampleFigures() {
  const entry = we.entry;
  if (entry.deposit.kind !== 'known' || entry.commission.yuan === null || entry.firstYearCashYuan === null || entry.costYuan === null) {
    throw new Error('figures: the worked example\'s entry cost has an unknown');
  }
  const cash = we.cashTrough(we.payback);
  const stressCash = we.cashTrough(we.stress);
  const paid = we.paidBackAt(we.payback.cash);
  const stressPaid = we.paidBackAt(we.stress.cash);
  const m12 = we.monthSplit(12);
  const m1 = we.monthSplit(1);
  const inputs = Object.fromEntries(Object.entries(we.store).map(([k, v]) => [`we.in.${k}`, { value: v.value, digits: Number.isInteger(v.value) ? 0 : 1 }]));
  const months = Object.fromEntries(
    we.shownMonths.flatMap((m) => {
      const rev = we.payback.months[m - 1]!.revenueYuan;
      const t = we.staffingAt(rev);
      return [
        [`we.m${m}.revenueYuan`, { value: rev }],
        [`we.m${m}.ordersPerDay`, { value: we.ordersPerDayIn(m) }],
        [`we.m${m}.tier`, { value: t.kind === 'tier' ? t.tier.tier : 0 }],
        [`we.m${m}.headcount`, { value: t.kind === 'tier' ? t.headcount : 0 }],
        [`we.m${m}.staffYuan`, { value: t.kind === 'tier' ? t.monthlyCostYuan : 0 }],
      ];
    }),
  );
  const be = we.funnel.ads.breakEven;
  if (be?.kind !== 'ratio') throw new Error('figures: the worked example has no break-even bid');
  return {
    ...inputs,
    ...months,
    'we.in.basicFeePct': { value: we.platformPct - we.store.commissionPct.value, digits: 1 },
    'we.in.platformPct': { value: we.platformPct, digits: 1 },
    'we.entry.depositYuan': { value: entry.deposit.yuan },
    'we.entry.firstYearSalesYuan': { value: we.entryInput().annualSalesYuan },
    'we.entry.commissionYuan': { value: entry.commission.yuan },
    'we.entry.basicFeeYuan': { value: entry.basicFee.yuan },
    'we.entry.cashYuan': { value: entry.firstYearCashYuan },
    'we.entry.costYuan': { value: entry.costYuan },
    'we.staff.goalYuan': { value: we.staffYuan },
    'we.staff.overstatedYuan': { value: we.staffOverstatedYuan() },
    'we.staff.topTierMonth': { value: we.topTier().month },
    'we.staff.topTierYuan': { value: we.topTier().thresholdYuan },
    'we.staff.monthsBelowTop': { value: we.topTier().month - 1 },
    'we.funnel.visitors': { value: we.funnel.day.visitors },
    'we.funnel.paidClicks': { value: we.funnel.ads.paidVisitors },
    'we.funnel.spendDayYuan': { value: we.funnel.ads.spendYuan },
    'we.funnel.spendMonthYuan': { value: we.funnel.month.spendYuan },
    'we.funnel.beCpcYuan': { value: be.cpcYuan, digits: 2 },
    'we.funnel.beSpendMonthYuan': { value: we.funnel.ads.paidVisitors * be.cpcYuan * 30 },
    'we.funnel.targetCpcYuan': { value: we.targetCpcYuan, digits: 2 },
    'we.ads.contributionPct': { value: we.contributionRate * 100, digits: 2 },
    'we.ads.beRoas': { value: we.breakEvenRoas, digits: 2 },
    'we.ads.targetRoas': { value: we.targetRoas, digits: 2 },
    'we.ads.roas': { value: we.roi.campaign?.roas ?? 0, digits: 2 },
    'we.ads.sharePct': { value: (we.funnel.ads.spendShareOfGmv ?? 0) * 100, digits: 1 },
    'we.m12.gmvYuan': { value: m12.gmvYuan },
    'we.m12.contributionYuan': { value: m12.contributionYuan },
    'we.m12.adsYuan': { value: m12.adsYuan },
    'we.m12.fixedYuan': { value: m12.fixedYuan },
    'we.m12.profitYuan': { value: m12.profitYuan },
    'we.m1.lossYuan': { value: -m1.profitYuan },
    'we.netMarginPct': { value: we.payback.netMarginPct, digits: 1 },
    'we.cash.troughYuan': { value: -cash.yuan },
    'we.cash.troughMonth': { value: cash.month },
    'we.cash.paybackMonths': { value: paid, digits: 1 },
    'we.cash.positionPaybackMonths': { value: we.paidBackAt(we.payback.position), digits: 1 },
    'we.stress.troughYuan': { value: -stressCash.yuan },
    'we.stress.troughMonth': { value: stressCash.month },
    'we.stress.paybackMonths': { value: stressPaid, digits: 1 },
    'we.stress.tiedYuan': { value: we.payback.months[we.settleMonth - 1]!.cumulativeYuan - we.stress.months[we.settleMonth - 1]!.cumulativeYuan },
    'we.stress.delayMonths': { value: stressPaid - paid, digits: 1 },
    'we.stress.lossYuan': { value: we.stress.totals.sunkYuan - we.payback.totals.sunkYuan },
    'we.stockMonth': { value: we.stockMonth },
    'we.double11Month': { value: we.double11Month },
    'we.settleMonth': { value: we.settleMonth },
    'we.clearanceMonth': { value: we.clearanceMonth },
  } as Record<string, { value: number; digits?: number }>;
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
  ...workedExampleFigures(),
} satisfies Record<string, { value: number; digits?: number }>;

export type FigureId = keyof typeof figures;

/** A figure's value, rounded to `round` (e.g. 1000) when given. Throws on an unknown id. */
export function figureValue(id: string, round?: number): { value: number; digits: number } {
  const f = (figures as Record<string, { value: number; digits?: number }>)[id];
  if (!f) throw new Error(`figures: unknown figure "${id}" (known: ${Object.keys(figures).join(', ')})`);
  const value = round ? Math.round(f.value / round) * round : f.value;
  return { value, digits: round ? 0 : (f.digits ?? 0) };
}

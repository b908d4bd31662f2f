/**
 * Figures the prose quotes that can be computed: worked out at build from the same functions the
 * calculators run, so a page cannot drift from its calculator. MDX prints one with
 * `<Num of="paybackA.troughYuan" />` (src/components/content/Num.astro), formatted for the page's
 * language. Add a figure here (with a comment naming its source) rather than typing the number.
 */
import { computePayback } from '../calculators/payback/payback';
import { paybackPresets, type PaybackInput } from '../calculators/payback/payback.schema';
import { plan002 } from '../calculators/payback/payback.data';
import { tiers } from '../calculators/staffing/staffing.data';
import { structure002 } from '../calculators/roi/roi.data';
import { breakEvenAt } from '../calculators/roi/roi';
import { roiPresets } from '../calculators/roi/roi.schema';
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
  return paybackMonthsOf(paybackPresets[preset], preset);
}
function paybackMonthsOf(input: PaybackInput, label: string): number {
  const cash = computePayback(input).cash;
  if (cash.kind !== 'paid-back') throw new Error(`figures: ${label} does not pay back`);
  return cash.paybackMonths;
}

/** Months from the first day of trading (the plans start selling in `startMonth`), not from month 1. */
function tradingMonths(input: PaybackInput, label: string): number {
  return paybackMonthsOf(input, label) - (input.startMonth - 1);
}

/**
 * How "2 年半" (002 篇六) can come out: reading B's cost structure, the deposit left out as money
 * that comes back, and sales flat at 50,000 a month from the first trading month.
 */
const plan002WithoutDeposit: PaybackInput = {
  ...paybackPresets['plan-002-b'],
  revenueMode: 'flat',
  revenueYuan: 50_000,
  items: paybackPresets['plan-002-b'].items.filter((i) => i.amountYuan !== plan002.tmallDepositYuan.value),
};

/** Operating profit earned before a given month (months 1 to month − 1): what has come back so far. */
function profitBeforeMonth(preset: keyof typeof paybackPresets, month: number): number {
  return computePayback(paybackPresets[preset])
    .months.filter((m) => m.month < month)
    .reduce((sum, m) => sum + m.operatingYuan, 0);
}

/**
 * Total customer-service commission in a month, the rule of 002 篇五: every agent (客服) earns
 * 0.2% of their own sales ("提成为个人业绩0.2个点"); the team lead (客服组长) and the manager (客服经理)
 * each earn 0.2% of the team's sales on top ("提成为团队业绩0.2%"). With every sale attributed to an
 * agent, the agents share `rate × sales` and each holder of a team commission adds the same again.
 * (The calcnew helper's cs-pay calculator will own this rule; until then it lives here.)
 */
export function csCommissionTotalYuan(salesYuan: number, teamCommissionHolders: number, rate = 0.002): number {
  if (salesYuan < 0 || teamCommissionHolders < 0 || !Number.isInteger(teamCommissionHolders)) {
    throw new Error('csCommissionTotalYuan: sales must be ≥ 0 and the number of team-commission holders a whole number ≥ 0');
  }
  return salesYuan * rate * (1 + teamCommissionHolders);
}

/**
 * The deepest discount that still breaks even before ads, with 002 篇六's structure: goods cost
 * (1 − 40 %) of the list price, while commission, shipping + packaging and tax (5 + 5 + 4.5 % = 14.5 %)
 * scale with the price actually charged. Selling at a fraction d of list: d − 0.6 − 0.145·d ≥ 0.
 */
function breakEvenPricePct(): number {
  const c = structure002;
  const goods = 1 - c.grossMarginPct.value / 100;
  const perSale = (c.commissionPct.value + c.shippingPackagingPct.value + c.taxPct.value) / 100;
  return (100 * goods) / (1 - perSale);
}

/**
 * Break-even ROAS (1:x) of the ROI calculator's 002 preset, with a refund rate in % (0 = the source's
 * case). A refunded order gives back its price, goods and percentage charges; its shipping is sunk.
 */
function breakEven002(refundPct: number): number {
  const preset = roiPresets['tmall-002'];
  const x = breakEvenAt(preset, 100 * (1 - preset.costYuan / preset.priceYuan), refundPct);
  if (x === null) throw new Error('figures: the 002 structure never breaks even');
  return x;
}

const tier = (n: 1 | 2 | 3 | 4) => tiers.find((t) => t.tier === n)!;

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
  /** Payback counted in trading months (from month 3, when the plan starts selling): en review §2.4. */
  'paybackA.tradingMonths': { value: tradingMonths(paybackPresets['plan-002-a'], 'plan-002-a'), digits: 1 },
  'paybackB.tradingMonths': { value: tradingMonths(paybackPresets['plan-002-b'], 'plan-002-b'), digits: 1 },
  /** The reconstruction of "2 年半": no deposit, flat 50,000 a month, 7.5 % net (002 篇六). */
  'paybackNoDeposit.tradingMonths': { value: tradingMonths(plan002WithoutDeposit, 'plan-002 without deposit'), digits: 1 },
  /** Profit reading A has earned before month 8, when the 聚划算 400,000 goes out (zh review E2). */
  'paybackA.profitBeforeTroughYuan': { value: profitBeforeMonth('plan-002-a', troughMonth('plan-002-a')) },
  /** Each reading's deepest cash need as a multiple of the plan's "总投入270650元" (002 篇六). */
  'paybackA.troughTimesTotal': { value: troughYuan('plan-002-a') / -plan002.totalInvestmentYuan.value, digits: 1 },
  'paybackB.troughTimesTotal': { value: troughYuan('plan-002-b') / -plan002.totalInvestmentYuan.value, digits: 1 },
  /**
   * 002 篇五's CS commission at tier 4 of 002 篇六: 100,000 a month of sales, a CS department of one
   * lead and three agents (one team commission). The agents' share alone, then the whole department.
   */
  'csPay.tier4AgentsCommissionYuan': { value: csCommissionTotalYuan(tier(4).revenueYuan, 0) },
  'csPay.tier4CommissionYuan': { value: csCommissionTotalYuan(tier(4).revenueYuan, 1) },
  /**
   * 7 折 (70 % of list) on a 100-yuan item under 002 篇六's structure: the gross profit left (10 yuan)
   * and the per-sale costs charged on the 70 yuan (zh review E11), and the break-even price in % of list.
   */
  'discount.sevenZheGrossYuan': { value: 70 - 100 * (1 - structure002.grossMarginPct.value / 100) },
  'discount.sevenZhePerSaleCostYuan': {
    value: (70 * (structure002.commissionPct.value + structure002.shippingPackagingPct.value + structure002.taxPct.value)) / 100,
    digits: 2,
  },
  'discount.breakEvenPricePct': { value: breakEvenPricePct(), digits: 1 },
  /**
   * Break-even ROAS with 002 篇六's margin and per-sale costs (1 ÷ 25.5 % = 3.92), and the same
   * when 20 % of ad-driven sales are refunded: an example refund rate, not a source figure.
   */
  'roi.breakEven002': { value: breakEven002(0), digits: 2 },
  'roi.breakEven002Refund20': { value: breakEven002(20), digits: 2 },
  /** Tier 3's personnel budget as a share of tier 4's, in % (002 篇六: 17,500 vs 34,000; zh review E6). */
  'staffing.tier3OfTier4Pct': { value: (100 * tier(3).budgetYuan) / tier(4).budgetYuan },
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

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
import { breakEvenRoi, contributionRateOf } from '../calculators/roi/roi';
import { roiPresets } from '../calculators/roi/roi.schema';

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

/** Break-even ROAS (1:x) of the ROI calculator's 002 preset, with a refund rate in % (0 = the source's case). */
function breakEven002(refundPct: number): number {
  const x = breakEvenRoi(contributionRateOf({ ...roiPresets['tmall-002'], refundPct }));
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
} satisfies Record<string, { value: number; digits?: number }>;

export type FigureId = keyof typeof figures;

/** A figure's value, rounded to `round` (e.g. 1000) when given. Throws on an unknown id. */
export function figureValue(id: string, round?: number): { value: number; digits: number } {
  const f = (figures as Record<string, { value: number; digits?: number }>)[id];
  if (!f) throw new Error(`figures: unknown figure "${id}" (known: ${Object.keys(figures).join(', ')})`);
  const value = round ? Math.round(f.value / round) * round : f.value;
  return { value, digits: round ? 0 : (f.digits ?? 0) };
}

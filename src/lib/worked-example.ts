/**
 * The hypothetical store of /worked-example/, taken through every calculator. Its inputs live
 * here once, each marked as a source figure (seed and part) or an assumption of the page; every
 * calculator input and every number the page prints is derived from them by the calculators'
 * own functions (src/lib/figures.ts prints them, WorkedExampleCalculator.astro embeds them).
 */
import { computeEntryCost } from '../calculators/entry-cost/entry-cost';
import { tmallBasicFee } from '../calculators/entry-cost/entry-cost.data';
import type { EntryCostInput } from '../calculators/entry-cost/entry-cost.schema';
import { computeFunnel } from '../calculators/funnel/funnel';
import type { FunnelInput } from '../calculators/funnel/funnel.schema';
import { computePayback, revenueInMonth } from '../calculators/payback/payback';
import { paybackPresets, type PaybackInput, type UpfrontItem } from '../calculators/payback/payback.schema';
import { computeRoi } from '../calculators/roi/roi';
import type { RoiInput } from '../calculators/roi/roi.schema';
import { computeStaffing } from '../calculators/staffing/staffing';
import type { StaffingInput } from '../calculators/staffing/staffing.schema';
import type { SourceRef } from '../calculators/shared/sources';

/** An input of the store: its value and where it comes from (a plan, or the page's assumption). */
interface Input {
  readonly value: number;
  readonly source: SourceRef | 'assumption';
}
const src = (seed: SourceRef['seed'], part: string): SourceRef => ({ seed, part });

/** The store: a flagship store with a registered (®) mark in a general category (home goods). */
export const store = {
  /** Average order value, yuan. */
  aovYuan: { value: 100, source: 'assumption' },
  /** 001 篇3: "毛利50%". */
  grossMarginPct: { value: 50, source: src('001', '篇3') },
  /** 002 篇一's 5 % of each sale, about 2014: today's rate depends on the category (look it up). */
  commissionPct: { value: 5, source: src('002', '篇一') },
  /** 002 篇六: shipping and packaging 5 % of sales. */
  shippingPct: { value: 5, source: src('002', '篇六') },
  /** 002 篇六: tax 4.5 % of sales. */
  taxPct: { value: 4.5, source: src('002', '篇六') },
  /** Share of orders refunded, their margin and percentage costs lost. */
  refundPct: { value: 10, source: 'assumption' },
  /** 000 篇1: "按照转化2%的目标来计算". */
  conversionPct: { value: 2, source: src('000', '篇1') },
  /** Share of visitors bought as clicks. */
  paidSharePct: { value: 40, source: 'assumption' },
  /** Profit the ads must leave on the GMV they bring, percent: sets the target ROAS. */
  targetNetPct: { value: 10, source: 'assumption' },
  /** Orders a day in the first month. */
  ordersStartPerDay: { value: 5, source: 'assumption' },
  /** 001 篇1: "终极目标日单200". */
  ordersGoalPerDay: { value: 200, source: src('001', '篇1') },
  /** Months from the first order to the goal, growing evenly. */
  rampMonths: { value: 12, source: 'assumption' },
  /** Decoration, photography, samples, equipment: spent in month 1, never back. */
  setupYuan: { value: 80_000, source: 'assumption' },
  /** Rent, software, office: a month. */
  otherFixedYuan: { value: 10_000, source: 'assumption' },
  /** Stock bought in month 3 for 双11 in month 4 (the store opens in August), its cash back in month 5. */
  double11StockYuan: { value: 150_000, source: 'assumption' },
  /** The stress test: the share of that stock 双11 actually sells. */
  stressSoldPct: { value: 50, source: 'assumption' },
  /** The stress test: the unsold stock is cleared in month 8 at this discount below cost. */
  stressClearanceLossPct: { value: 30, source: 'assumption' },
} as const satisfies Record<string, Input>;

const s = Object.fromEntries(Object.entries(store).map(([k, v]) => [k, v.value])) as { [K in keyof typeof store]: number };

/** A month of 30 days, as the funnel counts. */
const days = 30;
/** Stock is bought in month 3 (October), sold on 双11 in month 4, its cash back in month 5 (paid out after buyers confirm receipt). */
export const stockMonth = 3;
export const double11Month = 4;
export const settleMonth = 5;
/** The stress test clears the unsold stock in month 8. */
export const clearanceMonth = 8;
/** The months the page tabulates. */
export const shownMonths = [1, 2, 3, 6, 12] as const;

/** Commission the store pays on each sale: the category rate plus the basic software fee (latest, dated). */
export const platformPct = s.commissionPct + tmallBasicFee.pct;

const goalGmvDay = s.ordersGoalPerDay * s.aovYuan;
const goalVisitors = s.ordersGoalPerDay / (s.conversionPct / 100);

/**
 * The ROAS calculator's input, per order (price = the order value, cost from the margin, shipping
 * and packaging as yuan), with a month of the paid traffic at the goal as its campaign.
 */
function roiAt(spendYuan: number | undefined): RoiInput {
  return {
    priceYuan: s.aovYuan,
    costYuan: s.aovYuan * (1 - s.grossMarginPct / 100),
    commissionPct: platformPct,
    otherPct: s.taxPct,
    packagingYuan: 0,
    shippingYuan: (s.aovYuan * s.shippingPct) / 100,
    refundPct: s.refundPct,
    returnLossYuan: 0,
    conversionPct: s.conversionPct,
    targetProfitPct: s.targetNetPct,
    spendYuan,
    gmvYuan: spendYuan === undefined ? undefined : goalGmvDay * days * (s.paidSharePct / 100),
    solveRoas: undefined,
    solveCpcYuan: undefined,
  };
}

const costs = computeRoi(roiAt(undefined));
const ratio = (r: typeof costs.targetRoas, what: string) => {
  if (r.kind !== 'ratio') throw new Error(`worked example: no ${what}`);
  return r.value;
};
/** Share of GMV left for ads after goods, platform, shipping, tax and refunds (the ROAS calculator's). */
export const contributionRate = costs.leftRate;
export const breakEvenRoas = ratio(costs.breakEvenWithRefunds, 'break-even ROAS');
export const targetRoas = ratio(costs.targetRoas, 'target ROAS');
/** The bid that reaches the target ROAS, rounded to the fen as a bid is. */
export const targetCpcYuan = Math.round(((s.conversionPct / 100) * s.aovYuan * 100) / targetRoas) / 100;

/** The funnel at the goal: visitors for 200 orders a day, bought at the target bid. */
export const funnelInput: FunnelInput = {
  solve: 'visitors',
  visitors: goalVisitors,
  orders: s.ordersGoalPerDay,
  conversionPct: s.conversionPct,
  aovYuan: s.aovYuan,
  gmvYuan: goalGmvDay,
  paidSharePct: s.paidSharePct,
  cpcYuan: targetCpcYuan,
  marginPct: Math.round(contributionRate * 10_000) / 100,
};
export const funnel = (() => {
  const r = computeFunnel(funnelInput);
  if (r.kind !== 'ok') throw new Error('worked example: the funnel has no answer');
  return r;
})();

/** The ROI calculator on a month of the paid traffic at the goal. */
export const roiInput: RoiInput = roiAt(funnel.month.spendYuan);
export const roi = computeRoi(roiInput);

/** Ad spend as a share of all GMV: the payback calculator's promotion cost. */
const promotionPct = (funnel.ads.spendShareOfGmv ?? 0) * 100;
/**
 * What refunds take, as a share of all GMV, for the payback's cost structure (its "other" cost): the
 * gap between the margin after the percentage costs and what the ROAS calculator leaves per yuan.
 */
const refundLossPct = s.grossMarginPct - platformPct - s.shippingPct - s.taxPct - contributionRate * 100;

const noPay: Omit<StaffingInput, 'revenueYuan'> = {
  csLeadPayYuan: undefined,
  csStaffPayYuan: undefined,
  designerPayYuan: undefined,
  promoterPayYuan: undefined,
  merchandiserPayYuan: undefined,
  logisticsLeadPayYuan: undefined,
  logisticsStaffPayYuan: undefined,
  copywriterPayYuan: undefined,
};
export const staffingAt = (revenueYuan: number) => computeStaffing({ revenueYuan, ...noPay });
const goalRevenueMonth = goalGmvDay * days;
const goalStaffing = staffingAt(goalRevenueMonth);
if (goalStaffing.kind !== 'tier') throw new Error('worked example: no staffing tier at the goal');
/** Staff at the goal's tier from month 1: more than the first months need (the page says how much). */
export const staffYuan = goalStaffing.monthlyCostYuan;

/** Item names in the page's language (WorkedExampleCalculator passes them). */
export interface ItemNames {
  deposit: string;
  setup: string;
  stock: string;
  stockSold: string;
  stockUnsold: string;
  clearanceLoss: string;
}

/** The entry cost: first-year sales from the payback ramp, commission at the assumed rate. */
export function entryInput(): EntryCostInput {
  return {
    schedule: 'latest',
    storeType: 'flagship',
    trademark: 'r',
    category: 'general',
    annualSalesYuan: Math.round(firstYearSalesYuan()),
    commissionPct: s.commissionPct,
    depositYuan: undefined,
    annualFeeYuan: undefined,
    refundHalfAtYuan: undefined,
    refundFullAtYuan: undefined,
  };
}

function baseScalars(): Omit<PaybackInput, 'items'> {
  return {
    ...paybackPresets.simple,
    horizonMonths: 24,
    startMonth: 1,
    revenueMode: 'ramp',
    rampStartYuan: s.ordersStartPerDay * s.aovYuan * days,
    revenueYuan: goalRevenueMonth,
    rampMonths: s.rampMonths,
    marginMode: 'structure',
    grossMarginPct: s.grossMarginPct,
    promotionPct: Math.round(promotionPct * 100) / 100,
    personnelPct: 0,
    commissionPct: platformPct,
    shippingPct: s.shippingPct,
    taxPct: s.taxPct,
    otherPct: Math.round(refundLossPct * 100) / 100,
    fixedMonthlyYuan: staffYuan + s.otherFixedYuan,
    discountPct: 0,
    targetMonths: undefined,
  };
}

/** First-year sales: the ramp's first twelve months. */
export function firstYearSalesYuan(): number {
  const scalars = { ...baseScalars(), items: [] };
  let sum = 0;
  for (let m = 1; m <= 12; m++) sum += revenueInMonth(scalars, m);
  return sum;
}

/** The plan: deposit (back at close), setup (spent), 双11 stock (bought in month 3, its cash back in month 5). */
export function paybackInput(n: ItemNames, stress = false): PaybackInput {
  const deposit = computeEntryCost(entryInput()).deposit;
  if (deposit.kind !== 'known') throw new Error('worked example: no deposit');
  const stock = s.double11StockYuan;
  const sold = (stock * s.stressSoldPct) / 100;
  const loss = ((stock - sold) * s.stressClearanceLossPct) / 100;
  const item = (name: string, amountYuan: number, month: number, back: number | 'close' | null): UpfrontItem => ({
    name,
    amountYuan,
    month,
    returns: back === null ? 'no' : back === 'close' ? 'close' : 'month',
    returnMonth: typeof back === 'number' ? back : undefined,
  });
  const items = [item(n.deposit, deposit.yuan, 1, 'close'), item(n.setup, s.setupYuan, 1, null)];
  if (!stress) items.push(item(n.stock, stock, stockMonth, settleMonth));
  else items.push(item(n.stockSold, sold, stockMonth, settleMonth), item(n.stockUnsold, stock - sold - loss, stockMonth, clearanceMonth), item(n.clearanceLoss, loss, stockMonth, null));
  return { ...baseScalars(), items };
}

const anyNames: ItemNames = { deposit: 'd', setup: 's', stock: 'k', stockSold: 'a', stockUnsold: 'b', clearanceLoss: 'c' };
export const payback = computePayback(paybackInput(anyNames));
export const stress = computePayback(paybackInput(anyNames, true));
export const entry = computeEntryCost(entryInput());

/**
 * The deepest point of the cumulative cash, and its month: lumps move at a month's start and profit
 * accrues through it, so a month's low is at its start (after the lumps) or, in a losing month, at
 * its end (as figures.ts reads plan 002's troughs).
 */
export function cashTrough(r: ReturnType<typeof computePayback>): { yuan: number; month: number } {
  let low = { yuan: 0, month: 1 };
  for (const m of r.months) {
    const y = Math.min(m.cumulativeYuan - m.operatingYuan, m.cumulativeYuan);
    if (y < low.yuan) low = { yuan: y, month: m.month };
  }
  return low;
}

/** Payback month of an outcome; the page's plan must pay back (a build error otherwise). */
export function paidBackAt(o: ReturnType<typeof computePayback>['cash']): number {
  if (o.kind !== 'paid-back') throw new Error(`worked example: the plan does not pay back (${o.kind})`);
  return o.paybackMonths;
}

/** Orders a day in a month of the ramp. */
export function ordersPerDayIn(month: number): number {
  return payback.months[month - 1]!.revenueYuan / s.aovYuan / days;
}

/** Staff cost the plan counts in months 1..12 beyond what each month's own tier would cost. */
export function staffOverstatedYuan(): number {
  let extra = 0;
  for (const m of payback.months.slice(0, 12)) {
    const t = staffingAt(m.revenueYuan);
    extra += staffYuan - (t.kind === 'tier' ? t.monthlyCostYuan : 0);
  }
  return extra;
}

/** The first month whose revenue reaches the top tier of 002 篇六, and that tier's threshold. */
export function topTier(): { month: number; thresholdYuan: number } {
  const top = payback.months.find((m) => {
    const t = staffingAt(m.revenueYuan);
    return t.kind === 'tier' && t.next === null;
  });
  const t = top && staffingAt(top.revenueYuan);
  if (!top || t?.kind !== 'tier') throw new Error('worked example: the plan never reaches the top tier');
  return { month: top.month, thresholdYuan: t.tier.revenueYuan };
}

/** Month 12 of the plan, split: contribution before ads, ads, fixed costs, profit. */
export function monthSplit(month: number) {
  const input = paybackInput(anyNames);
  const m = payback.months[month - 1]!;
  const beforeAdsPct = input.grossMarginPct - input.commissionPct - input.shippingPct - input.taxPct - input.otherPct;
  return {
    gmvYuan: m.revenueYuan,
    contributionYuan: (m.revenueYuan * beforeAdsPct) / 100,
    adsYuan: (m.revenueYuan * input.promotionPct) / 100,
    fixedYuan: input.fixedMonthlyYuan,
    profitYuan: m.operatingYuan,
  };
}

import type { SourceRef, Sourced } from '../shared/sources';

/**
 * The traffic figures of the source plans: 001 篇1's "引流五步走" table (daily UV and daily orders
 * per step) and the stated order targets with the conversion rates the plans divide them by.
 * `src/calculators/shared/sources.ts` belongs to the shared kit; the parts this calculator cites
 * are declared here.
 */

/** 001 篇1: the five-step traffic table and the overall targets. */
export const SRC_001_1: SourceRef = { seed: '001', part: '篇1' };
/** 000 篇1: the same targets, with "按照转化2%的目标来计算,进步人数为UV1万". */
export const SRC_000_1: SourceRef = { seed: '000', part: '篇1' };
/** 001 篇3: the second-half-year plan, "转化1%". */
export const SRC_001_3: SourceRef = { seed: '001', part: '篇3' };

/** A closed range as the source prints it ("100uv—300uv"). */
export interface Range {
  readonly low: number;
  readonly high: number;
}

/** One step of the five-step table: daily unique visitors and daily orders. */
export interface FunnelStep {
  readonly step: 1 | 2 | 3 | 4 | 5;
  /** Daily UV. Step 3 prints "基础流量+(70uv—180uv)": read as step 2's 100-300 plus 70-180. */
  readonly visitors: Range;
  /** Daily orders; step 1 prints "每天1單左右" (about one). */
  readonly orders: Range;
  /** Daily paid-traffic budget, where the step names one (step 3: "日消耗50-100元"). */
  readonly dailySpendYuan: Range | null;
  readonly source: SourceRef;
}

/** Step 3's paid UV on top of the base ("基础流量+(70uv—180uv)"). */
export const step3PaidVisitors: Sourced<Range> = { value: { low: 70, high: 180 }, source: SRC_001_1 };

/** 001 篇1's five steps. */
export const fiveSteps: readonly FunnelStep[] = [
  { step: 1, visitors: { low: 30, high: 50 }, orders: { low: 1, high: 1 }, dailySpendYuan: null, source: SRC_001_1 },
  { step: 2, visitors: { low: 100, high: 300 }, orders: { low: 1, high: 10 }, dailySpendYuan: null, source: SRC_001_1 },
  {
    step: 3,
    visitors: { low: 100 + step3PaidVisitors.value.low, high: 300 + step3PaidVisitors.value.high },
    orders: { low: 3, high: 20 },
    dailySpendYuan: { low: 50, high: 100 },
    source: SRC_001_1,
  },
  { step: 4, visitors: { low: 300, high: 1_000 }, orders: { low: 5, high: 50 }, dailySpendYuan: null, source: SRC_001_1 },
  { step: 5, visitors: { low: 500, high: 2_000 }, orders: { low: 10, high: 100 }, dailySpendYuan: null, source: SRC_001_1 },
];

/** The order targets and the conversion rates the plans use for them. */
export const funnelTargets = {
  /** "2月后每天發單不少于30件" (000 篇1 and 001 篇1 alike). */
  ordersFromMonth2: { value: 30, source: SRC_001_1 },
  /** "雙12活動后…目標定于每天50單以上". */
  ordersAfterDouble12: { value: 50, source: SRC_001_1 },
  /** "終極目標日單200". */
  ordersGoal: { value: 200, source: SRC_001_1 },
  /** 000 篇1: "按照转化2%的目标来计算". */
  conversionPlan000Pct: { value: 2, source: SRC_000_1 },
  /** 000 篇1: "进步人数为UV1万": the plan's own answer for 200 orders at 2 %. */
  statedVisitorsFor200: { value: 10_000, source: SRC_000_1 },
  /** 001 篇3: "轉化1%". */
  conversionPlan001Pct: { value: 1, source: SRC_001_3 },
} as const satisfies Record<string, Sourced<number>>;

/** Days in a month for the monthly totals: an assumption of the calculator, said on the page. */
export const daysPerMonth = 30;

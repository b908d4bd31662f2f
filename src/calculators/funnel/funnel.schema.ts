import { choiceField, numberField, type FieldValues } from '../shared/fields';
import { fiveSteps, funnelTargets, step3PaidVisitors } from './funnel.data';

/**
 * What the funnel calculator solves for. The funnel has five quantities tied by two equations
 * (orders = visitors x conversion, GMV = orders x AOV), so three must be given:
 * - `orders`: visitors, conversion, AOV -> orders and GMV;
 * - `visitors`: an order target, conversion, AOV -> visitors needed and GMV;
 * - `visitors-gmv`: a GMV target, conversion, AOV -> orders and visitors needed;
 * - `conversion`: visitors, orders, AOV -> the conversion rate they imply, and GMV;
 * - `aov`: visitors, conversion, a GMV target -> orders and the order value needed.
 */
export const funnelSolveModes = ['orders', 'visitors', 'visitors-gmv', 'conversion', 'aov'] as const;
export type FunnelSolve = (typeof funnelSolveModes)[number];

/** The fields each mode reads; the others are left alone (shown as results, not inputs). */
export const funnelGivens: Readonly<Record<FunnelSolve, readonly ('visitors' | 'orders' | 'conversionPct' | 'aovYuan' | 'gmvYuan')[]>> = {
  orders: ['visitors', 'conversionPct', 'aovYuan'],
  visitors: ['orders', 'conversionPct', 'aovYuan'],
  'visitors-gmv': ['gmvYuan', 'conversionPct', 'aovYuan'],
  conversion: ['visitors', 'orders', 'aovYuan'],
  aov: ['visitors', 'conversionPct', 'gmvYuan'],
};

/**
 * Inputs, all per day. Paid traffic is a share of the visitors bought at a cost per click; the
 * optional margin is the share of GMV left after goods and per-order costs, before ads (the ROI
 * calculator's contribution), which gives the break-even CPC.
 */
export const funnelFields = {
  solve: choiceField(funnelSolveModes),
  visitors: numberField('count', 0, 1_000_000_000, { integer: true }),
  orders: numberField('count', 0, 100_000_000),
  conversionPct: numberField('percent', 0, 100),
  aovYuan: numberField('yuan', 0, 10_000_000),
  gmvYuan: numberField('yuan', 0, 100_000_000_000),
  paidSharePct: numberField('percent', 0, 100),
  cpcYuan: numberField('yuan', 0, 10_000),
  marginPct: numberField('percent', 0, 100, { optional: true }),
} as const;

export type FunnelInput = FieldValues<typeof funnelFields>;

/** Query-parameter prefix: `funnel.visitors`. */
export const funnelPrefix = 'funnel';

const t = funnelTargets;
const step3 = fiveSteps[2]!;
const step5 = fiveSteps[4]!;

/** Example values where the sources give none (order value, paid share, CPC): marked so on the page. */
export const funnelExamples = { aovYuan: 100, paidSharePct: 30, cpcYuan: 1 } as const;

/**
 * Presets.
 * - `goal-2pct`: the final target of 200 orders a day at 000 篇1's 2 % (the plan's own answer:
 *   10,000 UV).
 * - `goal-1pct`: the same target at 001 篇3's 1 %: twice the visitors.
 * - `step-3`: the top of 001 篇1's step 3: 480 UV (300 base + 180 paid) and 20 orders; its
 *   100 yuan a day buys the 180 paid UV, about 0.56 a click (rounded to the fen).
 * - `step-5`: the top of step 5: 2,000 UV and 100 orders, a 5 % conversion.
 * Order value, and paid share and CPC outside step 3, are examples (`funnelExamples`).
 */
export const funnelPresets = {
  'goal-2pct': {
    solve: 'visitors',
    visitors: t.statedVisitorsFor200.value,
    orders: t.ordersGoal.value,
    conversionPct: t.conversionPlan000Pct.value,
    aovYuan: funnelExamples.aovYuan,
    gmvYuan: t.ordersGoal.value * funnelExamples.aovYuan,
    paidSharePct: funnelExamples.paidSharePct,
    cpcYuan: funnelExamples.cpcYuan,
    marginPct: undefined,
  },
  'goal-1pct': {
    solve: 'visitors',
    visitors: (t.ordersGoal.value * 100) / t.conversionPlan001Pct.value,
    orders: t.ordersGoal.value,
    conversionPct: t.conversionPlan001Pct.value,
    aovYuan: funnelExamples.aovYuan,
    gmvYuan: t.ordersGoal.value * funnelExamples.aovYuan,
    paidSharePct: funnelExamples.paidSharePct,
    cpcYuan: funnelExamples.cpcYuan,
    marginPct: undefined,
  },
  'step-3': {
    solve: 'conversion',
    visitors: step3.visitors.high,
    orders: step3.orders.high,
    conversionPct: (step3.orders.high / step3.visitors.high) * 100,
    aovYuan: funnelExamples.aovYuan,
    gmvYuan: step3.orders.high * funnelExamples.aovYuan,
    paidSharePct: (step3PaidVisitors.value.high / step3.visitors.high) * 100,
    cpcYuan: Math.round((step3.dailySpendYuan!.high / step3PaidVisitors.value.high) * 100) / 100,
    marginPct: undefined,
  },
  'step-5': {
    solve: 'conversion',
    visitors: step5.visitors.high,
    orders: step5.orders.high,
    conversionPct: (step5.orders.high / step5.visitors.high) * 100,
    aovYuan: funnelExamples.aovYuan,
    gmvYuan: step5.orders.high * funnelExamples.aovYuan,
    paidSharePct: funnelExamples.paidSharePct,
    cpcYuan: funnelExamples.cpcYuan,
    marginPct: undefined,
  },
} as const satisfies Record<string, FunnelInput>;

export type FunnelPresetId = keyof typeof funnelPresets;
export const defaultFunnelPreset: FunnelPresetId = 'goal-2pct';

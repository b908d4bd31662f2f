import { daysPerMonth, fiveSteps } from './funnel.data';
import type { FunnelInput, FunnelSolve } from './funnel.schema';

/**
 * The traffic funnel: orders = visitors x conversion, GMV = orders x order value (AOV), per day.
 * Then paid traffic: paid visitors = visitors x paid share, ad spend = paid visitors x CPC, and
 * ROAS (投产比) = the GMV of paid visitors / ad spend, which reduces to conversion x AOV / CPC
 * when paid and free visitors convert alike (the calculator's assumption, said on the page).
 */

/** The five quantities of a day, once solved. Conversion as a rate (0.02), not a percent. */
export interface FunnelDay {
  readonly visitors: number;
  readonly orders: number;
  readonly conversionRate: number;
  readonly aovYuan: number;
  readonly gmvYuan: number;
}

/** Why a funnel cannot be solved: the unknown would be infinite or undefined. */
export type FunnelImpossible =
  /** Visitors needed for a positive target at 0 % conversion. */
  | 'no-conversion'
  /** Orders (or visitors) needed for a positive GMV target with an order value of 0. */
  | 'no-order-value'
  /** A conversion rate asked of 0 visitors. */
  | 'no-visitors'
  /** An order value asked of 0 orders (0 visitors or 0 % conversion) for a positive GMV. */
  | 'no-orders'
  /** More orders than visitors: a conversion above 100 %. */
  | 'orders-exceed-visitors';

/** ROAS of the paid traffic, or the typed case of no spend. */
export type Roas = { readonly kind: 'ratio'; readonly value: number } | { readonly kind: 'no-spend' };

/** The paid part of the traffic. */
export interface FunnelAds {
  readonly paidVisitors: number;
  readonly spendYuan: number;
  /** GMV of the paid visitors (same conversion and AOV as the rest). */
  readonly paidGmvYuan: number;
  readonly roas: Roas;
  /** Ad spend as a share of the whole day's GMV (0.1 = 10 %); null when GMV is 0 or too small to divide by. */
  readonly spendShareOfGmv: number | null;
  /** With a margin: the break-even figures and the profit left after ads. */
  readonly breakEven: FunnelBreakEven | null;
}

/** Break-even figures for a margin (share of GMV left before ads). */
export type FunnelBreakEven =
  | {
      readonly kind: 'ratio';
      /** 1 / margin. */
      readonly roas: number;
      /** Highest CPC that breaks even: AOV x conversion x margin (保本出价). */
      readonly cpcYuan: number;
      /** GMV x margin - spend, per day. */
      readonly profitYuan: number;
    }
  | { readonly kind: 'never'; readonly profitYuan: number };

/** Which steps of 001 篇1's table a day's visitors fall in, or beyond its last step. */
export type StepFit = { readonly kind: 'steps'; readonly steps: readonly number[] } | { readonly kind: 'below' } | { readonly kind: 'beyond'; readonly times: number };

export type FunnelResult =
  | {
      readonly kind: 'ok';
      readonly solve: FunnelSolve;
      readonly day: FunnelDay;
      /** The same day times `daysPerMonth`: visitors, orders, GMV, spend. */
      readonly month: { readonly visitors: number; readonly orders: number; readonly gmvYuan: number; readonly spendYuan: number };
      readonly ads: FunnelAds;
      readonly step: StepFit;
    }
  | { readonly kind: 'impossible'; readonly solve: FunnelSolve; readonly reason: FunnelImpossible };

/** Below this a rate or an amount is zero for all practical purposes (keeps 1/x finite). */
const tiny = 1e-12;
/** Half a fen: no spend. */
const minSpendYuan = 0.005;

/** Solves the day's funnel for the mode's unknown, or says why it cannot. */
export function solveFunnel(input: FunnelInput): { kind: 'ok'; day: FunnelDay } | { kind: 'impossible'; reason: FunnelImpossible } {
  const c = input.conversionPct / 100;
  const { visitors, orders, aovYuan, gmvYuan } = input;
  const ok = (v: number, o: number, rate: number, aov: number, gmv: number) =>
    ({ kind: 'ok', day: { visitors: v, orders: o, conversionRate: rate, aovYuan: aov, gmvYuan: gmv } }) as const;
  switch (input.solve) {
    case 'orders':
      return ok(visitors, visitors * c, c, aovYuan, visitors * c * aovYuan);
    case 'visitors':
      if (orders === 0) return ok(0, 0, c, aovYuan, 0);
      if (c < tiny) return { kind: 'impossible', reason: 'no-conversion' };
      return ok(orders / c, orders, c, aovYuan, orders * aovYuan);
    case 'visitors-gmv': {
      if (gmvYuan === 0) return ok(0, 0, c, aovYuan, 0);
      if (aovYuan < tiny) return { kind: 'impossible', reason: 'no-order-value' };
      const o = gmvYuan / aovYuan;
      if (c < tiny) return { kind: 'impossible', reason: 'no-conversion' };
      return ok(o / c, o, c, aovYuan, gmvYuan);
    }
    case 'conversion':
      if (visitors === 0) return orders === 0 ? ok(0, 0, 0, aovYuan, 0) : { kind: 'impossible', reason: 'no-visitors' };
      if (orders > visitors) return { kind: 'impossible', reason: 'orders-exceed-visitors' };
      return ok(visitors, orders, orders / visitors, aovYuan, orders * aovYuan);
    case 'aov': {
      const o = visitors * c;
      if (gmvYuan === 0) return ok(visitors, o, c, 0, 0);
      if (o < tiny) return { kind: 'impossible', reason: 'no-orders' };
      return ok(visitors, o, c, gmvYuan / o, gmvYuan);
    }
  }
}

/** Where a daily visitor count sits in the five-step table (ranges may overlap: several steps). */
export function stepFitOf(visitors: number): StepFit {
  const steps = fiveSteps.filter((s) => visitors >= s.visitors.low && visitors <= s.visitors.high).map((s) => s.step);
  if (steps.length > 0) return { kind: 'steps', steps };
  const top = fiveSteps[fiveSteps.length - 1]!.visitors.high;
  if (visitors > top) return { kind: 'beyond', times: visitors / top };
  return { kind: 'below' };
}

/** Paid traffic, ad spend, ROAS and, with a margin, the break-even figures. */
export function adsOf(day: FunnelDay, paidSharePct: number, cpcYuan: number, marginPct: number | undefined): FunnelAds {
  const share = paidSharePct / 100;
  const paidVisitors = day.visitors * share;
  const spendYuan = paidVisitors * cpcYuan;
  const paidGmvYuan = day.gmvYuan * share;
  const roas: Roas = spendYuan >= minSpendYuan ? { kind: 'ratio', value: paidGmvYuan / spendYuan } : { kind: 'no-spend' };
  let breakEven: FunnelBreakEven | null = null;
  if (marginPct !== undefined) {
    const m = marginPct / 100;
    const profitYuan = day.gmvYuan * m - spendYuan;
    breakEven = m < tiny ? { kind: 'never', profitYuan } : { kind: 'ratio', roas: 1 / m, cpcYuan: day.aovYuan * day.conversionRate * m, profitYuan };
  }
  // A GMV that is all but zero (a conversion of 1e-200 %) would make the share infinite.
  const shareOfGmv = day.gmvYuan > tiny ? spendYuan / day.gmvYuan : null;
  return { paidVisitors, spendYuan, paidGmvYuan, roas, spendShareOfGmv: shareOfGmv !== null && Number.isFinite(shareOfGmv) ? shareOfGmv : null, breakEven };
}

/** The whole calculation: the solved day, a 30-day month, the ads and the step of the table. */
export function computeFunnel(input: FunnelInput): FunnelResult {
  const solved = solveFunnel(input);
  if (solved.kind === 'impossible') return { kind: 'impossible', solve: input.solve, reason: solved.reason };
  const { day } = solved;
  const ads = adsOf(day, input.paidSharePct, input.cpcYuan, input.marginPct);
  return {
    kind: 'ok',
    solve: input.solve,
    day,
    month: { visitors: day.visitors * daysPerMonth, orders: day.orders * daysPerMonth, gmvYuan: day.gmvYuan * daysPerMonth, spendYuan: ads.spendYuan * daysPerMonth },
    ads,
    step: stepFitOf(day.visitors),
  };
}

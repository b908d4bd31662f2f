import { SRC_001_3, SRC_002_6, type Sourced } from '../shared/sources';

/**
 * ROI (投入产出比) as the sources use it: GMV / ad spend, written 1:x. English pages call it
 * ROAS. All rates in percent of GMV.
 */

/** 001 篇3: "投入产出比 roi 控制在 1:3——1:5". */
export const sourceRoiBand: Sourced<{ readonly low: number; readonly high: number }> = {
  value: { low: 3, high: 5 },
  source: SRC_001_3,
};

/** 002 篇六's steady-state cost structure, percent of sales; net ≈ 7.5 %. */
export const structure002 = {
  grossMarginPct: { value: 40, source: SRC_002_6 },
  promotionPct: { value: 10, source: SRC_002_6 },
  personnelPct: { value: 6, source: SRC_002_6 },
  commissionPct: { value: 5, source: SRC_002_6 },
  shippingPackagingPct: { value: 5, source: SRC_002_6 },
  taxPct: { value: 4.5, source: SRC_002_6 },
  otherPct: { value: 2, source: SRC_002_6 },
} as const satisfies Record<string, Sourced<number>>;

/** 001 篇3's "healthy operating structure", percent of sales; its conversion target is 1 %. */
export const structure001 = {
  grossMarginPct: { value: 50, source: SRC_001_3 },
  marketingLowPct: { value: 10, source: SRC_001_3 },
  marketingHighPct: { value: 15, source: SRC_001_3 },
  personnelPct: { value: 10, source: SRC_001_3 },
  operationsPct: { value: 25, source: SRC_001_3 },
  conversionPct: { value: 1, source: SRC_001_3 },
  /** September's sales target ("9/10/11/12月銷售目標:20w/40w/90w/150w"). */
  septemberTargetYuan: { value: 200_000, source: SRC_001_3 },
} as const satisfies Record<string, Sourced<number>>;

/** 002 篇六's tier 4 revenue, used as the monthly GMV of the 002 preset. */
export const tier4RevenueYuan: Sourced<number> = { value: 100_000, source: SRC_002_6 };

import { sourceRoiBand } from './roi.data';
import type { RoiInput } from './roi.schema';

/** ROI (GMV / spend) as a number x in "1:x", or no ROI at all when nothing was spent. */
export type RoiRatio = { readonly kind: 'ratio'; readonly value: number } | { readonly kind: 'no-spend' };

/** The ROI at which ads pay for themselves, or the typed case where no ROI can. */
export type BreakEven =
  | {
      readonly kind: 'ratio';
      /** x in 1:x: 1 / contribution rate. */
      readonly roi: number;
      /** GMV the current spend must bring to break even. */
      readonly gmvNeededYuan: number;
      /** Most that can be spent for the current GMV without a loss. */
      readonly maxSpendYuan: number;
    }
  | {
      readonly kind: 'never-breaks-even';
      /** Percentage points by which per-sale costs (after refunds) eat the margin; >= 0. */
      readonly shortfallPct: number;
    };

/** Where a ROI sits against the sources' 1:3-1:5 band. */
export type BandPosition = 'below' | 'inside' | 'above';

/** The sources' band evaluated with the user's costs. */
export interface BandCheck {
  readonly low: number;
  readonly high: number;
  /** Profit per 100 yuan of ad spend at each end of the band. */
  readonly profitPer100AtLowYuan: number;
  readonly profitPer100AtHighYuan: number;
  /** Break-even against the band; `never` when nothing breaks even. */
  readonly breakEven: BandPosition | 'never';
  /** Current ROI against the band; null without spend. */
  readonly current: BandPosition | null;
}

/** Clicks x conversion x order value, when GMV was built that way. */
export interface FunnelResult {
  readonly orders: number;
  /** Spend / clicks; null with no clicks. */
  readonly costPerClickYuan: number | null;
  /** Highest cost per click that still breaks even: order value x conversion x contribution. */
  readonly breakEvenCostPerClickYuan: number;
}

export interface RoiResult {
  readonly gmvYuan: number;
  readonly spendYuan: number;
  readonly roi: RoiRatio;
  /** Share of GMV left after cost of goods, per-sale costs and refunds, before ads. */
  readonly contributionRate: number;
  readonly contributionYuan: number;
  /** Contribution minus ad spend: before fixed costs such as staff and rent. */
  readonly profitYuan: number;
  readonly outcome: 'profit' | 'loss' | 'break-even';
  readonly breakEven: BreakEven;
  readonly band: BandCheck;
  readonly funnel: FunnelResult | null;
}

/** GMV from the input: entered, or clicks x conversion x order value. */
export function gmvOf(input: RoiInput): number {
  return input.gmvMode === 'funnel' ? (input.clicks * input.conversionPct * input.orderValueYuan) / 100 : input.gmvYuan;
}

/**
 * Share of GMV left to pay for ads: (margin - commission - shipping - tax - other) x (1 - refunds).
 * Refunded orders are taken to return their margin and their percentage costs alike.
 */
export function contributionRateOf(input: RoiInput): number {
  const perSalePct = input.commissionPct + input.shippingPct + input.taxPct + input.otherPct;
  return ((input.marginPct - perSalePct) / 100) * (1 - input.refundPct / 100);
}

/**
 * Below these, a rate or a spend is zero for all practical purposes: a rate of 1e-12 is
 * floating-point noise (40 - 25.5 - 14.5 is not exactly 0), half a fen is no spend. Treating
 * them as zero keeps 1 / rate and GMV / spend finite.
 */
export const minContributionRate = 1e-12;
export const minSpendYuan = 0.005;

/** Break-even ROI for a contribution rate: 1 / rate, or null (never) when the rate is not positive. */
export function breakEvenRoi(contributionRate: number): number | null {
  return contributionRate >= minContributionRate ? 1 / contributionRate : null;
}

function position(x: number, low: number, high: number): BandPosition {
  return x < low ? 'below' : x > high ? 'above' : 'inside';
}

/**
 * ROI and break-even. ROI = GMV / spend; break-even ROI = 1 / contribution rate; profit =
 * GMV x contribution rate - spend. Zero spend and a margin eaten by costs are typed results.
 */
export function computeRoi(input: RoiInput): RoiResult {
  const gmvYuan = gmvOf(input);
  const spendYuan = input.spendYuan;
  const rate = contributionRateOf(input);
  const contributionYuan = gmvYuan * rate;
  const profitYuan = contributionYuan - spendYuan;
  const beRoi = breakEvenRoi(rate);
  const roi: RoiRatio = spendYuan >= minSpendYuan ? { kind: 'ratio', value: gmvYuan / spendYuan } : { kind: 'no-spend' };
  const { low, high } = sourceRoiBand.value;
  const breakEven: BreakEven =
    beRoi === null
      ? { kind: 'never-breaks-even', shortfallPct: Math.max(0, -rate * 100) }
      : { kind: 'ratio', roi: beRoi, gmvNeededYuan: spendYuan * beRoi, maxSpendYuan: contributionYuan };
  const funnel: FunnelResult | null =
    input.gmvMode === 'funnel'
      ? {
          orders: (input.clicks * input.conversionPct) / 100,
          costPerClickYuan: input.clicks > 0 ? spendYuan / input.clicks : null,
          breakEvenCostPerClickYuan: Math.max(0, (input.orderValueYuan * input.conversionPct * rate) / 100),
        }
      : null;
  return {
    gmvYuan,
    spendYuan,
    roi,
    contributionRate: rate,
    contributionYuan,
    profitYuan,
    outcome: profitYuan > 0 ? 'profit' : profitYuan < 0 ? 'loss' : 'break-even',
    breakEven,
    band: {
      low,
      high,
      profitPer100AtLowYuan: 100 * (low * rate - 1),
      profitPer100AtHighYuan: 100 * (high * rate - 1),
      breakEven: beRoi === null ? 'never' : position(beRoi, low, high),
      current: roi.kind === 'ratio' ? position(roi.value, low, high) : null,
    },
    funnel,
  };
}

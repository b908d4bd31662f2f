import { sourceRoiBand } from './roi.data';
import type { RoiInput } from './roi.schema';

/**
 * ROAS (投产比, what Taobao and Tmall back offices call ROI) = GMV ÷ ad spend, written 1:x, and
 * the break-even points an operator bids by. Everything is per order:
 *
 *   margin per order = price − cost − price × (commission + other) − packaging − shipping
 *   break-even ROAS  = price ÷ margin per order = 1 ÷ margin rate
 *   break-even CPC (保本出价) = margin per order × conversion rate; max CPA = margin per order
 *
 * Refunds: ads are judged on paid GMV, refunded orders included (as the back office reports it).
 * A refunded order hands back the price, the commission and the other percentage charges, and
 * its goods come back to be sold again; its packaging, outbound shipping and the loss per return
 * (return postage, damage) are sunk. So, per paid order at refund rate r:
 *
 *   left per order = (1 − r)(price − cost − price × (commission + other)) − packaging − shipping − r × loss
 *
 * and every break-even point uses that. With r = 0 it is the margin per order.
 */

/** A ROAS (x in 1:x), or none: no ROAS is high enough when nothing is left per order. */
export type Ratio = { readonly kind: 'ratio'; readonly value: number } | { readonly kind: 'never' };

/** Below this, a rate is zero: 40 − 25.5 − 14.5 is not exactly 0 in floating point. */
export const minRate = 1e-12;
/** Below half a fen, a spend is no spend. */
export const minSpendYuan = 0.005;

/** Where a ROAS sits against the sources' 1:3-1:5 band. */
export type BandPosition = 'below' | 'inside' | 'above';

/** A campaign (spend and the GMV it brought), when both are given. */
export interface Campaign {
  readonly spendYuan: number;
  readonly gmvYuan: number;
  /** GMV ÷ spend; none without spend. */
  readonly roas: number | null;
  /** GMV × left-per-yuan − spend: before fixed costs such as staff and rent. */
  readonly profitYuan: number;
  readonly outcome: 'profit' | 'loss' | 'break-even';
  /** GMV this spend must bring to break even, and the most this GMV can carry; null when nothing breaks even. */
  readonly gmvNeededYuan: number | null;
  readonly maxSpendYuan: number;
  readonly position: BandPosition | null;
}

export interface RoiResult {
  /** Price − cost − percentage charges − packaging − shipping. */
  readonly marginPerOrderYuan: number;
  /** marginPerOrder ÷ price. */
  readonly marginRate: number;
  /** price ÷ margin per order. */
  readonly breakEven: Ratio;
  /** Left per paid order once refunds are counted (equal to the margin per order without refunds). */
  readonly leftPerOrderYuan: number;
  /** leftPerOrder ÷ price: what a yuan of GMV leaves to pay for ads. */
  readonly leftRate: number;
  /** price ÷ left per order: the break-even ROAS with refunds. */
  readonly breakEvenWithRefunds: Ratio;
  /** Sunk per refunded order: packaging + shipping + loss per return. */
  readonly sunkPerRefundYuan: number;
  /** price ÷ (left per order − price × target): keeps the target share of GMV after ads. */
  readonly targetRoas: Ratio;
  /** Highest cost per click that breaks even: left per order × conversion (保本出价). */
  readonly breakEvenCpcYuan: number;
  /** Highest ad cost per paid order that breaks even: left per order. */
  readonly maxCpaYuan: number;
  readonly campaign: Campaign | null;
  /** The sources' 1:3-1:5 band with these costs: profit per 100 yuan of ads at each end. */
  readonly band: {
    readonly low: number;
    readonly high: number;
    readonly profitPer100AtLowYuan: number;
    readonly profitPer100AtHighYuan: number;
    readonly breakEven: BandPosition | 'never';
  };
  /** The two "solve for" questions, when asked. */
  readonly solve: {
    /** At this ROAS, what must each order leave, and the most the product may cost. */
    readonly roas: { readonly roas: number; readonly leftNeededYuan: number; readonly marginRateNeeded: number; readonly maxCostYuan: number | null } | null;
    /** At this CPC, the conversion rate that breaks even (percent); null when nothing is left per order. */
    readonly cpc: { readonly cpcYuan: number; readonly conversionNeededPct: number | null } | null;
  };
}

/** Margin per order before refunds. */
export function marginPerOrder(x: RoiInput): number {
  return x.priceYuan - x.costYuan - (x.priceYuan * (x.commissionPct + x.otherPct)) / 100 - x.packagingYuan - x.shippingYuan;
}

/** Left per paid order at the input's refund rate (see the module comment for what is sunk). */
export function leftPerOrder(x: RoiInput): number {
  const r = x.refundPct / 100;
  const kept = x.priceYuan - x.costYuan - (x.priceYuan * (x.commissionPct + x.otherPct)) / 100;
  return (1 - r) * kept - x.packagingYuan - x.shippingYuan - r * x.returnLossYuan;
}

/** price ÷ left: the ROAS at which ads pay for themselves, or never. */
export function roasFor(priceYuan: number, leftYuan: number): Ratio {
  return leftYuan / priceYuan >= minRate ? { kind: 'ratio', value: priceYuan / leftYuan } : { kind: 'never' };
}

function position(x: number, low: number, high: number): BandPosition {
  return x < low ? 'below' : x > high ? 'above' : 'inside';
}

/**
 * The product cost at which the order leaves `leftYuan` (the inverse of leftPerOrder in the cost),
 * or null when even free goods leave less.
 */
export function costForLeft(x: RoiInput, leftYuan: number): number | null {
  const r = x.refundPct / 100;
  const cost = x.priceYuan - (x.priceYuan * (x.commissionPct + x.otherPct)) / 100 - (leftYuan + x.packagingYuan + x.shippingYuan + r * x.returnLossYuan) / (1 - r);
  return cost >= 0 ? cost : null;
}

/** ROAS, break-even points, the campaign's profit and the answers to the "solve for" questions. */
export function computeRoi(x: RoiInput): RoiResult {
  const price = x.priceYuan;
  const margin = marginPerOrder(x);
  const left = leftPerOrder(x);
  const leftRate = left / price;
  const breakEvenWithRefunds = roasFor(price, left);
  const { low, high } = sourceRoiBand.value;
  let campaign: Campaign | null = null;
  if (x.spendYuan !== undefined && x.gmvYuan !== undefined) {
    const roas = x.spendYuan >= minSpendYuan ? x.gmvYuan / x.spendYuan : null;
    const profitYuan = x.gmvYuan * leftRate - x.spendYuan;
    campaign = {
      spendYuan: x.spendYuan,
      gmvYuan: x.gmvYuan,
      roas,
      profitYuan,
      outcome: Math.abs(profitYuan) < minSpendYuan ? 'break-even' : profitYuan > 0 ? 'profit' : 'loss',
      gmvNeededYuan: breakEvenWithRefunds.kind === 'ratio' ? x.spendYuan * breakEvenWithRefunds.value : null,
      maxSpendYuan: Math.max(0, x.gmvYuan * leftRate),
      position: roas === null ? null : position(roas, low, high),
    };
  }
  const solveRoas = x.solveRoas;
  const cpc = x.solveCpcYuan;
  return {
    marginPerOrderYuan: margin,
    marginRate: margin / price,
    breakEven: roasFor(price, margin),
    leftPerOrderYuan: left,
    leftRate,
    breakEvenWithRefunds,
    sunkPerRefundYuan: x.packagingYuan + x.shippingYuan + x.returnLossYuan,
    targetRoas: roasFor(price, left - (price * x.targetProfitPct) / 100),
    breakEvenCpcYuan: Math.max(0, (left * x.conversionPct) / 100),
    maxCpaYuan: Math.max(0, left),
    campaign,
    band: {
      low,
      high,
      profitPer100AtLowYuan: 100 * (low * leftRate - 1),
      profitPer100AtHighYuan: 100 * (high * leftRate - 1),
      breakEven: breakEvenWithRefunds.kind === 'never' ? 'never' : position(breakEvenWithRefunds.value, low, high),
    },
    solve: {
      roas: solveRoas === undefined ? null : { roas: solveRoas, leftNeededYuan: price / solveRoas, marginRateNeeded: 1 / solveRoas, maxCostYuan: costForLeft(x, price / solveRoas) },
      cpc: cpc === undefined ? null : { cpcYuan: cpc, conversionNeededPct: left / price >= minRate ? (100 * cpc) / left : null },
    },
  };
}

/** Break-even ROAS (with refunds) at another gross margin (share of the price) and refund rate. */
export function breakEvenAt(x: RoiInput, grossMarginPct: number, refundPct: number): number | null {
  const r = roasFor(x.priceYuan, leftPerOrder({ ...x, costYuan: x.priceYuan * (1 - grossMarginPct / 100), refundPct }));
  return r.kind === 'ratio' ? r.value : null;
}

/** Break-even CPC at another gross margin and conversion rate. */
export function breakEvenCpcAt(x: RoiInput, grossMarginPct: number, conversionPct: number): number {
  return Math.max(0, (leftPerOrder({ ...x, costYuan: x.priceYuan * (1 - grossMarginPct / 100) }) * conversionPct) / 100);
}

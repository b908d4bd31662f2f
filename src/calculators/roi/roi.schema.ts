import { choiceField, numberField, type FieldValues } from '../shared/fields';
import { structure001, structure002, tier4RevenueYuan } from './roi.data';

const pct = numberField('percent', 0, 100);
const yuan = numberField('yuan', 0, 100_000_000_000);

/**
 * Inputs of the ROI calculator. GMV is entered directly (`gmvMode: 'gmv'`) or built from
 * clicks x conversion x order value (`'funnel'`). Rates are percent of GMV.
 */
export const roiFields = {
  spendYuan: yuan,
  gmvMode: choiceField(['gmv', 'funnel'] as const),
  gmvYuan: yuan,
  clicks: numberField('count', 0, 10_000_000_000, { integer: true }),
  conversionPct: pct,
  orderValueYuan: numberField('yuan', 0, 100_000_000),
  marginPct: pct,
  commissionPct: pct,
  shippingPct: pct,
  taxPct: pct,
  otherPct: pct,
  refundPct: pct,
} as const;

export type RoiInput = FieldValues<typeof roiFields>;

/** Query-parameter prefix: `roi.spendYuan`. */
export const roiPrefix = 'roi';

const s2 = structure002;
const s1 = structure001;

/**
 * Presets.
 * - `tmall-002`: 002 篇六's structure (margin 40 %, commission 5 %, shipping + packaging 5 %,
 *   tax 4.5 %) at tier 4's 100,000 a month with its 10 % promotion budget as ad spend.
 *   Funnel fields are an example consistent with that GMV, not source figures.
 * - `plan-001`: 001 篇3 (margin 50 %; its 25 % "operations" share taken as the per-sale cost,
 *   since 001 does not split commission, shipping and tax) at September's 200,000 target, with
 *   the top of its 10-15 % marketing range as spend and its 1 % conversion in the funnel.
 */
export const roiPresets = {
  'tmall-002': {
    spendYuan: (tier4RevenueYuan.value * s2.promotionPct.value) / 100,
    gmvMode: 'gmv',
    gmvYuan: tier4RevenueYuan.value,
    clicks: 50_000,
    conversionPct: 2,
    orderValueYuan: 100,
    marginPct: s2.grossMarginPct.value,
    commissionPct: s2.commissionPct.value,
    shippingPct: s2.shippingPackagingPct.value,
    taxPct: s2.taxPct.value,
    otherPct: 0,
    refundPct: 0,
  },
  'plan-001': {
    spendYuan: (s1.septemberTargetYuan.value * s1.marketingHighPct.value) / 100,
    gmvMode: 'gmv',
    gmvYuan: s1.septemberTargetYuan.value,
    clicks: 100_000,
    conversionPct: s1.conversionPct.value,
    orderValueYuan: 200,
    marginPct: s1.grossMarginPct.value,
    commissionPct: 0,
    shippingPct: 0,
    taxPct: 0,
    otherPct: s1.operationsPct.value,
    refundPct: 0,
  },
} as const satisfies Record<string, RoiInput>;

export type RoiPresetId = keyof typeof roiPresets;
export const defaultRoiPreset: RoiPresetId = 'tmall-002';

import { numberField, type FieldValues } from '../shared/fields';
import { structure001, structure002, tier4RevenueYuan } from './roi.data';

const pct = numberField('percent', 0, 100);
const perOrder = numberField('yuan', 0, 100_000_000);

/**
 * Inputs of the ROAS (投产比) and break-even calculator, per order: the price the buyer pays, the
 * product's cost, the platform's commission and other charges as a percentage of the price (tax,
 * 001's "operations"), packaging and shipping in yuan. Then refunds, the conversion rate and a
 * target profit; a campaign's spend and GMV (optional, and belonging to their preset: cleared when
 * the reader starts on their own figures); and the two "solve for" questions (optional).
 */
export const roiFields = {
  priceYuan: numberField('yuan', 0.01, 100_000_000),
  costYuan: perOrder,
  commissionPct: pct,
  otherPct: pct,
  packagingYuan: perOrder,
  shippingYuan: perOrder,
  refundPct: numberField('percent', 0, 99, { asksPercent: true }),
  returnLossYuan: perOrder,
  conversionPct: pct,
  targetProfitPct: numberField('percent', 0, 100, { asksPercent: true }),
  spendYuan: numberField('yuan', 0, 100_000_000_000, { optional: true, presetOnly: true }),
  gmvYuan: numberField('yuan', 0, 100_000_000_000, { optional: true, presetOnly: true }),
  solveRoas: numberField('ratio', 0.01, 10_000, { optional: true }),
  solveCpcYuan: numberField('yuan', 0.01, 100_000, { optional: true }),
} as const;

export type RoiInput = FieldValues<typeof roiFields>;

/** Query-parameter prefix: `roi.priceYuan`. */
export const roiPrefix = 'roi';

const s2 = structure002;
const s1 = structure001;
/** Rates of the sources are shares of sales: on a price of 100 they read as yuan per order. */
const price = 100;

/**
 * Presets.
 * - `tmall-002` (default): 002 篇六's structure on a price of 100 (margin 40 %, so cost 60;
 *   commission 5 %; shipping + packaging 5 %, as 5 yuan of shipping; tax 4.5 %): 25.5 left per
 *   order, break-even 1:3.92. Its campaign is tier 4's 100,000 a month with the 10 % promotion
 *   budget as spend (1:10). The target covers its personnel 6 % and other 2 %, costs the ads
 *   must also pay for. The 2 % conversion is an example (002 gives none).
 * - `plan-001`: 001 篇3 (margin 50 %; its 25 % "operations" taken as a charge per sale, since 001
 *   does not split it; 1 % conversion), break-even 1:4. Campaign: September's 200,000 target
 *   with the top of its 10-15 % marketing range as spend; target covers its personnel 10 %.
 * - `example`: the worked example of the calculators research (price 100, cost 40, commission 5 %,
 *   packaging 3, shipping 7: 45 left per order, break-even 2.22; at 3 % conversion the break-even
 *   CPC is 1.35), with its two questions: what margin makes ROAS 3 break even, what conversion a
 *   CPC of 1.5 needs.
 */
export const roiPresets = {
  'tmall-002': {
    priceYuan: price,
    costYuan: price * (1 - s2.grossMarginPct.value / 100),
    commissionPct: s2.commissionPct.value,
    otherPct: s2.taxPct.value,
    packagingYuan: 0,
    shippingYuan: (price * s2.shippingPackagingPct.value) / 100,
    refundPct: 0,
    returnLossYuan: 0,
    conversionPct: 2,
    targetProfitPct: s2.personnelPct.value + s2.otherPct.value,
    spendYuan: (tier4RevenueYuan.value * s2.promotionPct.value) / 100,
    gmvYuan: tier4RevenueYuan.value,
    solveRoas: undefined,
    solveCpcYuan: undefined,
  },
  'plan-001': {
    priceYuan: price,
    costYuan: price * (1 - s1.grossMarginPct.value / 100),
    commissionPct: 0,
    otherPct: s1.operationsPct.value,
    packagingYuan: 0,
    shippingYuan: 0,
    refundPct: 0,
    returnLossYuan: 0,
    conversionPct: s1.conversionPct.value,
    targetProfitPct: s1.personnelPct.value,
    spendYuan: (s1.septemberTargetYuan.value * s1.marketingHighPct.value) / 100,
    gmvYuan: s1.septemberTargetYuan.value,
    solveRoas: undefined,
    solveCpcYuan: undefined,
  },
  example: {
    priceYuan: 100,
    costYuan: 40,
    commissionPct: 5,
    otherPct: 0,
    packagingYuan: 3,
    shippingYuan: 7,
    refundPct: 0,
    returnLossYuan: 0,
    conversionPct: 3,
    targetProfitPct: 10,
    spendYuan: undefined,
    gmvYuan: undefined,
    solveRoas: 3,
    solveCpcYuan: 1.5,
  },
} as const satisfies Record<string, RoiInput>;

export type RoiPresetId = keyof typeof roiPresets;
export const defaultRoiPreset: RoiPresetId = 'tmall-002';

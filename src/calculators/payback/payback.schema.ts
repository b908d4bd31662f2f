import { choiceField, listField, numberField, textField, type FieldValues } from '../shared/fields';
import { hardwareEachYuan, plan002 } from './payback.data';

const pct = numberField('percent', 0, 100);
const yuan = numberField('yuan', 0, 100_000_000_000);
/** A month of the plan (month 3), not a duration. */
const month = numberField('month', 1, 120, { integer: true });

/** Longest horizon the calculator draws: ten years. */
export const maxHorizonMonths = 120;
/** Most upfront items a plan may list. */
export const maxItems = 12;

/**
 * Fields of one upfront item. `returns`: `no` (a cost), `close` (comes back when the store
 * closes, after the horizon: a Tmall deposit), `month` (comes back in `returnMonth`).
 */
export const itemFields = {
  name: textField(60),
  amountYuan: yuan,
  month,
  returns: choiceField(['no', 'close', 'month'] as const),
  returnMonth: numberField('month', 1, 2 * maxHorizonMonths, { integer: true, optional: true }),
} as const;

/** One upfront item: a name and its validated fields. */
export type UpfrontItem = FieldValues<typeof itemFields>;

/**
 * Inputs of the payback calculator. Months are counted from the plan's start (month 1);
 * revenue starts in `startMonth`, flat or ramping linearly from `rampStartYuan` to `revenueYuan`
 * over `rampMonths`. Margin is a net margin, or a gross margin minus a cost structure.
 * `horizonMonths` is only the chart's range (its name is kept so older links still work). The
 * upfront items travel as `pay.items=<n>` and repeated `pay.i.<field>`.
 */
export const paybackFields = {
  horizonMonths: numberField('months', 1, maxHorizonMonths, { integer: true }),
  startMonth: month,
  revenueMode: choiceField(['flat', 'ramp'] as const),
  revenueYuan: yuan,
  rampStartYuan: yuan,
  rampMonths: numberField('months', 1, 120, { integer: true }),
  marginMode: choiceField(['net', 'structure'] as const),
  netMarginPct: numberField('percent', -100, 100, { asksPercent: true }),
  grossMarginPct: numberField('percent', 0, 100, { asksPercent: true }),
  promotionPct: pct,
  personnelPct: pct,
  commissionPct: pct,
  shippingPct: pct,
  taxPct: pct,
  otherPct: pct,
  fixedMonthlyYuan: yuan,
  discountPct: pct,
  /** The plan's own claim to compare with; it belongs to its preset (see presetOnly). */
  targetMonths: numberField('months', 1, maxHorizonMonths, { integer: true, optional: true, presetOnly: true }),
  items: listField(itemFields, maxItems, {
    short: 'i',
    // An item coming back "in month" needs a return month after the month it is paid.
    check: (row) => (row.returns !== 'month' ? {} : row.returnMonth === undefined ? { returnMonth: 'required' } : row.returnMonth <= row.month ? { returnMonth: 'after' } : {}),
  }),
} as const;

export type PaybackInput = FieldValues<typeof paybackFields>;

/** Query-parameter prefix: `pay.revenueYuan`, items as repeated `pay.i.amountYuan`, ... */
export const paybackPrefix = 'pay';

/**
 * Item names in presets are label keys (`tmallDeposit`), turned into the page's language by
 * the island; names typed by a user are kept as typed.
 */
export type PresetItemName = 'tmallDeposit' | 'hardwareSalaries' | 'juhuasuan' | 'setup';

const p = plan002;

/**
 * 002 篇六's upfront schedule. The deposit comes back when the store closes; the 聚划算 money
 * is taken to come back the month after the event (the plan says only "later", as working
 * capital); hardware and salaries are costs.
 */
const plan002Items: UpfrontItem[] = [
  { name: 'tmallDeposit', amountYuan: p.tmallDepositYuan.value, month: p.tmallDepositMonth.value, returns: 'close', returnMonth: undefined },
  { name: 'hardwareSalaries', amountYuan: hardwareEachYuan, month: p.hardwareMonths.value[0], returns: 'no', returnMonth: undefined },
  { name: 'hardwareSalaries', amountYuan: hardwareEachYuan, month: p.hardwareMonths.value[1], returns: 'no', returnMonth: undefined },
  { name: 'juhuasuan', amountYuan: p.juhuasuanYuan.value, month: p.juhuasuanMonth.value, returns: 'month', returnMonth: p.juhuasuanMonth.value + 1 },
];

const noCosts = { promotionPct: 0, personnelPct: 0, commissionPct: 0, shippingPct: 0, taxPct: 0, otherPct: 0 } as const;

/**
 * Presets: the two readings of "270,650 invested, 240,000 recovered in year one, all back in
 * 2.5 years" (002 篇六).
 * - `plan-002-a`: the 240,000 is money free to repay the investment: 20,000 a month from the
 *   first trading month (50,000 of sales at the 40 % margin, no other cost deducted).
 *   Payback ≈ 13.5 trading months, about 1.1 years: far sooner than the plan's 2.5.
 * - `plan-002-b`: the 240,000 is gross profit before the plan's other costs: sales ramp from
 *   10,000 to 90,000 over the first year (600,000 in year one, 240,000 at 40 %), and the 7.5 %
 *   net margin of the same part is what repays. Payback ≈ 45 trading months: later than 2.5.
 * Trading starts in month 3, when the plan first pays hardware and salaries.
 */
export const paybackPresets = {
  'plan-002-a': {
    horizonMonths: 60,
    startMonth: 3,
    revenueMode: 'flat',
    revenueYuan: p.yearOneGrossProfitYuan.value / 12 / (p.grossMarginPct.value / 100),
    rampStartYuan: 10_000,
    rampMonths: 12,
    marginMode: 'structure',
    netMarginPct: p.grossMarginPct.value,
    grossMarginPct: p.grossMarginPct.value,
    ...noCosts,
    fixedMonthlyYuan: 0,
    discountPct: 0,
    targetMonths: p.claimedPaybackMonths.value,
    items: plan002Items,
  },
  'plan-002-b': {
    horizonMonths: 60,
    startMonth: 3,
    revenueMode: 'ramp',
    revenueYuan: 90_000,
    rampStartYuan: 10_000,
    rampMonths: 12,
    marginMode: 'structure',
    netMarginPct: 7.5,
    grossMarginPct: p.grossMarginPct.value,
    promotionPct: p.promotionPct.value,
    personnelPct: p.personnelPct.value,
    commissionPct: p.commissionPct.value,
    shippingPct: p.shippingPct.value,
    taxPct: p.taxPct.value,
    otherPct: p.otherPct.value,
    fixedMonthlyYuan: 0,
    discountPct: 0,
    targetMonths: p.claimedPaybackMonths.value,
    items: plan002Items,
  },
  /** The textbook case: 100,000 up front, 20,000 profit a month, paid back in 5.0 months. */
  simple: {
    horizonMonths: 24,
    startMonth: 1,
    revenueMode: 'flat',
    revenueYuan: 100_000,
    rampStartYuan: 0,
    rampMonths: 6,
    marginMode: 'net',
    netMarginPct: 20,
    grossMarginPct: 40,
    ...noCosts,
    fixedMonthlyYuan: 0,
    discountPct: 0,
    targetMonths: undefined,
    items: [{ name: 'setup' satisfies PresetItemName, amountYuan: 100_000, month: 1, returns: 'no', returnMonth: undefined }],
  },
} as const satisfies Record<string, PaybackInput>;

export type PaybackPresetId = keyof typeof paybackPresets;
export const defaultPaybackPreset: PaybackPresetId = 'plan-002-a';

import { choiceField, numberField, type FieldValues } from '../shared/fields';
import { categories, plan002Fees, storeTypes, trademarks } from './entry-cost.data';

/** Which fee table the calculator reads: the latest dated figures found, or plan 002's (about 2014). */
export const schedules = ['latest', 'plan-002'] as const;
export type Schedule = (typeof schedules)[number];

const yuan = numberField('yuan', 0, 100_000_000_000);
const optionalYuan = numberField('yuan', 0, 100_000_000_000, { optional: true });

/**
 * Inputs. The store type, trademark status and category pick the deposit from the table; the
 * optional fields replace a table figure with one the reader looked up (their category's
 * commission, this year's deposit), and the refund thresholds model the old annual-fee rule
 * (half back from one sales level, all of it from another). First-year sales drive commission,
 * the basic software fee and the refund.
 */
export const entryCostFields = {
  schedule: choiceField(schedules),
  storeType: choiceField(storeTypes),
  trademark: choiceField(trademarks),
  category: choiceField(categories),
  annualSalesYuan: yuan,
  commissionPct: numberField('percent', 0, 100, { optional: true }),
  depositYuan: optionalYuan,
  annualFeeYuan: optionalYuan,
  refundHalfAtYuan: optionalYuan,
  refundFullAtYuan: optionalYuan,
} as const;

export type EntryCostInput = FieldValues<typeof entryCostFields>;

/** Query-parameter prefix: `entry.storeType`. */
export const entryCostPrefix = 'entry';

const none = { commissionPct: undefined, depositYuan: undefined, annualFeeYuan: undefined, refundHalfAtYuan: undefined, refundFullAtYuan: undefined } as const;

/** An example of first-year sales where no source gives one: 100,000 a month (002 篇六's tier 4). */
export const exampleAnnualSalesYuan = 1_200_000;

/**
 * Presets.
 * - `plan-002-tm` / `plan-002-r`: 002 篇一's specialty store (专营店) with a TM mark (deposit
 *   150,000) or with every mark registered (100,000); annual fee 30,000, commission 5 %.
 * - `latest-flagship-r`: a flagship store with a registered mark in a general category, on the
 *   latest dated figures (deposit 50,000; no annual fee since 2024-09-01; commission: look up).
 * - `latest-specialty-tm`: a specialty store with a TM mark on the latest figures (150,000).
 * First-year sales are an example (1.2 million: 100,000 a month).
 */
export const entryCostPresets = {
  'plan-002-tm': { schedule: 'plan-002', storeType: 'specialty', trademark: 'tm', category: 'general', annualSalesYuan: exampleAnnualSalesYuan, ...none },
  'plan-002-r': { schedule: 'plan-002', storeType: 'specialty', trademark: 'r', category: 'general', annualSalesYuan: exampleAnnualSalesYuan, ...none },
  'latest-flagship-r': { schedule: 'latest', storeType: 'flagship', trademark: 'r', category: 'general', annualSalesYuan: exampleAnnualSalesYuan, ...none },
  'latest-specialty-tm': { schedule: 'latest', storeType: 'specialty', trademark: 'tm', category: 'general', annualSalesYuan: exampleAnnualSalesYuan, ...none },
} as const satisfies Record<string, EntryCostInput>;

export type EntryCostPresetId = keyof typeof entryCostPresets;
export const defaultEntryCostPreset: EntryCostPresetId = 'latest-flagship-r';

/** The plan's commission, for the tests and the page. */
export const plan002CommissionPct = plan002Fees.commissionPct.value;

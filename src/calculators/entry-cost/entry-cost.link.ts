import { paybackFields, paybackPrefix, paybackPresets, type PaybackInput, type UpfrontItem } from '../payback/payback.schema';
import { writeParams } from '../shared/url-state';
import type { EntryCostResult } from './entry-cost';
import type { EntryCostInput } from './entry-cost.schema';

/**
 * The link from the entry-cost calculator to the payback calculator: the deposit as an item that
 * comes back when the store closes, the annual fee as a cost (its refunded part as an item that
 * comes back after the year), trading from month 1 at the first year's sales spread evenly,
 * and the platform's rates as payback costs. Every payback field is written (the rest from its
 * `simple` preset, in the margin-structure mode), so the reader sees each figure the payback
 * uses; the query is written with the payback calculator's own codec.
 */

/** Month the annual-fee refund comes back: after the year is settled (an assumption, stated on the page). */
export const feeRefundMonth = 13;

/** Item names in the page's language (the islands pass their labels). */
export interface PaybackItemNames {
  readonly deposit: string;
  readonly annualFee: string;
  readonly feeRefund: string;
}

/** The payback items of an entry cost. An unknown deposit is left out (the reader adds it). */
export function paybackItemsOf(r: EntryCostResult, names: PaybackItemNames): UpfrontItem[] {
  const items: UpfrontItem[] = [];
  if (r.deposit.kind === 'known' && r.deposit.yuan > 0) {
    items.push({ name: names.deposit, amountYuan: r.deposit.yuan, month: 1, returns: 'close', returnMonth: undefined });
  }
  if (r.annualFee.netYuan > 0) items.push({ name: names.annualFee, amountYuan: r.annualFee.netYuan, month: 1, returns: 'no', returnMonth: undefined });
  if (r.annualFee.refundYuan > 0) {
    items.push({ name: names.feeRefund, amountYuan: r.annualFee.refundYuan, month: 1, returns: 'month', returnMonth: feeRefundMonth });
  }
  return items;
}

/** The payback input an entry cost opens: `simple`'s figures with the entry cost's. */
export function paybackInputOf(input: EntryCostInput, r: EntryCostResult, names: PaybackItemNames): PaybackInput {
  const base = paybackPresets.simple;
  return {
    ...base,
    startMonth: 1,
    revenueMode: 'flat',
    revenueYuan: Math.round((input.annualSalesYuan / 12) * 100) / 100,
    marginMode: 'structure',
    commissionPct: r.commission.rate.kind === 'known' ? r.commission.rate.pct : 0,
    otherPct: r.basicFee.pct,
    targetMonths: undefined,
    items: paybackItemsOf(r, names),
  };
}

/** The payback calculator's query for an entry cost (prefix `pay`, items as repeated parameters). */
export function paybackQueryOf(input: EntryCostInput, r: EntryCostResult, names: PaybackItemNames): URLSearchParams {
  return writeParams(new URLSearchParams(), paybackPrefix, paybackFields, paybackInputOf(input, r, names));
}

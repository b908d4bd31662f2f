import { plan002Fees, tmallAnnualFee, tmallBasicFee, tmallDeposits, type DepositRow, type WebSource } from './entry-cost.data';
import type { EntryCostInput } from './entry-cost.schema';

/**
 * Tmall entry cost: the deposit (押在平台, comes back when the store closes), the annual software
 * fee with its refund at the sales thresholds, commission and the basic software fee on sales.
 * First-year cash = deposit + annual fee + commission + basic fee; of it, the deposit and any fee
 * refund come back, the rest is cost. A figure no source gives stays unknown (typed), never 0.
 */

/** Where an amount came from, or why there is none. */
export type Amount =
  | { readonly kind: 'known'; readonly yuan: number; readonly from: 'table' | 'plan-002' | 'entered' }
  | {
      readonly kind: 'unknown';
      /** `no-source`: no citable current figure; `plan-specialty-only`: plan 002 prices a specialty store only. */
      readonly why: 'no-source' | 'plan-specialty-only';
    };

/** A rate (percent) and where it came from, or unknown. */
export type Rate = { readonly kind: 'known'; readonly pct: number; readonly from: 'table' | 'plan-002' | 'entered' } | { readonly kind: 'unknown'; readonly why: 'no-source' };

export interface EntryCostResult {
  readonly deposit: Amount;
  /** The web sources of the deposit row used (empty for plan 002 or an entered amount). */
  readonly depositSources: readonly WebSource[];
  readonly annualFee: {
    readonly grossYuan: number;
    readonly from: 'table' | 'plan-002' | 'entered';
    /** 0, 50 or 100: the share refunded at the year's sales. */
    readonly refundPct: 0 | 50 | 100;
    readonly refundYuan: number;
    readonly netYuan: number;
  };
  readonly commission: { readonly rate: Rate; readonly yuan: number | null };
  readonly basicFee: { readonly pct: number; readonly yuan: number };
  /** Paid at entry: deposit + annual fee; null while the deposit is unknown. */
  readonly upfrontYuan: number | null;
  /** Everything paid in the first year; null while a figure is unknown. */
  readonly firstYearCashYuan: number | null;
  /** What comes back: the deposit (at exit) and the fee refund (after the year). */
  readonly recoverableYuan: number | null;
  /** What is spent for good: net annual fee, commission, basic fee; null while commission is unknown. */
  readonly costYuan: number | null;
  /** Cost as a share of first-year sales (0.05 = 5 %); null without sales or with an unknown. */
  readonly costShareOfSales: number | null;
  /** The figures the reader must still look up. */
  readonly unknowns: readonly ('deposit' | 'commission')[];
}

/** Below half a fen of sales there is nothing to take a share of (keeps cost / sales finite). */
const minSalesYuan = 0.005;

/** The deposit row of the latest table for a store, a mark and a category. */
export function depositRowOf(input: Pick<EntryCostInput, 'storeType' | 'trademark' | 'category'>): DepositRow {
  const row = tmallDeposits.find(
    (r) => r.category === input.category && r.storeTypes.includes(input.storeType) && (r.trademark === 'any' || r.trademark === input.trademark),
  );
  // The table covers every combination (a test checks): reaching this is a data bug.
  if (!row) throw new Error(`entry-cost: no deposit row for ${input.storeType}/${input.trademark}/${input.category}`);
  return row;
}

/** Refund share of the annual fee for the year's sales under the entered thresholds (0 without any). */
export function refundShareOf(salesYuan: number, halfAt: number | undefined, fullAt: number | undefined): 0 | 50 | 100 {
  if (fullAt !== undefined && salesYuan >= fullAt) return 100;
  if (halfAt !== undefined && salesYuan >= halfAt) return 50;
  return 0;
}

function depositOf(input: EntryCostInput): { amount: Amount; sources: readonly WebSource[] } {
  if (input.depositYuan !== undefined) return { amount: { kind: 'known', yuan: input.depositYuan, from: 'entered' }, sources: [] };
  if (input.schedule === 'plan-002') {
    if (input.storeType !== 'specialty') return { amount: { kind: 'unknown', why: 'plan-specialty-only' }, sources: [] };
    const v = input.trademark === 'tm' ? plan002Fees.depositTmYuan.value : plan002Fees.depositRYuan.value;
    return { amount: { kind: 'known', yuan: v, from: 'plan-002' }, sources: [] };
  }
  const row = depositRowOf(input);
  return { amount: row.yuan === null ? { kind: 'unknown', why: 'no-source' } : { kind: 'known', yuan: row.yuan, from: 'table' }, sources: row.sources };
}

function commissionOf(input: EntryCostInput): Rate {
  if (input.commissionPct !== undefined) return { kind: 'known', pct: input.commissionPct, from: 'entered' };
  if (input.schedule === 'plan-002') return { kind: 'known', pct: plan002Fees.commissionPct.value, from: 'plan-002' };
  return { kind: 'unknown', why: 'no-source' };
}

/** The whole calculation. */
export function computeEntryCost(input: EntryCostInput): EntryCostResult {
  const sales = input.annualSalesYuan;
  const { amount: deposit, sources: depositSources } = depositOf(input);
  const feeFrom = input.annualFeeYuan !== undefined ? 'entered' : input.schedule === 'plan-002' ? 'plan-002' : 'table';
  const grossYuan = input.annualFeeYuan ?? (input.schedule === 'plan-002' ? plan002Fees.annualFeeYuan.value : tmallAnnualFee.yuan);
  const refundPct = refundShareOf(sales, input.refundHalfAtYuan, input.refundFullAtYuan);
  const refundYuan = refundPct === 100 ? grossYuan : refundPct === 50 ? grossYuan / 2 : 0;
  const rate = commissionOf(input);
  const commissionYuan = rate.kind === 'known' ? (sales * rate.pct) / 100 : null;
  // The basic software fee exists only under the latest rules (orders from 2024-09-01).
  const basicPct = input.schedule === 'latest' ? tmallBasicFee.pct : 0;
  const basicYuan = (sales * basicPct) / 100;
  const depositYuan = deposit.kind === 'known' ? deposit.yuan : null;
  const upfrontYuan = depositYuan === null ? null : depositYuan + grossYuan;
  const costYuan = commissionYuan === null ? null : grossYuan - refundYuan + commissionYuan + basicYuan;
  const unknowns = [...(deposit.kind === 'unknown' ? (['deposit'] as const) : []), ...(rate.kind === 'unknown' ? (['commission'] as const) : [])];
  return {
    deposit,
    depositSources,
    annualFee: { grossYuan, from: feeFrom, refundPct, refundYuan, netYuan: grossYuan - refundYuan },
    commission: { rate, yuan: commissionYuan },
    basicFee: { pct: basicPct, yuan: basicYuan },
    upfrontYuan,
    firstYearCashYuan: upfrontYuan === null || commissionYuan === null ? null : upfrontYuan + commissionYuan + basicYuan,
    recoverableYuan: depositYuan === null ? null : depositYuan + refundYuan,
    costYuan,
    costShareOfSales: costYuan === null || sales < minSalesYuan ? null : costYuan / sales,
    unknowns,
  };
}

import type { PaybackInput, UpfrontItem } from './payback.schema';

/**
 * Payback: month by month cash flow of an opening plan, and when the money put in is back.
 *
 * Timing convention (what makes "100,000 at 20,000 a month" come out at 5.0 months): upfront
 * items and returned deposits move at the start of their month; operating profit accrues evenly
 * through the month, so the payback point is interpolated inside the month where the
 * cumulative total crosses zero. Month m runs from time m-1 to m; payback 15.5 means halfway
 * through month 16.
 */

/** One month of the plan. Amounts in yuan; outflows negative in `netYuan` and the totals. */
export interface PaybackMonth {
  readonly month: number;
  readonly revenueYuan: number;
  /** Revenue x net margin - fixed costs. */
  readonly operatingYuan: number;
  /** Upfront items paid this month (a positive amount). */
  readonly upfrontYuan: number;
  /** Recoverable items that came back this month. */
  readonly returnedYuan: number;
  readonly netYuan: number;
  readonly cumulativeYuan: number;
  /** Recoverable money paid out and not yet back at the end of the month (deposits). */
  readonly heldYuan: number;
  /** Cumulative cash plus deposits still held: the owner's position if deposits count as theirs. */
  readonly positionYuan: number;
  /** Cumulative cash flow discounted to the plan's start (equal to cumulativeYuan at 0 %). */
  readonly discountedCumulativeYuan: number;
}

/**
 * When, if ever, a cumulative series is back at zero. Months are interpolated (15.53). The answer
 * never depends on how many months the chart shows: the series is followed past the chart until
 * nothing changes any more (every outlay paid, every deposit back, revenue at its full level), and
 * from there the steady monthly profit decides: above zero it pays back at an exact month, at or
 * below zero it never does.
 */
export type PaybackOutcome =
  | {
      readonly kind: 'paid-back';
      readonly paybackMonths: number;
      /** Set when the total was back earlier, then fell below zero again before this payback. */
      readonly dip: { readonly firstPaybackMonths: number; readonly negativeAgainMonths: number } | null;
    }
  | {
      /** Never back with these numbers: the steady monthly profit is zero or a loss. */
      readonly kind: 'never';
      /** Set when the total was back once, then fell below zero for good. */
      readonly firstPaybackMonths: number | null;
      readonly negativeAgainMonths: number | null;
      /** The steady monthly profit once nothing else changes (zero or negative). */
      readonly steadyMonthlyYuan: number;
    }
  | { readonly kind: 'nothing-to-recover' };

export interface PaybackResult {
  readonly months: readonly PaybackMonth[];
  /** Net margin used, percent (entered, or gross margin minus the cost structure). */
  readonly netMarginPct: number;
  /** Operating profit in a month at full revenue, after fixed costs. */
  readonly fullMonthlyProfitYuan: number;
  /** Payback of the cash actually paid out (deposits count until they come back). */
  readonly cash: PaybackOutcome;
  /** Payback when deposits still held count as the owner's money: only sunk costs to recover. */
  readonly position: PaybackOutcome;
  /** Payback of the discounted cash flow; null at a 0 % discount rate. */
  readonly discounted: PaybackOutcome | null;
  readonly totals: {
    readonly upfrontYuan: number;
    /** Upfront items that come back at some point (in the horizon or at closing). */
    readonly recoverableYuan: number;
    /** Upfront items that never come back: the real cost. */
    readonly sunkYuan: number;
    readonly heldAtEndYuan: number;
    readonly operatingYuan: number;
  };
  /** Payback minus the target, in months (negative = sooner); null without a target or payback. */
  readonly targetGapMonths: number | null;
}

/** Net margin in percent: the one entered, or gross margin minus the cost structure. */
export function netMarginPctOf(input: PaybackInput): number {
  if (input.marginMode === 'net') return input.netMarginPct;
  return input.grossMarginPct - input.promotionPct - input.personnelPct - input.commissionPct - input.shippingPct - input.taxPct - input.otherPct;
}

/** Revenue in month `month` of the plan: 0 before trading starts, then flat or a linear ramp. */
export function revenueInMonth(input: PaybackInput, month: number): number {
  const t = month - input.startMonth + 1;
  if (t < 1) return 0;
  if (input.revenueMode === 'flat' || t >= input.rampMonths || input.rampMonths <= 1) return input.revenueYuan;
  return input.rampStartYuan + ((input.revenueYuan - input.rampStartYuan) * (t - 1)) / (input.rampMonths - 1);
}

function comesBackIn(item: UpfrontItem): number | null {
  return item.returns === 'month' && item.returnMonth !== undefined ? item.returnMonth : null;
}

/**
 * Finds the payback point of a plan given, per month, the lump sums at its start and the
 * operating flow spread over it, for months 1..n; after month n every month brings `steadyYuan`
 * and nothing else. Payback is the last return to zero that holds for good; an earlier one
 * followed by a fall below zero is reported as a dip, or inside `never` when the total ends below
 * zero for good.
 */
export function findPayback(lumpsYuan: readonly number[], operatingYuan: readonly number[], steadyYuan = 0): PaybackOutcome {
  let total = 0;
  // Changed inside the two helpers below; the cast keeps TypeScript from narrowing it to 'start'.
  let state = 'start' as 'start' | 'negative' | 'positive';
  let firstPayback: number | null = null;
  let lastPayback: number | null = null;
  let paybacks = 0;
  let negativeAgain: number | null = null;
  const goNegative = (at: number) => {
    if (state === 'positive') negativeAgain = at;
    state = 'negative';
  };
  const payBack = (at: number) => {
    firstPayback ??= at;
    lastPayback = at;
    paybacks++;
    state = 'positive';
  };
  const step = (start: number, lump: number, flow: number) => {
    total += lump;
    if (total < 0 && state !== 'negative') goNegative(start);
    else if (total >= 0 && state === 'negative') payBack(start);
    const end = total + flow;
    if (state === 'negative' && end >= 0) payBack(start + -total / flow);
    else if (state !== 'negative' && end < 0) goNegative(start + total / -flow);
    total = end;
  };
  const n = lumpsYuan.length;
  for (let i = 0; i < n; i++) step(i, lumpsYuan[i]!, operatingYuan[i]!);
  // The steady tail: back at an exact month, or below zero for good.
  if (state === 'negative' && steadyYuan > 0) payBack(n + -total / steadyYuan);
  else if (state !== 'negative' && steadyYuan < 0) goNegative(n + total / -steadyYuan);
  if (state === 'start') return { kind: 'nothing-to-recover' };
  if (state === 'positive') {
    const dip = paybacks > 1 && firstPayback !== null && negativeAgain !== null ? { firstPaybackMonths: firstPayback, negativeAgainMonths: negativeAgain } : null;
    return { kind: 'paid-back', paybackMonths: lastPayback!, dip };
  }
  return { kind: 'never', firstPaybackMonths: firstPayback, negativeAgainMonths: firstPayback === null ? null : negativeAgain, steadyMonthlyYuan: steadyYuan };
}

/**
 * The month after which nothing changes any more: trading has started, the ramp is over, every
 * item is paid and every deposit that comes back at a given month is back. From then on each month
 * brings the same profit.
 */
export function settledMonth(input: PaybackInput): number {
  let month = input.startMonth + (input.revenueMode === 'ramp' ? input.rampMonths : 0);
  for (const item of input.items) month = Math.max(month, item.month, comesBackIn(item) ?? 0);
  return month;
}

/** How far past the settled month a discounted payback is looked for: a century. */
export const discountedSearchMonths = 1_200;

/**
 * Month-by-month cash flow and three payback readings: cash (deposits count until they come
 * back), position (deposits still held count as the owner's), and discounted cash when a
 * discount rate is given. `horizonMonths` is only how many months the table and chart show:
 * every payback is searched past it (see PaybackOutcome).
 */
export function computePayback(input: PaybackInput): PaybackResult {
  const netMarginPct = netMarginPctOf(input);
  const horizon = input.horizonMonths;
  const steadyYuan = (input.revenueYuan * netMarginPct) / 100 - input.fixedMonthlyYuan;
  // The search runs to the settled month (then the steady tail), whatever the chart shows, so the
  // same plan gives the same answer to the last digit at any range.
  const settled = settledMonth(input);
  const discountedEnd = input.discountPct > 0 ? settled + discountedSearchMonths : 0;
  const n = Math.max(horizon, settled, discountedEnd);
  const monthlyRate = Math.pow(1 + input.discountPct / 100, 1 / 12) - 1;
  const cashLumps: number[] = [];
  const sunkLumps: number[] = [];
  const discLumps: number[] = [];
  const operating: number[] = [];
  const discOperating: number[] = [];
  const months: PaybackMonth[] = [];
  let cumulative = 0;
  let discounted = 0;
  let held = 0;
  let heldAtEndYuan = 0;
  for (let month = 1; month <= n; month++) {
    const revenueYuan = revenueInMonth(input, month);
    const trading = month >= input.startMonth;
    const operatingYuan = trading ? (revenueYuan * netMarginPct) / 100 - input.fixedMonthlyYuan : 0;
    let upfrontYuan = 0;
    let returnedYuan = 0;
    let sunkYuan = 0;
    for (const item of input.items) {
      if (item.month === month) {
        upfrontYuan += item.amountYuan;
        if (item.returns === 'no') sunkYuan += item.amountYuan;
        else held += item.amountYuan;
      }
      if (comesBackIn(item) === month) {
        returnedYuan += item.amountYuan;
        held -= item.amountYuan;
      }
    }
    const lump = returnedYuan - upfrontYuan;
    const startFactor = Math.pow(1 + monthlyRate, -(month - 1));
    const endFactor = Math.pow(1 + monthlyRate, -month);
    if (month <= settled) {
      cashLumps.push(lump);
      sunkLumps.push(-sunkYuan);
      operating.push(operatingYuan);
    }
    if (month <= discountedEnd) {
      discLumps.push(lump * startFactor);
      discOperating.push(operatingYuan * endFactor);
    }
    cumulative += lump + operatingYuan;
    discounted += lump * startFactor + operatingYuan * endFactor;
    if (month > horizon) continue;
    heldAtEndYuan = held;
    months.push({
      month,
      revenueYuan,
      operatingYuan,
      upfrontYuan,
      returnedYuan,
      netYuan: lump + operatingYuan,
      cumulativeYuan: cumulative,
      heldYuan: held,
      positionYuan: cumulative + held,
      discountedCumulativeYuan: discounted,
    });
  }
  const cash = findPayback(cashLumps, operating, steadyYuan);
  const upfrontYuan = sumOf(input.items.map((i) => i.amountYuan));
  const sunkYuan = sumOf(input.items.filter((i) => i.returns === 'no').map((i) => i.amountYuan));
  return {
    months,
    netMarginPct,
    fullMonthlyProfitYuan: steadyYuan,
    cash,
    position: findPayback(sunkLumps, operating, steadyYuan),
    discounted: input.discountPct > 0 ? findPayback(discLumps, discOperating) : null,
    totals: {
      upfrontYuan,
      recoverableYuan: upfrontYuan - sunkYuan,
      sunkYuan,
      heldAtEndYuan,
      operatingYuan: sumOf(months.map((m) => m.operatingYuan)),
    },
    targetGapMonths: input.targetMonths !== undefined && cash.kind === 'paid-back' ? cash.paybackMonths - input.targetMonths : null,
  };
}

function sumOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

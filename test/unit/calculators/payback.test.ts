import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computePayback, findPayback, revenueInMonth } from '../../../src/calculators/payback/payback';
import { paybackPresets, type PaybackInput, type UpfrontItem } from '../../../src/calculators/payback/payback.schema';
import { hardwareEachYuan, plan002 } from '../../../src/calculators/payback/payback.data';

const simple = paybackPresets.simple;
const item = (amountYuan: number, month = 1, extra: Partial<UpfrontItem> = {}): UpfrontItem => ({ name: 'x', amountYuan, month, returns: 'no', returnMonth: undefined, ...extra });
const plan = (extra: Partial<PaybackInput>): PaybackInput => ({ ...simple, ...extra });

describe('payback by hand', () => {
  test.each([
    // [case, input, payback months, why]
    ['100,000 up front at 20,000 a month', plan({}), 5, '100,000 / 20,000 = 5.0 (issue #3)'],
    ['the same with 10,000 of fixed costs', plan({ fixedMonthlyYuan: 10_000 }), 10, '100,000 / (20,000 - 10,000)'],
    ['paid in month 3, trading from month 3', plan({ startMonth: 3, items: [item(100_000, 3)] }), 7, '2 idle months + 5'],
    ['a deposit that comes back in month 4', plan({ items: [item(100_000, 1), item(50_000, 1, { returns: 'month', returnMonth: 4 })] }), 5, 'cash low at -150,000 + 3 x 20,000, back to -40,000 in month 4, 0 after two more months'],
  ])('%s: %f months (%s)', (_name, input, months) => {
    const r = computePayback(input);
    expect(r.cash.kind).toBe('paid-back');
    expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths).toBeCloseTo(months, 10);
  });

  test('a ramp is linear from its start to full revenue', () => {
    const input = plan({ revenueMode: 'ramp', rampStartYuan: 10_000, revenueYuan: 90_000, rampMonths: 12, startMonth: 3 });
    expect([1, 2, 3, 4, 14, 15, 40].map((m) => revenueInMonth(input, m))).toEqual([0, 0, 10_000, 10_000 + 80_000 / 11, 90_000, 90_000, 90_000]);
  });

  test('month-by-month totals add up', () => {
    const r = computePayback(plan({}));
    expect(r.months[0]).toMatchObject({ month: 1, upfrontYuan: 100_000, operatingYuan: 20_000, netYuan: -80_000, cumulativeYuan: -80_000 });
    expect(r.months.at(-1)!.cumulativeYuan).toBe(-100_000 + 24 * 20_000);
  });
});

describe('outcomes are typed', () => {
  test('the chart range never changes the answer: 4 months shown, paid back after 5 (usability test, finding 1)', () => {
    const r = computePayback(plan({ horizonMonths: 4 }));
    expect(r.cash).toEqual({ kind: 'paid-back', paybackMonths: 5, dip: null });
    expect(r.months).toHaveLength(4);
  });
  test('usability test, task 1c: 200,000 in (100,000 of it a deposit back at closing), 30,000 a month at 20 %: 33.3 months, though the simple preset shows 24', () => {
    const r = computePayback(plan({ revenueYuan: 30_000, items: [item(100_000, 1), item(100_000, 1, { returns: 'close' })] }));
    expect(r.months).toHaveLength(24);
    expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths).toBeCloseTo(200_000 / 6_000, 10);
    expect(r.position.kind === 'paid-back' && r.position.paybackMonths).toBeCloseTo(100_000 / 6_000, 10);
  });
  test('never paid back at a loss, whatever the range', () => {
    const r = computePayback(plan({ netMarginPct: -5, horizonMonths: 120 }));
    expect(r.cash).toEqual({ kind: 'never', firstPaybackMonths: null, negativeAgainMonths: null, steadyMonthlyYuan: -5_000 });
  });
  test('never paid back when fixed costs eat the profit exactly', () => {
    expect(computePayback(plan({ fixedMonthlyYuan: 20_000 })).cash.kind).toBe('never');
  });
  test('turns negative for good: back in month 5, then a second outlay that a loss-making store never repays', () => {
    const r = computePayback(plan({ horizonMonths: 8, fixedMonthlyYuan: 20_000, revenueYuan: 200_000, items: [item(100_000, 1), item(500_000, 7)] }));
    // 200,000 x 20 % - 20,000 = 20,000 a month: back after 5 months, +20,000 after 6; 500,000 more at
    // the start of month 7 leaves -480,000, repaid 24 months later: month 30, past the 8 shown.
    expect(r.cash).toMatchObject({ kind: 'paid-back', paybackMonths: 30, dip: { firstPaybackMonths: 5, negativeAgainMonths: 6 } });
    const loss = computePayback(plan({ revenueMode: 'ramp', rampStartYuan: 200_000, revenueYuan: 0, rampMonths: 12, fixedMonthlyYuan: 5_000, items: [item(100_000, 1)] }));
    // Revenue falls from 200,000 to nothing over a year and 5,000 of fixed costs stay: the total is
    // back once, then falls for good.
    expect(loss.cash).toMatchObject({ kind: 'never', steadyMonthlyYuan: -5_000 });
    expect(loss.cash.kind === 'never' && loss.cash.firstPaybackMonths).toBeGreaterThan(2);
  });
  test('a store still making money after the chart ends pays back past it, at the exact month', () => {
    const r = computePayback(plan({ horizonMonths: 12, startMonth: 3, items: [item(1_000_000, 1)] }));
    expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths).toBeCloseTo(2 + 50, 10);
  });
  test('a dip that is repaid later is reported with the final payback', () => {
    const r = computePayback(plan({ items: [item(100_000, 1), item(40_000, 7)] }));
    expect(r.cash).toEqual({ kind: 'paid-back', paybackMonths: 7, dip: { firstPaybackMonths: 5, negativeAgainMonths: 6 } });
  });
  test('nothing to recover without an outlay', () => {
    expect(computePayback(plan({ items: [] })).cash).toEqual({ kind: 'nothing-to-recover' });
  });
  test('a deposit held to closing counts against cash, not against the owner\'s position', () => {
    const r = computePayback(plan({ items: [item(100_000, 1, { returns: 'close' })] }));
    expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths).toBe(5);
    expect(r.position).toEqual({ kind: 'nothing-to-recover' });
    expect(r.totals).toMatchObject({ recoverableYuan: 100_000, sunkYuan: 0, heldAtEndYuan: 100_000 });
  });
  test('a discount rate makes payback later, and is skipped at 0 %', () => {
    const r = computePayback(plan({ discountPct: 10 }));
    expect(r.discounted?.kind === 'paid-back' && r.discounted.paybackMonths).toBeGreaterThan(5);
    expect(computePayback(plan({})).discounted).toBeNull();
  });
});

describe('002 篇六: two readings of 270,650 / 240,000 / 2.5 years', () => {
  test('the preset schedule adds up to the printed total once the 聚划算 money is left out', () => {
    const items = paybackPresets['plan-002-a'].items;
    const inTotal = items.filter((i) => i.name !== 'juhuasuan').reduce((s, i) => s + i.amountYuan, 0);
    expect(inTotal).toBe(plan002.totalInvestmentYuan.value);
    expect(hardwareEachYuan).toBe(55_325);
    // 160,000 + 400,000 alone exceed the total: the 聚划算 money cannot be inside it.
    expect(plan002.tmallDepositYuan.value + plan002.juhuasuanYuan.value).toBeGreaterThan(plan002.totalInvestmentYuan.value);
  });

  test.each([
    // [preset, cash payback (plan months), months of trading, source of the reading]
    ['plan-002-a', 15.5325, 13.5325, '270,650 / 20,000 a month (240,000 a year) ≈ 13.5 months ≈ 1.1 years'],
    ['plan-002-b', 47.4296, 45.4296, 'year one repays 7.5 % of 600,000 = 45,000; the rest at 7.5 % of 90,000 = 6,750 a month'],
  ] as const)('%s pays back at month %f, %f months of trading (%s)', (id, months, trading, _source) => {
    const r = computePayback(paybackPresets[id]);
    expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths).toBeCloseTo(months, 3);
    expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths - (paybackPresets[id].startMonth - 1)).toBeCloseTo(trading, 3);
  });

  test('reading A: the plan\'s 2.5 years is 14.5 months too long; reading B: 17.4 months too short', () => {
    expect(computePayback(paybackPresets['plan-002-a']).targetGapMonths).toBeCloseTo(-14.4675, 3);
    expect(computePayback(paybackPresets['plan-002-b']).targetGapMonths).toBeCloseTo(17.4296, 3);
  });

  test('reading B: year-one gross profit is the printed 240,000', () => {
    const input = paybackPresets['plan-002-b'];
    const r = computePayback({ ...input, horizonMonths: 14 });
    const yearOneRevenue = r.months.slice(2, 14).reduce((s, m) => s + m.revenueYuan, 0);
    expect(yearOneRevenue * (input.grossMarginPct / 100)).toBeCloseTo(plan002.yearOneGrossProfitYuan.value, 6);
    expect(r.netMarginPct).toBeCloseTo(7.5, 10);
  });

  test('counting the deposit as the owner\'s money, reading A is even sooner, after a dip in month 7', () => {
    const r = computePayback(paybackPresets['plan-002-a']);
    expect(r.position).toMatchObject({ kind: 'paid-back', dip: { negativeAgainMonths: 6 } });
    expect(r.position.kind === 'paid-back' && r.position.paybackMonths).toBeCloseTo(7.5325, 4);
  });
});

describe('properties', () => {
  const yuan = fc.integer({ min: 1, max: 10_000_000 });
  test('at constant profit, payback = upfront / monthly profit', () => {
    fc.assert(
      fc.property(yuan, yuan, (upfront, profit) => {
        const months = upfront / profit;
        const r = computePayback(plan({ horizonMonths: 24, revenueYuan: profit, netMarginPct: 100, items: [item(upfront)] }));
        expect(r.cash.kind).toBe('paid-back');
        expect(r.cash.kind === 'paid-back' && r.cash.paybackMonths).toBeCloseTo(months, 6);
      }),
    );
  });

  test('the months shown never change any payback (cash, position, discounted)', () => {
    const input = fc.record({
      horizonMonths: fc.integer({ min: 1, max: 120 }),
      startMonth: fc.integer({ min: 1, max: 24 }),
      revenueYuan: fc.integer({ min: 0, max: 200_000 }),
      netMarginPct: fc.integer({ min: -20, max: 60 }),
      fixedMonthlyYuan: fc.integer({ min: 0, max: 20_000 }),
      discountPct: fc.constantFrom(0, 8),
      items: fc.array(
        fc.record({ amountYuan: fc.integer({ min: 0, max: 500_000 }), month: fc.integer({ min: 1, max: 36 }), returns: fc.constantFrom('no', 'close', 'month') }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 120 }), (x, otherHorizon) => {
        const items = x.items.map((i) => item(i.amountYuan, i.month, i.returns === 'month' ? { returns: 'month', returnMonth: i.month + 6 } : { returns: i.returns }));
        const a = computePayback(plan({ ...x, items }));
        const b = computePayback(plan({ ...x, items, horizonMonths: otherHorizon }));
        expect(b.cash).toEqual(a.cash);
        expect(b.position).toEqual(a.position);
        expect(b.discounted).toEqual(a.discounted);
      }),
    );
  });

  test('a higher discount rate never brings payback sooner', () => {
    fc.assert(
      fc.property(yuan, yuan, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (upfront, profit, d1, d2) => {
        const at = (discountPct: number) => computePayback(plan({ horizonMonths: 120, revenueYuan: profit, netMarginPct: 100, items: [item(upfront)], discountPct })).discounted;
        const [a, b] = [at(Math.min(d1, d2)), at(Math.max(d1, d2))];
        if (b?.kind === 'paid-back') {
          expect(a?.kind).toBe('paid-back');
          expect(a?.kind === 'paid-back' && a.paybackMonths).toBeLessThanOrEqual(b.paybackMonths + 1e-9);
        }
      }),
    );
  });

  test('findPayback: the total is never below zero after a paid-back point', () => {
    const flows = fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(flows, flows, (lumps, ops) => {
        const n = Math.min(lumps.length, ops.length);
        const outcome = findPayback(lumps.slice(0, n), ops.slice(0, n));
        if (outcome.kind !== 'paid-back') return;
        let total = 0;
        for (let i = 0; i < n; i++) {
          total += lumps[i]!;
          if (i >= Math.ceil(outcome.paybackMonths)) expect(total).toBeGreaterThanOrEqual(0);
          total += ops[i]!;
          // At exactly the payback time a lump of the next month may be what brings it back.
          if (i + 1 > outcome.paybackMonths) expect(total).toBeGreaterThanOrEqual(-1e-6);
        }
        expect(Number.isFinite(outcome.paybackMonths)).toBe(true);
      }),
    );
  });
});

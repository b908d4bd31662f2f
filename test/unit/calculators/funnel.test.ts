import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeFunnel, solveFunnel, stepFitOf, type FunnelResult } from '../../../src/calculators/funnel/funnel';
import { fiveSteps, funnelTargets } from '../../../src/calculators/funnel/funnel.data';
import { funnelFields, funnelPresets, type FunnelInput } from '../../../src/calculators/funnel/funnel.schema';

const base = funnelPresets['goal-2pct'];
const run = (extra: Partial<FunnelInput>) => computeFunnel({ ...base, ...extra });
const ok = (r: FunnelResult) => {
  if (r.kind !== 'ok') throw new Error(`expected a solved funnel, got ${r.reason}`);
  return r;
};

describe('the sources\' figures', () => {
  test.each([
    // [target orders/day, conversion %, visitors needed, source]
    [200, 2, 10_000, '000 篇1: "按照转化2%的目标来计算,进步人数为UV1万"'],
    [200, 1, 20_000, '001 篇3\'s 1 % applied to the 200-order goal (traffic-ramp #funnel-arithmetic)'],
    [30, 1, 3_000, 'traffic-ramp #funnel-arithmetic: 30 orders at 1 %'],
    [50, 2, 2_500, 'traffic-ramp #funnel-arithmetic: 50 orders at 2 %'],
    [50, 3, 5_000 / 3, 'traffic-ramp #funnel-arithmetic: 50 orders at 3 % ≈ 1,667'],
    [200, 3, 20_000 / 3, 'traffic-ramp #funnel-arithmetic: 200 orders at 3 % ≈ 6,667'],
  ])('%d orders a day at %d %% need %f visitors (%s)', (orders, conversionPct, visitors, _source) => {
    const r = ok(run({ solve: 'visitors', orders, conversionPct }));
    expect(r.day.visitors).toBeCloseTo(visitors, 9);
  });

  test('000 篇1\'s stated answer is what the formula gives', () => {
    const r = ok(computeFunnel(funnelPresets['goal-2pct']));
    expect(r.day.visitors).toBeCloseTo(funnelTargets.statedVisitorsFor200.value, 9);
  });

  test.each([
    // [step, UV, orders, implied conversion, source]
    [1, 50, 1, 0.02, '001 篇1 step 1 high end: 50 UV, about 1 order (traffic-ramp #implied-conversion: 2 %)'],
    [1, 30, 1, 1 / 30, '001 篇1 step 1 low end: 30 UV (3.3 %)'],
    [2, 300, 10, 1 / 30, '001 篇1 step 2 high end (3.3 %)'],
    [2, 100, 1, 0.01, '001 篇1 step 2 low end (1 %)'],
    [3, 480, 20, 20 / 480, '001 篇1 step 3: 300 + 180 UV, 20 orders (4.2 %)'],
    [4, 1_000, 50, 0.05, '001 篇1 step 4 high end (5 %)'],
    [5, 500, 10, 0.02, '001 篇1 step 5 low end (2 %)'],
    [5, 2_000, 100, 0.05, '001 篇1 step 5 high end (5 %)'],
  ])('step %d: %d UV and %d orders imply a %f conversion (%s)', (_step, visitors, orders, rate, _source) => {
    const r = ok(run({ solve: 'conversion', visitors, orders }));
    expect(r.day.conversionRate).toBeCloseTo(rate, 12);
  });

  test('the step table as the traffic page reads it (001 篇1)', () => {
    expect(fiveSteps.map((s) => [s.visitors.low, s.visitors.high])).toEqual([
      [30, 50],
      [100, 300],
      [170, 480],
      [300, 1_000],
      [500, 2_000],
    ]);
  });

  test('the 200-order goal at 2 % is five times step 5\'s top (traffic-ramp, caution "流量缺口")', () => {
    const r = ok(computeFunnel(funnelPresets['goal-2pct']));
    expect(r.step).toEqual({ kind: 'beyond', times: 5 });
  });

  test('step 3 preset: 100 yuan a day buys its 180 paid UV at about 0.56 a click (001 篇1)', () => {
    const r = ok(computeFunnel(funnelPresets['step-3']));
    expect(r.day.conversionRate).toBeCloseTo(20 / 480, 12);
    expect(r.ads.paidVisitors).toBeCloseTo(180, 9);
    expect(r.ads.spendYuan).toBeCloseTo(180 * 0.56, 9); // 100.8: the CPC is rounded to the fen
  });
});

describe('worked examples of the formulas', () => {
  test('orders and GMV from visitors: 10,000 UV x 2 % x 100 = 200 orders, 20,000 GMV', () => {
    const r = ok(run({ solve: 'orders', visitors: 10_000, conversionPct: 2, aovYuan: 100 }));
    expect(r.day.orders).toBeCloseTo(200, 9);
    expect(r.day.gmvYuan).toBeCloseTo(20_000, 6);
    expect(r.month).toEqual({ visitors: 300_000, orders: r.day.orders * 30, gmvYuan: r.day.gmvYuan * 30, spendYuan: r.ads.spendYuan * 30 });
  });

  test('visitors for a GMV target: 50,000 at AOV 125 and 2 % is 400 orders from 20,000 UV', () => {
    const r = ok(run({ solve: 'visitors-gmv', gmvYuan: 50_000, aovYuan: 125, conversionPct: 2 }));
    expect(r.day.orders).toBeCloseTo(400, 9);
    expect(r.day.visitors).toBeCloseTo(20_000, 6);
  });

  test('order value needed: 10,000 UV at 2 % must average 150 to reach 30,000', () => {
    const r = ok(run({ solve: 'aov', visitors: 10_000, conversionPct: 2, gmvYuan: 30_000 }));
    expect(r.day.aovYuan).toBeCloseTo(150, 9);
  });

  test('ads: 30 % of 10,000 UV at 1 yuan = 3,000 spend; ROAS = 2 % x 100 / 1 = 2', () => {
    const r = ok(run({ solve: 'visitors', orders: 200, conversionPct: 2, aovYuan: 100, paidSharePct: 30, cpcYuan: 1 }));
    expect(r.ads.spendYuan).toBeCloseTo(3_000, 6);
    expect(r.ads.roas).toEqual({ kind: 'ratio', value: expect.closeTo(2, 9) });
    expect(r.ads.spendShareOfGmv).toBeCloseTo(0.15, 12);
  });

  test('break-even CPC = AOV x conversion x margin (research review §2.2: 100 x 3 % x 45 % = 1.35)', () => {
    const r = ok(run({ solve: 'orders', visitors: 1_000, conversionPct: 3, aovYuan: 100, marginPct: 45, paidSharePct: 100, cpcYuan: 1.35 }));
    expect(r.ads.breakEven?.kind).toBe('ratio');
    if (r.ads.breakEven?.kind !== 'ratio') return;
    expect(r.ads.breakEven.cpcYuan).toBeCloseTo(1.35, 12);
    expect(r.ads.breakEven.roas).toBeCloseTo(1 / 0.45, 12); // 2.22
    expect(r.ads.breakEven.profitYuan).toBeCloseTo(0, 6); // bidding exactly the break-even CPC
  });

  test('a margin of 0 never breaks even', () => {
    const r = ok(run({ marginPct: 0 }));
    expect(r.ads.breakEven).toEqual({ kind: 'never', profitYuan: -r.ads.spendYuan });
  });

  test('no paid share: no spend, no ROAS', () => {
    const r = ok(run({ paidSharePct: 0 }));
    expect(r.ads.roas).toEqual({ kind: 'no-spend' });
    expect(r.ads.spendYuan).toBe(0);
  });
});

describe('impossible cases are typed results', () => {
  test.each([
    ['visitors at 0 % conversion', { solve: 'visitors', conversionPct: 0 }, 'no-conversion'],
    ['visitors for a GMV at 0 % conversion', { solve: 'visitors-gmv', conversionPct: 0, gmvYuan: 1_000 }, 'no-conversion'],
    ['visitors for a GMV with an order value of 0', { solve: 'visitors-gmv', aovYuan: 0, gmvYuan: 1_000 }, 'no-order-value'],
    ['a conversion of 0 visitors', { solve: 'conversion', visitors: 0, orders: 5 }, 'no-visitors'],
    ['more orders than visitors', { solve: 'conversion', visitors: 10, orders: 11 }, 'orders-exceed-visitors'],
    ['an order value with no orders', { solve: 'aov', visitors: 0, gmvYuan: 1_000 }, 'no-orders'],
  ] as const)('%s', (_name, extra, reason) => {
    expect(run(extra)).toEqual({ kind: 'impossible', solve: extra.solve, reason });
  });

  test.each([
    ['no orders wanted', { solve: 'visitors', orders: 0, conversionPct: 0 }],
    ['no GMV wanted', { solve: 'visitors-gmv', gmvYuan: 0, aovYuan: 0 }],
    ['0 visitors, 0 orders', { solve: 'conversion', visitors: 0, orders: 0 }],
    ['no GMV from no orders', { solve: 'aov', visitors: 0, gmvYuan: 0 }],
  ] as const)('zero targets are answerable: %s', (_name, extra) => {
    expect(run(extra).kind).toBe('ok');
  });
});

describe('step fit', () => {
  test.each([
    [20, { kind: 'below' }],
    [40, { kind: 'steps', steps: [1] }],
    [200, { kind: 'steps', steps: [2, 3] }],
    [800, { kind: 'steps', steps: [4, 5] }],
    [2_000, { kind: 'steps', steps: [5] }],
    [4_000, { kind: 'beyond', times: 2 }],
  ] as const)('%d UV a day: %o', (visitors, fit) => {
    expect(stepFitOf(visitors)).toEqual(fit);
  });
});

/** Valid inputs within the fields' ranges, for every mode. */
const anyInput = fc.record({
  solve: fc.constantFrom(...funnelFields.solve.options),
  visitors: fc.integer({ min: 0, max: 1_000_000_000 }),
  orders: fc.double({ min: 0, max: 100_000_000, noNaN: true }),
  conversionPct: fc.double({ min: 0, max: 100, noNaN: true }),
  aovYuan: fc.double({ min: 0, max: 10_000_000, noNaN: true }),
  gmvYuan: fc.double({ min: 0, max: 100_000_000_000, noNaN: true }),
  paidSharePct: fc.double({ min: 0, max: 100, noNaN: true }),
  cpcYuan: fc.double({ min: 0, max: 10_000, noNaN: true }),
  marginPct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
});

/** Every number in a result, recursively. */
function numbersIn(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (x && typeof x === 'object') return Object.values(x).flatMap(numbersIn);
  return [];
}

describe('properties', () => {
  const rel = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

  test('every input the fields accept gives finite numbers or a typed impossibility', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        return numbersIn(computeFunnel(input)).every(Number.isFinite);
      }),
    );
  });

  test('a GMV all but zero gives no spend share, not an infinite one (a counterexample fast-check found)', () => {
    // 1 visitor at 8e-202 % conversion and a 3e-121 order value: a GMV of 5e-324 yuan, beside a
    // spend of 9e-16. The share of GMV was Infinity; it is now "no share".
    const r = ok(run({ solve: 'orders', visitors: 1, conversionPct: 8.045749304336662e-202, aovYuan: 3.070351978124306e-121, paidSharePct: 8.881784197001268e-18, cpcYuan: 9999.999999999982 }));
    expect(r.ads.spendShareOfGmv).toBeNull();
    expect(numbersIn(r).every(Number.isFinite)).toBe(true);
  });

  test('round trip: visitors -> orders -> visitors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0, max: 10_000, noNaN: true }), (visitors, conversionPct, aovYuan) => {
        const forward = ok(run({ solve: 'orders', visitors, conversionPct, aovYuan }));
        const back = ok(run({ solve: 'visitors', orders: forward.day.orders, conversionPct, aovYuan }));
        return rel(back.day.visitors, visitors);
      }),
    );
  });

  test('round trip: visitors -> GMV -> visitors, and -> conversion, and -> order value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 10_000, noNaN: true }), (visitors, conversionPct, aovYuan) => {
        const f = ok(run({ solve: 'orders', visitors, conversionPct, aovYuan }));
        const byGmv = ok(run({ solve: 'visitors-gmv', gmvYuan: f.day.gmvYuan, conversionPct, aovYuan }));
        const byRate = ok(run({ solve: 'conversion', visitors, orders: f.day.orders, aovYuan }));
        const byAov = ok(run({ solve: 'aov', visitors, conversionPct, gmvYuan: f.day.gmvYuan }));
        return rel(byGmv.day.visitors, visitors) && rel(byRate.day.conversionRate * 100, conversionPct) && rel(byAov.day.aovYuan, aovYuan);
      }),
    );
  });

  test('ROAS of paid traffic = conversion x AOV / CPC, whatever the paid share', () => {
    fc.assert(
      fc.property(anyInput, fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 10_000, noNaN: true }), (input, paidSharePct, cpcYuan) => {
        const r = computeFunnel({ ...input, solve: 'orders', visitors: Math.max(1_000, input.visitors), paidSharePct, cpcYuan });
        if (r.kind !== 'ok' || r.ads.roas.kind !== 'ratio') return true;
        return rel(r.ads.roas.value, (r.day.conversionRate * r.day.aovYuan) / cpcYuan);
      }),
    );
  });

  test('bidding at or below the break-even CPC never loses money before fixed costs', () => {
    fc.assert(
      fc.property(anyInput, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (input, bidShare, marginPct) => {
        const probe = computeFunnel({ ...input, marginPct });
        if (probe.kind !== 'ok' || probe.ads.breakEven?.kind !== 'ratio') return true;
        const r = computeFunnel({ ...input, marginPct, cpcYuan: probe.ads.breakEven.cpcYuan * bidShare });
        return r.kind === 'ok' && r.ads.breakEven !== null && r.ads.breakEven.profitYuan >= -1e-6 * Math.max(1, r.day.gmvYuan);
      }),
    );
  });

  test('solveFunnel never returns a rate above 1', () => {
    fc.assert(fc.property(anyInput, (input) => {
      const s = solveFunnel(input);
      return s.kind === 'impossible' || s.day.conversionRate <= 1;
    }));
  });
});

describe('figures the pages quote (src/lib/figures.ts)', () => {
  test('200 orders at 2 % = 10,000 UV (000 篇1); at 1 % = 20,000 (001 篇3); 5x the top of step 5 (001 篇1)', async () => {
    const { figures } = await import('../../../src/lib/figures');
    expect(figures['funnel.goal2pct.visitors'].value).toBeCloseTo(10_000, 9);
    expect(figures['funnel.goal1pct.visitors'].value).toBeCloseTo(20_000, 9);
    expect(figures['funnel.goal2pct.beyondTimes'].value).toBeCloseTo(5, 12);
  });
});

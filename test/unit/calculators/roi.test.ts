import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { breakEvenAt, breakEvenCpcAt, computeRoi, costForLeft, leftPerOrder, marginPerOrder } from '../../../src/calculators/roi/roi';
import { roiFields, roiPresets, type RoiInput } from '../../../src/calculators/roi/roi.schema';
import { structure002 } from '../../../src/calculators/roi/roi.data';
import { assertPresets } from '../../../src/calculators/shared/field-schema';

const example = roiPresets.example;
const tmall = roiPresets['tmall-002'];
const roi = (base: RoiInput, extra: Partial<RoiInput> = {}) => computeRoi({ ...base, ...extra });
const ratio = (r: { kind: string; value?: number }) => (r.kind === 'ratio' ? r.value! : null);

describe('worked example (calculators research, §2.2: price 100, cost 40, commission 5 %, packaging 3, shipping 7)', () => {
  const r = roi(example);
  test('margin per order 45, margin rate 45 %', () => {
    expect(r.marginPerOrderYuan).toBeCloseTo(45, 12);
    expect(r.marginRate).toBeCloseTo(0.45, 12);
  });
  test('break-even ROAS 1 ÷ 0.45 = 2.22', () => {
    expect(ratio(r.breakEven)).toBeCloseTo(2.22, 2);
  });
  test('at 3 % conversion the break-even CPC (保本出价) is 45 × 3 % = 1.35; the max CPA is 45', () => {
    expect(r.breakEvenCpcYuan).toBeCloseTo(1.35, 12);
    expect(r.maxCpaYuan).toBeCloseTo(45, 12);
  });
  test('a 10 % target profit needs ROAS 1 ÷ (0.45 − 0.10) = 2.86', () => {
    expect(ratio(r.targetRoas)).toBeCloseTo(2.86, 2);
  });
  test('solve for: ROAS 3 breaks even with 33.33 left per order (a 33.3 % margin): the product may cost at most 51.67', () => {
    expect(r.solve.roas?.leftNeededYuan).toBeCloseTo(100 / 3, 10);
    expect(r.solve.roas?.marginRateNeeded).toBeCloseTo(1 / 3, 10);
    expect(r.solve.roas?.maxCostYuan).toBeCloseTo(100 - 5 - 100 / 3 - 3 - 7, 10);
  });
  test('solve for: a CPC of 1.5 needs 1.5 ÷ 45 = 3.33 % conversion', () => {
    expect(r.solve.cpc?.conversionNeededPct).toBeCloseTo(3.333, 3);
  });
  test('refunds (§2.3): 15 % refunded with a 5-yuan loss per return leave 0.85 × 55 − 10.75 = 36.0 per order: break-even 2.78, not 2.22', () => {
    const refunds = roi(example, { refundPct: 15, returnLossYuan: 5 });
    expect(refunds.leftPerOrderYuan).toBeCloseTo(36, 10);
    expect(ratio(refunds.breakEvenWithRefunds)).toBeCloseTo(2.78, 2);
    expect(ratio(refunds.breakEven)).toBeCloseTo(2.22, 2); // before refunds, unchanged
    expect(refunds.sunkPerRefundYuan).toBe(15); // packaging 3 + shipping 7 + loss 5
  });
});

describe("the sources' presets stay reproducible", () => {
  test('002 篇六: 40 % margin minus 32.5 % of costs leaves about 7.5 % net', () => {
    const costs = [structure002.promotionPct, structure002.personnelPct, structure002.commissionPct, structure002.shippingPackagingPct, structure002.taxPct, structure002.otherPct];
    expect(structure002.grossMarginPct.value - costs.reduce((s, c) => s + c.value, 0)).toBeCloseTo(7.5, 10);
  });

  test.each([
    // [preset, left per 100 of price, break-even ROAS, source]
    ['tmall-002', 25.5, 3.92, '002 篇六: 40 − 5 − 5 − 4.5 = 25.5 %, 1 ÷ 0.255 ≈ 3.92'],
    ['plan-001', 25, 4, '001 篇3: 50 % margin − 25 % operations = 25 %, 1 ÷ 0.25 = 4'],
  ] as const)('%s: %f left per order of 100, break-even 1:%f (%s)', (preset, left, be, _source) => {
    const r = computeRoi(roiPresets[preset]);
    expect(r.marginPerOrderYuan).toBeCloseTo(left, 10);
    expect(ratio(r.breakEven)).toBeCloseTo(be, 2);
  });

  test.each([
    // [preset, ROAS, profit, source]
    ['tmall-002', 10, 15_500, '002 篇六: 100,000 × 25.5 % − 10,000 (promotion 10 %)'],
    ['plan-001', 200_000 / 30_000, 20_000, '001 篇3: 200,000 × 25 % − 30,000 (marketing 15 %)'],
  ] as const)('%s: ROAS 1:%f, profit %d before fixed costs (%s)', (preset, roas, profit, _source) => {
    const c = computeRoi(roiPresets[preset]).campaign!;
    expect(c.roas).toBeCloseTo(roas, 10);
    expect(c.profitYuan).toBeCloseTo(profit, 6);
  });

  test("with 002's costs the band's low end (001 篇3's 1:3) loses 23.5 per 100 of ads, its high end makes 27.5", () => {
    const r = computeRoi(tmall);
    expect(r.band.profitPer100AtLowYuan).toBeCloseTo(-23.5, 10);
    expect(r.band.profitPer100AtHighYuan).toBeCloseTo(27.5, 10);
    expect(r.band.breakEven).toBe('inside');
  });

  test('the 002 preset with its conversion example: break-even CPC 25.5 × 2 % = 0.51', () => {
    expect(computeRoi(tmall).breakEvenCpcYuan).toBeCloseTo(0.51, 12);
  });

  test('every preset satisfies its own field specs', () => {
    expect(() => assertPresets('roi', roiFields, roiPresets)).not.toThrow();
  });
});

describe('edge cases are typed results', () => {
  test.each([
    ['costs eat the margin exactly', { costYuan: 85, packagingYuan: 3, shippingYuan: 7 }],
    ['costs exceed the price', { costYuan: 120 }],
    ['refunds eat the margin', { refundPct: 99, returnLossYuan: 50 }],
  ])('%s: never breaks even, no Infinity', (_name, extra) => {
    const r = roi(example, extra);
    expect(r.breakEvenWithRefunds).toEqual({ kind: 'never' });
    expect(r.band.breakEven).toBe('never');
    expect(r.breakEvenCpcYuan).toBe(0);
    expect(r.solve.cpc?.conversionNeededPct).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN|null,"value"/);
  });

  test('no campaign unless both spend and GMV are given', () => {
    expect(roi(example).campaign).toBeNull();
    expect(roi(example, { spendYuan: 8_000 }).campaign).toBeNull();
  });

  test('zero spend: no ROAS, the profit is what the sales leave', () => {
    const c = roi(example, { spendYuan: 0, gmvYuan: 10_000 }).campaign!;
    expect(c.roas).toBeNull();
    expect(c.profitYuan).toBeCloseTo(4_500, 6);
  });

  test('a target above what an order leaves: no ROAS reaches it', () => {
    expect(roi(example, { targetProfitPct: 45 }).targetRoas).toEqual({ kind: 'never' });
  });

  test('solve for ROAS: a ROAS too low to break even even with free goods gives no cost', () => {
    expect(roi(example, { solveRoas: 1 }).solve.roas?.maxCostYuan).toBeNull();
  });

  test('usability test, task 1b: 35 % margin, 8,000 of ads bringing 60,000 of GMV', () => {
    const c = roi(example, { costYuan: 65, commissionPct: 0, packagingYuan: 0, shippingYuan: 0, spendYuan: 8_000, gmvYuan: 60_000 }).campaign!;
    expect(c.roas).toBeCloseTo(7.5, 10);
    expect(c.profitYuan).toBeCloseTo(60_000 * 0.35 - 8_000, 6); // 13,000, before staff and rent
  });
});

describe('properties', () => {
  const input = fc.record({
    priceYuan: fc.integer({ min: 1, max: 10_000 }),
    costPct: fc.integer({ min: 0, max: 100 }),
    commissionPct: fc.integer({ min: 0, max: 20 }),
    otherPct: fc.integer({ min: 0, max: 20 }),
    packagingYuan: fc.integer({ min: 0, max: 20 }),
    shippingYuan: fc.integer({ min: 0, max: 20 }),
    refundPct: fc.integer({ min: 0, max: 60 }),
    returnLossYuan: fc.integer({ min: 0, max: 30 }),
    conversionPct: fc.double({ min: 0.1, max: 20, noNaN: true }),
  }).map(({ costPct, ...x }): RoiInput => ({ ...example, ...x, costYuan: (x.priceYuan * costPct) / 100 }));

  test('break-even ROAS × margin rate = 1 (with and without refunds)', () => {
    fc.assert(
      fc.property(input, (x) => {
        const r = computeRoi(x);
        if (r.breakEven.kind === 'ratio') expect(r.breakEven.value * r.marginRate).toBeCloseTo(1, 9);
        else expect(r.marginRate).toBeLessThan(1e-9);
        if (r.breakEvenWithRefunds.kind === 'ratio') expect(r.breakEvenWithRefunds.value * r.leftRate).toBeCloseTo(1, 9);
      }),
    );
  });

  test('profit ≥ 0 exactly when the ROAS reaches break-even', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (x, spendYuan, gmvYuan) => {
        const r = computeRoi({ ...x, spendYuan, gmvYuan });
        const c = r.campaign!;
        if (r.breakEvenWithRefunds.kind === 'never') expect(c.profitYuan).toBeLessThan(1e-6);
        else if (Math.abs(c.roas! - r.breakEvenWithRefunds.value) > 1e-9) expect(c.profitYuan >= 0).toBe(c.roas! >= r.breakEvenWithRefunds.value);
      }),
    );
  });

  test('refunds never lower the break-even ROAS; the target ROAS is never below break-even', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 50 }), (x, targetProfitPct) => {
        const r = computeRoi({ ...x, targetProfitPct });
        const plain = ratio(r.breakEven);
        const refunded = ratio(r.breakEvenWithRefunds);
        if (refunded !== null && plain !== null) expect(refunded).toBeGreaterThanOrEqual(plain - 1e-9);
        if (plain === null) expect(refunded).toBeNull();
        const target = ratio(r.targetRoas);
        if (target !== null) expect(target).toBeGreaterThanOrEqual(refunded! - 1e-9);
      }),
    );
  });

  test('break-even CPC = left per order × conversion; paying exactly that CPC needs exactly that conversion (solve-for round trip)', () => {
    fc.assert(
      fc.property(input, (x) => {
        const r = computeRoi(x);
        expect(r.breakEvenCpcYuan).toBeCloseTo(Math.max(0, (leftPerOrder(x) * x.conversionPct) / 100), 9);
        if (r.breakEvenCpcYuan >= 0.01) {
          const back = computeRoi({ ...x, solveCpcYuan: r.breakEvenCpcYuan });
          expect(back.solve.cpc?.conversionNeededPct).toBeCloseTo(x.conversionPct, 6);
        }
      }),
    );
  });

  test('solve for ROAS: at the product cost it gives, that ROAS is exactly break-even', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 1.1, max: 20, noNaN: true }), (x, solveRoas) => {
        const cost = computeRoi({ ...x, solveRoas }).solve.roas!.maxCostYuan;
        if (cost === null) return;
        const at = computeRoi({ ...x, costYuan: cost });
        expect(ratio(at.breakEvenWithRefunds)).toBeCloseTo(solveRoas, 6);
        expect(costForLeft(x, leftPerOrder(x))).toBeCloseTo(x.costYuan, 6);
      }),
    );
  });

  test('sensitivity helpers agree with computeRoi at the input itself', () => {
    fc.assert(
      fc.property(input, (x) => {
        const gross = 100 * (1 - x.costYuan / x.priceYuan);
        const expected = ratio(computeRoi(x).breakEvenWithRefunds);
        const at = breakEvenAt(x, gross, x.refundPct);
        if (expected === null) expect(at).toBeNull();
        else expect(at).toBeCloseTo(expected, 6);
        expect(breakEvenCpcAt(x, gross, x.conversionPct)).toBeCloseTo(computeRoi(x).breakEvenCpcYuan, 9);
        expect(marginPerOrder(x)).toBeCloseTo(computeRoi(x).marginPerOrderYuan, 12);
      }),
    );
  });
});

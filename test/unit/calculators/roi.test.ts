import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeRoi, breakEvenRoi, contributionRateOf } from '../../../src/calculators/roi/roi';
import { roiPresets, type RoiInput } from '../../../src/calculators/roi/roi.schema';
import { structure002 } from '../../../src/calculators/roi/roi.data';

const tmall = roiPresets['tmall-002'];
const roiOf = (extra: Partial<RoiInput>) => computeRoi({ ...tmall, ...extra });

describe('the sources\' figures', () => {
  test('002 篇六: 40 % margin minus 32.5 % of costs leaves about 7.5 % net', () => {
    const costs = [structure002.promotionPct, structure002.personnelPct, structure002.commissionPct, structure002.shippingPackagingPct, structure002.taxPct, structure002.otherPct];
    expect(structure002.grossMarginPct.value - costs.reduce((s, c) => s + c.value, 0)).toBeCloseTo(7.5, 10);
  });

  test.each([
    // [preset, contribution rate, break-even ROI, source]
    ['tmall-002', 0.255, 3.92, '002 篇六: 40 - 5 - 5 - 4.5 = 25.5 %, 1 / 0.255 ≈ 3.92'],
    ['plan-001', 0.25, 4, '001 篇3: 50 % margin - 25 % operations = 25 %, 1 / 0.25 = 4'],
  ] as const)('%s: contribution %f, break-even ROI 1:%f (%s)', (preset, rate, be, _source) => {
    const r = computeRoi(roiPresets[preset]);
    expect(r.contributionRate).toBeCloseTo(rate, 12);
    expect(r.breakEven.kind === 'ratio' && r.breakEven.roi).toBeCloseTo(be, 2);
  });

  test.each([
    // [preset, ROI, profit, band position of break-even, source]
    ['tmall-002', 10, 15_500, 'inside', '002 篇六: 100,000 x 25.5 % - 10,000 (promotion 10 %)'],
    ['plan-001', 200_000 / 30_000, 20_000, 'inside', '001 篇3: 200,000 x 25 % - 30,000 (marketing 15 %)'],
  ] as const)('%s: ROI 1:%f, profit %d before fixed costs, break-even %s the 1:3-1:5 band (%s)', (preset, roi, profit, band, _source) => {
    const r = computeRoi(roiPresets[preset]);
    expect(r.roi.kind === 'ratio' && r.roi.value).toBeCloseTo(roi, 10);
    expect(r.profitYuan).toBeCloseTo(profit, 6);
    expect(r.band.breakEven).toBe(band);
  });

  test('with 002\'s costs the band\'s low end (001 篇3\'s 1:3) loses money, its high end makes it', () => {
    const r = computeRoi(tmall);
    expect(r.band.profitPer100AtLowYuan).toBeCloseTo(100 * (3 * 0.255 - 1), 10); // -23.5
    expect(r.band.profitPer100AtHighYuan).toBeCloseTo(100 * (5 * 0.255 - 1), 10); // +27.5
  });
});

describe('edge cases are typed results', () => {
  test.each([
    ['margin equal to costs', { marginPct: 14.5 }, 0],
    ['margin below costs', { marginPct: 10 }, 4.5],
    ['refunds of 100 %', { refundPct: 100 }, 0],
  ])('%s: never breaks even, shortfall %f points', (_name, extra, shortfall) => {
    const r = roiOf(extra);
    expect(r.breakEven).toEqual({ kind: 'never-breaks-even', shortfallPct: shortfall });
    expect(r.band.breakEven).toBe('never');
  });

  test('zero spend: no ROI, profit is the whole contribution', () => {
    const r = roiOf({ spendYuan: 0 });
    expect(r.roi).toEqual({ kind: 'no-spend' });
    expect(r.profitYuan).toBeCloseTo(25_500, 6);
    expect(r.band.current).toBeNull();
    expect(r.breakEven.kind === 'ratio' && r.breakEven.gmvNeededYuan).toBe(0);
  });

  test('zero spend and zero GMV: nothing lost, nothing gained', () => {
    const r = roiOf({ spendYuan: 0, gmvYuan: 0 });
    expect(r.outcome).toBe('break-even');
  });

  test('funnel: clicks x conversion x order value', () => {
    const r = roiOf({ gmvMode: 'funnel', clicks: 50_000, conversionPct: 2, orderValueYuan: 100 });
    expect(r.gmvYuan).toBe(100_000);
    expect(r.funnel).toEqual({ orders: 1_000, costPerClickYuan: 0.2, breakEvenCostPerClickYuan: 100 * 0.02 * 0.255 });
  });

  test('funnel without clicks has no cost per click', () => {
    expect(roiOf({ gmvMode: 'funnel', clicks: 0 }).funnel?.costPerClickYuan).toBeNull();
  });

  test('refunds scale the contribution', () => {
    expect(contributionRateOf({ ...tmall, refundPct: 10 })).toBeCloseTo(0.255 * 0.9, 12);
  });
});

// What the form can produce: yuan to the fen, percentages to two decimals.
const money = fc.integer({ min: 0, max: 100_000_000_000 }).map((fen) => fen / 100);
const pctUpTo = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((x) => x / 100);
const rate = pctUpTo(100);
const input = fc.record({
  spendYuan: money,
  gmvYuan: money,
  marginPct: rate,
  commissionPct: pctUpTo(30),
  shippingPct: pctUpTo(30),
  taxPct: pctUpTo(30),
  otherPct: pctUpTo(30),
  refundPct: rate,
});

describe('properties', () => {
  test('profit >= 0 exactly when ROI >= break-even ROI (spend > 0, away from the tie)', () => {
    fc.assert(
      fc.property(input, (extra) => {
        const r = roiOf(extra);
        fc.pre(r.roi.kind === 'ratio' && r.breakEven.kind === 'ratio');
        if (r.roi.kind !== 'ratio' || r.breakEven.kind !== 'ratio') return;
        fc.pre(Math.abs(r.roi.value - r.breakEven.roi) > 1e-9 * r.breakEven.roi);
        expect(r.profitYuan >= 0).toBe(r.roi.value >= r.breakEven.roi);
      }),
      { numRuns: 2000 },
    );
  });

  test('with no break-even ROI, spending anything loses money', () => {
    fc.assert(
      fc.property(input, (extra) => {
        const r = roiOf(extra);
        fc.pre(r.breakEven.kind === 'never-breaks-even' && r.spendYuan > 0);
        // A margin exactly equal to the costs leaves 0 (or float noise) per yuan of GMV.
        expect(r.profitYuan).toBeLessThan(0);
      }),
    );
  });

  test('break-even ROI never rises as margin rises', () => {
    fc.assert(
      fc.property(input, rate, rate, (extra, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const a = breakEvenRoi(contributionRateOf({ ...tmall, ...extra, marginPct: lo }));
        const b = breakEvenRoi(contributionRateOf({ ...tmall, ...extra, marginPct: hi }));
        if (a === null) return; // nothing broke even at the lower margin: anything is no worse
        expect(b).not.toBeNull();
        expect(b!).toBeLessThanOrEqual(a);
      }),
    );
  });

  test('results are always finite numbers', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('gmv', 'funnel' as const), (extra, gmvMode) => {
        const r = roiOf({ ...extra, gmvMode });
        const numbers = [r.gmvYuan, r.profitYuan, r.contributionRate, r.band.profitPer100AtLowYuan, r.band.profitPer100AtHighYuan];
        if (r.roi.kind === 'ratio') numbers.push(r.roi.value);
        if (r.breakEven.kind === 'ratio') numbers.push(r.breakEven.roi, r.breakEven.gmvNeededYuan, r.breakEven.maxSpendYuan);
        else numbers.push(r.breakEven.shortfallPct);
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });
});

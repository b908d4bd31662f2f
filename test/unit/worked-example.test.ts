import { describe, expect, test } from 'vitest';
import * as we from '../../src/lib/worked-example';
import { figures } from '../../src/lib/figures';
import { structure001, structure002 } from '../../src/calculators/roi/roi.data';
import { funnelTargets } from '../../src/calculators/funnel/funnel.data';
import { plan002Fees, tmallBasicFee } from '../../src/calculators/entry-cost/entry-cost.data';
import { computeRoi } from '../../src/calculators/roi/roi';
import { netMarginPctOf } from '../../src/calculators/payback/payback';

const names = { deposit: 'd', setup: 's', stock: 'k', stockSold: 'a', stockUnsold: 'b', clearanceLoss: 'c' };

describe('the worked example\'s store (src/lib/worked-example.ts)', () => {
  test('its sourced inputs are the sources\' figures', () => {
    expect(we.store.grossMarginPct.value).toBe(structure001.grossMarginPct.value); // 001 篇3: 毛利50%
    expect(we.store.shippingPct.value).toBe(structure002.shippingPackagingPct.value); // 002 篇六
    expect(we.store.taxPct.value).toBe(structure002.taxPct.value); // 002 篇六
    expect(we.store.conversionPct.value).toBe(funnelTargets.conversionPlan000Pct.value); // 000 篇1
    expect(we.store.ordersGoalPerDay.value).toBe(funnelTargets.ordersGoal.value); // 001 篇1
    expect(we.store.commissionPct.value).toBe(plan002Fees.commissionPct.value); // 002 篇一
    expect(we.platformPct).toBeCloseTo(we.store.commissionPct.value + tmallBasicFee.pct, 12);
  });

  test('the calculators agree: the funnel\'s break-even bid is the ROAS calculator\'s, and so is the payback\'s margin before ads', () => {
    const roi = computeRoi({ ...we.roiInput, spendYuan: undefined, gmvYuan: undefined });
    expect(we.funnel.ads.breakEven?.kind).toBe('ratio');
    if (we.funnel.ads.breakEven?.kind !== 'ratio') return;
    expect(we.funnel.ads.breakEven.cpcYuan).toBeCloseTo(roi.breakEvenCpcYuan, 9);
    const input = we.paybackInput(names);
    expect(netMarginPctOf(input) + input.promotionPct).toBeCloseTo(roi.leftRate * 100, 1);
  });

  test('at the target bid the ads reach about the target ROAS (the bid is rounded to the fen)', () => {
    expect(we.roi.campaign?.roas).toBeCloseTo(we.targetRoas, 1);
    expect(we.targetRoas).toBeGreaterThan(we.breakEvenRoas);
  });

  test('month 12 splits exactly: left before ads - ads - fixed costs = profit', () => {
    const m = we.monthSplit(12);
    expect(m.contributionYuan - m.adsYuan - m.fixedYuan).toBeCloseTo(m.profitYuan, 6);
    expect(m.gmvYuan).toBe(we.store.ordersGoalPerDay.value * we.store.aovYuan.value * 30);
  });

  test('the plan pays back; the stress test later, by its clearance loss, with the same trough', () => {
    expect(we.payback.cash.kind).toBe('paid-back');
    expect(we.stress.cash.kind).toBe('paid-back');
    expect(we.paidBackAt(we.stress.cash)).toBeGreaterThan(we.paidBackAt(we.payback.cash));
    expect(we.cashTrough(we.stress)).toEqual(we.cashTrough(we.payback));
    expect(we.stress.totals.sunkYuan - we.payback.totals.sunkYuan).toBeCloseTo(22_500, 6); // half of 150,000 unsold, 30 % below cost
  });

  test('every figure the page quotes is a finite number', () => {
    const wf = Object.entries(figures).filter(([k]) => k.startsWith('we.'));
    expect(wf.length).toBeGreaterThan(60);
    for (const [k, f] of wf) expect(Number.isFinite(f.value), k).toBe(true);
  });

  test('the entry cost: a flagship store with a registered mark leaves 50,000 (latest dated table)', () => {
    expect(we.entry.deposit).toEqual({ kind: 'known', yuan: 50_000, from: 'table' });
    expect(we.entry.annualFee.grossYuan).toBe(0);
  });
});

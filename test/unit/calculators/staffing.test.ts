import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeStaffing, findTier, staffTier, ruleBudget } from '../../../src/calculators/staffing/staffing';
import { tiers, departments } from '../../../src/calculators/staffing/staffing.data';
import { staffingPresets, type StaffingInput } from '../../../src/calculators/staffing/staffing.schema';

const base: StaffingInput = staffingPresets['source-table'];
const at = (revenueYuan: number, extra: Partial<StaffingInput> = {}) => computeStaffing({ ...base, revenueYuan, ...extra });

describe('the source table (002 篇六)', () => {
  test.each(tiers.map((t) => [t.tier, t] as const))('tier %i: departments cost what the source prints', (_n, tier) => {
    const rows = staffTier(tier, base);
    for (const row of rows) expect(row.monthlyCostYuan).toBe(tier.statedDepartmentYuan[row.department]);
    expect(rows.map((r) => r.department).sort()).toEqual(Object.keys(tier.statedDepartmentYuan).sort());
  });

  test.each([
    // [revenue, tier, headcount, cost, source]
    [10_000, 1, 2, 4_000, '002 篇六: 客服部 员工2人 共计4000元'],
    [50_000, 2, 6, 15_000, '002 篇六: 6500+3000+3000+2500, not the printed 总成本 16500'],
    [80_000, 3, 7, 17_500, '002 篇六: 6500+3000+3000+5000 = 可用人员成本 17500'],
    [100_000, 4, 12, 34_000, '002 篇六: 总成本 34000元'],
  ])('at %d a month: tier %i, %i people, %d yuan (%s)', (revenue, tier, headcount, cost) => {
    const r = at(revenue);
    expect(r.kind).toBe('tier');
    if (r.kind !== 'tier') return;
    expect(r.tier.tier).toBe(tier);
    expect(r.headcount).toBe(headcount);
    expect(r.monthlyCostYuan).toBe(cost);
  });

  test('tier 3 is read as 80,000, printed as 800,000', () => {
    const t3 = tiers[2]!;
    expect(t3.revenueYuan).toBe(80_000);
    expect(t3.printedRevenueYuan).toBe(800_000);
    expect(findTier(79_999)?.tier).toBe(2);
    expect(findTier(80_000)?.tier).toBe(3);
  });

  test.each([
    // [tier, budget share of its own revenue, source]
    [1, 0.4, '4,000 / 10,000'],
    [2, 0.3, '15,000 / 50,000'],
    [3, 0.21875, '17,500 / 80,000'],
    [4, 0.34, '34,000 / 100,000'],
  ])('tier %i budgets %f of its revenue (%s), not 6-7 percent', (tier, share) => {
    const r = at(tiers[tier - 1]!.revenueYuan);
    expect(r.kind === 'tier' && r.tableBudgetShare).toBeCloseTo(share, 10);
  });

  test('tier 2 prints a total of 16,500 though its departments add up to its 15,000 budget (002 篇六)', () => {
    const r = at(50_000);
    expect(r.kind === 'tier' && r.overBudgetYuan).toBe(0);
    expect(r.kind === 'tier' && r.tier.statedTotalYuan).toBe(16_500);
    expect(r.kind === 'tier' && r.statedTotalGapYuan).toBe(1_500);
  });
  test('tier 4 prints a total that matches its departments', () => {
    const r = at(100_000);
    expect(r.kind === 'tier' && r.statedTotalGapYuan).toBe(0);
  });

  test('the 6-7 % rule beside the table (002 篇六)', () => {
    expect(ruleBudget(100_000)).toEqual({ lowPct: 6, highPct: 7, lowYuan: 6_000, highYuan: 7_000 });
  });
});

describe('next tier', () => {
  test('tier 3 -> 4 adds a CS, a designer, a merchandiser, a logistics lead and a copywriter (002 篇六)', () => {
    const r = at(90_000);
    expect(r.kind === 'tier' && r.next).toMatchObject({
      tier: 4,
      thresholdYuan: 100_000,
      gapYuan: 10_000,
      adds: [
        { role: 'csStaff', count: 1 },
        { role: 'designer', count: 1 },
        { role: 'merchandiser', count: 1 },
        { role: 'logisticsLead', count: 1 },
        { role: 'copywriter', count: 1 },
      ],
      headcount: 12,
      monthlyCostYuan: 34_000,
    });
  });
  test('tier 2 -> 3 adds one logistics hire', () => {
    const r = at(50_000);
    expect(r.kind === 'tier' && r.next?.adds).toEqual([{ role: 'logisticsStaff', count: 1 }]);
  });
  test('tier 4 is the last the source gives', () => {
    const r = at(5_000_000);
    expect(r.kind === 'tier' && r.next).toBeNull();
  });
  test('below 10,000 there is no tier; the first adds two CS', () => {
    const r = at(6_000);
    expect(r).toMatchObject({ kind: 'below-first-tier', next: { tier: 1, gapYuan: 4_000, adds: [{ role: 'csStaff', count: 2 }] } });
  });
});

describe('pay overrides', () => {
  test('a role pay applies at every tier and is flagged as the user\'s', () => {
    const r = at(100_000, { csStaffPayYuan: 5_000 });
    if (r.kind !== 'tier') throw new Error('expected a tier');
    const cs = r.departments.find((d) => d.department === 'cs')!;
    expect(cs.monthlyCostYuan).toBe(3_000 + 3 * 5_000);
    expect(cs.roles.find((x) => x.role === 'csStaff')).toMatchObject({ payYuan: 5_000, paySetByUser: true });
    expect(r.monthlyCostYuan).toBe(34_000 + 3 * 3_000);
  });
});

describe('properties', () => {
  const revenue = fc.double({ min: 0, max: 1e9, noNaN: true });
  test('the tier never falls as revenue rises', () => {
    fc.assert(
      fc.property(revenue, revenue, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(findTier(lo)?.tier ?? 0).toBeLessThanOrEqual(findTier(hi)?.tier ?? 0);
      }),
    );
  });
  test('cost is the sum of departments, the share is finite, departments keep the source order', () => {
    fc.assert(
      fc.property(revenue, fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }), (rev, pay) => {
        const r = at(rev, { designerPayYuan: pay });
        if (r.kind === 'below-first-tier') {
          expect(rev).toBeLessThan(10_000);
          return;
        }
        expect(r.monthlyCostYuan).toBe(r.departments.reduce((s, d) => s + d.monthlyCostYuan, 0));
        expect(Number.isFinite(r.shareOfRevenue)).toBe(true);
        const order = r.departments.map((d) => departments.indexOf(d.department));
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }),
    );
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bonusOf, computeCsPay, type CsPayResult, type Role } from '../../../src/calculators/cs-pay/cs-pay';
import { csTiers, plan002Pay } from '../../../src/calculators/cs-pay/cs-pay.data';
import { csPayPresets, type CsPayInput } from '../../../src/calculators/cs-pay/cs-pay.schema';

const run = (preset: keyof typeof csPayPresets, extra: Partial<CsPayInput> = {}) => computeCsPay({ ...csPayPresets[preset], ...extra });
const row = (r: CsPayResult, role: Role) => r.rows.find((x) => x.role === role);

describe('plan 002\'s pay system (篇五) on its own teams (篇六)', () => {
  test('tier 4, every order through an agent: commission 200 to the agents + 200 to the manager = 400, not 200 (zh review E5)', () => {
    const r = run('tier-4');
    expect(row(r, 'agent')).toMatchObject({ count: 3, baseYuan: 2_000, commissionBaseYuan: 100_000 / 3 });
    expect(row(r, 'agent')!.commissionYuan).toBeCloseTo(200 / 3, 10);
    expect(row(r, 'manager')).toMatchObject({ count: 1, baseYuan: 3_000, commissionBaseYuan: 100_000, commissionYuan: 200, totalYuan: 3_200 });
    expect(r.csTeam.commissionYuan).toBeCloseTo(400, 10);
    expect(r.commissionTotalYuan).toBeCloseTo(400, 10);
  });

  test('tier 4: the CS team\'s base pay is 篇六\'s 9,000 (主管1人,员工3人)', () => {
    const r = run('tier-4', { commissionPct: 0, teamCommissionPct: 0 });
    expect(r.csTeam.payYuan).toBe(csTiers.tier4.value.statedCsCostYuan);
    expect(run('tier-4').csTeam.payYuan).toBeCloseTo(9_400, 10);
    expect(run('tier-4').csTeam.shareOfRevenue).toBeCloseTo(0.094, 12);
  });

  test('tier 2: a lead at 2,500 and two agents: 篇六\'s 6,500 plus 0.2 % twice on 50,000 = 6,700', () => {
    const r = run('tier-2');
    expect(r.csTeam.payYuan - r.csTeam.commissionYuan).toBe(csTiers.tier2.value.statedCsCostYuan);
    expect(row(r, 'lead')).toMatchObject({ baseYuan: 2_500, commissionYuan: 100, totalYuan: 2_600 });
    expect(row(r, 'agent')).toMatchObject({ count: 2, commissionBaseYuan: 25_000, commissionYuan: 50, totalYuan: 2_050 });
    expect(r.csTeam.payYuan).toBeCloseTo(6_700, 10);
  });

  test('a lead and a manager over the same team: 0.2 % three times = 600 at 100,000', () => {
    expect(run('tier-4', { leads: 1 }).csTeam.commissionYuan).toBeCloseTo(600, 10);
  });

  test('silent orders: 1 % of them shared equally by the indirect staff (example 30 % silent, 7 staff)', () => {
    const r = run('tier-4-silent');
    expect(r.teamSalesYuan).toBeCloseTo(70_000, 9);
    expect(r.silentSalesYuan).toBeCloseTo(30_000, 9);
    expect(r.indirectPool.yuan).toBeCloseTo(300, 9);
    expect(r.indirectPool.perPersonYuan).toBeCloseTo(300 / 7, 9);
    expect(row(r, 'indirect')).toMatchObject({ count: 7, baseYuan: null, totalYuan: null });
    expect(r.csTeam.commissionYuan).toBeCloseTo(280, 9); // 0.2 % of 70,000, twice
    expect(r.commissionTotalYuan).toBeCloseTo(580, 9);
  });

  test('the source figures as printed', () => {
    expect(Object.fromEntries(Object.entries(plan002Pay).map(([k, v]) => [k, v.value]))).toEqual({
      agentBaseYuan: 2_000,
      agentCommissionPct: 0.2,
      leadBaseYuan: 2_500,
      managerBaseYuan: 3_000,
      teamCommissionPct: 0.2,
      indirectPoolPct: 1,
    });
  });
});

describe('the measures\' bonus: weights are the reader\'s, the plan gives none', () => {
  test('no bonus set: none', () => expect(bonusOf(csPayPresets['tier-4'])).toEqual({ kind: 'none' }));

  test('a bonus without weights is not paid, and says why', () => {
    const r = run('tier-4', { bonusYuan: 500 });
    expect(r.bonus).toEqual({ kind: 'no-weights' });
    expect(row(r, 'agent')!.bonusYuan).toBe(0);
  });

  test('a weighted measure without a score is named', () => {
    expect(run('tier-4', { bonusYuan: 500, replyWeightPct: 20, satisfactionWeightPct: 50, replyScorePct: 90 }).bonus).toEqual({
      kind: 'missing-score',
      measures: ['satisfaction'],
    });
  });

  test('weights 20/30/50 and scores 100/60/80: 78 % of a 500 bonus = 390 per agent', () => {
    const r = run('tier-4', {
      bonusYuan: 500,
      replyWeightPct: 20,
      closeWeightPct: 30,
      satisfactionWeightPct: 50,
      replyScorePct: 100,
      closeScorePct: 60,
      satisfactionScorePct: 80,
    });
    expect(r.bonus).toEqual({ kind: 'paid', scorePct: 78, yuanPerAgent: 390 });
    expect(row(r, 'agent')!.totalYuan).toBeCloseTo(2_000 + 200 / 3 + 390, 9);
  });

  test('weights need not add up to 100: 1/1/2 is 25/25/50', () => {
    const a = bonusOf({ ...csPayPresets['tier-4'], bonusYuan: 400, replyWeightPct: 1, closeWeightPct: 1, satisfactionWeightPct: 2, replyScorePct: 100, closeScorePct: 0, satisfactionScorePct: 50 });
    expect(a).toEqual({ kind: 'paid', scorePct: 50, yuanPerAgent: 200 });
  });
});

describe('edge cases are typed', () => {
  test('no agents: their sales are unassigned, no agent row', () => {
    const r = run('tier-4', { agents: 0 });
    expect(row(r, 'agent')).toBeUndefined();
    expect(r.unassignedSalesYuan).toBe(100_000);
  });

  test('no indirect staff: the pool is not shared, and not counted as paid', () => {
    const r = run('tier-4-silent', { indirectStaff: 0 });
    expect(r.indirectPool.perPersonYuan).toBeNull();
    expect(r.commissionTotalYuan).toBeCloseTo(r.csTeam.commissionYuan, 9);
  });

  test('no revenue: no share of revenue', () => {
    expect(run('tier-4', { revenueYuan: 0 }).csTeam.shareOfRevenue).toBeNull();
  });
});

const pct = fc.double({ min: 0, max: 100, noNaN: true });
const optPct = fc.option(pct, { nil: undefined });
const anyInput = fc.record({
  revenueYuan: fc.double({ min: 0, max: 100_000_000_000, noNaN: true }),
  silentSharePct: pct,
  agents: fc.integer({ min: 0, max: 1_000 }),
  leads: fc.integer({ min: 0, max: 100 }),
  managers: fc.integer({ min: 0, max: 10 }),
  agentBaseYuan: fc.double({ min: 0, max: 10_000_000, noNaN: true }),
  leadBaseYuan: fc.double({ min: 0, max: 10_000_000, noNaN: true }),
  managerBaseYuan: fc.double({ min: 0, max: 10_000_000, noNaN: true }),
  commissionPct: pct,
  teamCommissionPct: pct,
  indirectStaff: fc.integer({ min: 0, max: 1_000 }),
  indirectPoolPct: pct,
  indirectBaseYuan: fc.option(fc.double({ min: 0, max: 10_000_000, noNaN: true }), { nil: undefined }),
  bonusYuan: fc.option(fc.double({ min: 0, max: 10_000_000, noNaN: true }), { nil: undefined }),
  replyWeightPct: optPct,
  closeWeightPct: optPct,
  satisfactionWeightPct: optPct,
  replyScorePct: optPct,
  closeScorePct: optPct,
  satisfactionScorePct: optPct,
});

describe('properties', () => {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

  test('agents\' commissions add up to the commission rate on the team\'s sales', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const agent = computeCsPay(input).rows.find((r) => r.role === 'agent');
        if (!agent) return input.agents === 0;
        return close(agent.count * agent.commissionYuan, (computeCsPay(input).teamSalesYuan * input.commissionPct) / 100);
      }),
    );
  });

  test('team and silent sales add up to revenue; nothing is NaN or infinite', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = computeCsPay(input);
        const nums = [r.teamSalesYuan, r.silentSalesYuan, r.csTeam.payYuan, r.csTeam.commissionYuan, r.indirectPool.yuan, r.commissionTotalYuan, r.unassignedSalesYuan, ...r.rows.flatMap((x) => [x.commissionYuan, x.bonusYuan, x.totalYuan ?? 0])];
        return close(r.teamSalesYuan + r.silentSalesYuan, input.revenueYuan) && nums.every(Number.isFinite) && (r.csTeam.shareOfRevenue === null || Number.isFinite(r.csTeam.shareOfRevenue));
      }),
    );
  });

  test('a bonus is never more than the amount set, nor negative', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const b = bonusOf(input);
        return b.kind !== 'paid' || (b.yuanPerAgent >= 0 && b.yuanPerAgent <= input.bonusYuan! * (1 + 1e-12));
      }),
    );
  });
});

describe('figures the pages quote (src/lib/figures.ts)', () => {
  test('tier 4: commission 400 (zh review E5), team pay 9,400 = 9.4 % of 100,000 (002 篇五, 篇六)', async () => {
    const { figures } = await import('../../../src/lib/figures');
    expect(figures['csPay.tier4.commissionYuan'].value).toBeCloseTo(400, 9);
    expect(figures['csPay.tier4.csPayYuan'].value).toBeCloseTo(9_400, 9);
    expect(figures['csPay.tier4.csSharePct']).toEqual({ value: expect.closeTo(9.4, 9), digits: 1 });
  });
});

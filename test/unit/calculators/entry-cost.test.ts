import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeEntryCost, depositRowOf, refundShareOf } from '../../../src/calculators/entry-cost/entry-cost';
import {
  annualFeeWaiverReport,
  basicFeeNews,
  basicFeeRuleSummary,
  categories,
  depositReprint2023,
  plan002Fees,
  storeTypes,
  tmallDeposits,
  tmallFeeSchedulePage,
  trademarks,
  type WebSource,
} from '../../../src/calculators/entry-cost/entry-cost.data';
import { entryCostFields, entryCostPresets, type EntryCostInput } from '../../../src/calculators/entry-cost/entry-cost.schema';
import { feeRefundMonth, paybackInputOf, paybackItemsOf, paybackQueryOf } from '../../../src/calculators/entry-cost/entry-cost.link';
import { paybackFields, paybackPresets } from '../../../src/calculators/payback/payback.schema';
import { computePayback } from '../../../src/calculators/payback/payback';
import { readParams } from '../../../src/calculators/shared/url-state';
import { textOf, validateForm } from '../../../src/calculators/shared/fields';

const names = { deposit: 'Tmall deposit', annualFee: 'Annual fee', feeRefund: 'Annual fee (refunded)' };
const run = (preset: keyof typeof entryCostPresets, extra: Partial<EntryCostInput> = {}) => computeEntryCost({ ...entryCostPresets[preset], ...extra });

describe('plan 002\'s figures (about 2014)', () => {
  test.each([
    // [preset, deposit, source]
    ['plan-002-tm', 150_000, '002 篇一: "保证金:带tm商标的15万元"'],
    ['plan-002-r', 100_000, '002 篇一: "全部为r商标的10万元"'],
  ] as const)('%s: deposit %d, annual fee 30,000, commission 5 %% (%s)', (preset, deposit, _source) => {
    const r = run(preset, { annualSalesYuan: 1_000_000 });
    expect(r.deposit).toEqual({ kind: 'known', yuan: deposit, from: 'plan-002' });
    expect(r.annualFee.grossYuan).toBe(30_000); // 002 篇一: "年费:30000元(每年交)"
    expect(r.commission).toEqual({ rate: { kind: 'known', pct: 5, from: 'plan-002' }, yuan: 50_000 }); // "收取5%扣点"
    expect(r.basicFee.yuan).toBe(0); // no basic software fee before 2024
    expect(r.upfrontYuan).toBe(deposit + 30_000);
    expect(r.recoverableYuan).toBe(deposit);
    expect(r.costYuan).toBe(30_000 + 50_000);
  });

  test('002 篇五\'s 130,000 "(tm商标)" is 篇一\'s ® store (30,000 + 100,000), not its TM store (180,000)', () => {
    expect(run('plan-002-r').upfrontYuan).toBe(plan002Fees.entryCostTmYuan.value);
    expect(run('plan-002-tm').upfrontYuan).toBe(180_000);
  });

  test('plan 002 prices a specialty store only: other store types have no deposit under it', () => {
    const r = run('plan-002-tm', { storeType: 'flagship' });
    expect(r.deposit).toEqual({ kind: 'unknown', why: 'plan-specialty-only' });
    expect(r.upfrontYuan).toBeNull();
    expect(r.firstYearCashYuan).toBeNull();
    expect(r.unknowns).toEqual(['deposit']);
  });
});

describe('the latest dated figures', () => {
  test.each([
    // [store, mark, category, deposit, source]
    ['flagship', 'tm', 'general', 100_000, 'about.tmall.com fee schedule; 2023-04-04 reprint'],
    ['franchise', 'r', 'general', 50_000, 'about.tmall.com fee schedule; 2023-04-04 reprint'],
    ['specialty', 'tm', 'general', 150_000, 'about.tmall.com fee schedule; 2023-04-04 reprint'],
    ['specialty', 'r', 'general', 100_000, 'about.tmall.com fee schedule; 2023-04-04 reprint'],
    ['flagship', 'tm', 'books-av', 50_000, 'about.tmall.com: Book/Audiovisual flagship and franchise 50,000'],
    ['specialty', 'r', 'books-av', 100_000, 'about.tmall.com: Book/Audiovisual specialty 100,000'],
    ['franchise', 'tm', 'medicine', 300_000, 'about.tmall.com: Medicine/Medical Service 300,000'],
  ] as const)('%s, %s, %s: deposit %d (%s)', (storeType, trademark, category, deposit, _source) => {
    const r = run('latest-flagship-r', { storeType, trademark, category });
    expect(r.deposit).toEqual({ kind: 'known', yuan: deposit, from: 'table' });
  });

  test('the deposit is the same figure in Tmall\'s own (2012) page and the 2023 reprint, which the row cites first', () => {
    const row = depositRowOf({ storeType: 'specialty', trademark: 'tm', category: 'general' });
    expect(row.sources).toEqual([depositReprint2023, tmallFeeSchedulePage]);
  });

  test('services, e-tickets, games, top-up, travel: no figure, the reader checks', () => {
    const r = run('latest-flagship-r', { category: 'other-special' });
    expect(r.deposit).toEqual({ kind: 'unknown', why: 'no-source' });
    expect(r.unknowns).toEqual(['deposit', 'commission']);
  });

  test('no annual fee since 2024-09-01 (SCMP, 2024-07-27), a 0.6 % basic software fee on sales (TapTechNews/LatePost, 2024-07-26)', () => {
    const r = run('latest-flagship-r', { annualSalesYuan: 1_000_000 });
    expect(r.annualFee).toEqual({ grossYuan: 0, from: 'table', refundPct: 0, refundYuan: 0, netYuan: 0 });
    expect(r.basicFee).toEqual({ pct: 0.6, yuan: 6_000 });
  });

  test('commission has no citable current figure: unknown until the reader enters their category\'s rate', () => {
    const r = run('latest-flagship-r');
    expect(r.commission).toEqual({ rate: { kind: 'unknown', why: 'no-source' }, yuan: null });
    expect(r.costYuan).toBeNull();
    const entered = run('latest-flagship-r', { commissionPct: 5, annualSalesYuan: 1_000_000 });
    expect(entered.commission.yuan).toBe(50_000);
    expect(entered.costYuan).toBe(50_000 + 6_000);
    expect(entered.costShareOfSales).toBeCloseTo(0.056, 12);
    expect(entered.firstYearCashYuan).toBe(50_000 + 50_000 + 6_000);
  });

  test('every store type x mark x category has exactly one deposit row', () => {
    for (const storeType of storeTypes)
      for (const trademark of trademarks)
        for (const category of categories) {
          const matches = tmallDeposits.filter((r) => r.category === category && r.storeTypes.includes(storeType) && (r.trademark === 'any' || r.trademark === trademark));
          expect(matches, `${storeType}/${trademark}/${category}`).toHaveLength(1);
        }
  });

  test('every web source has an https or http address, a publisher, a kind and an as-of date', () => {
    const all: WebSource[] = [...tmallDeposits.flatMap((r) => r.sources), annualFeeWaiverReport, basicFeeNews, basicFeeRuleSummary];
    for (const s of all) {
      expect(s.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(s.publisher.length).toBeGreaterThan(2);
      expect(['official', 'news', 'reprint']).toContain(s.kind);
      expect(s.asOf).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });
});

describe('the annual-fee refund rule', () => {
  test.each([
    [100_000, undefined, undefined, 0],
    [599_999, 600_000, 1_200_000, 0],
    [600_000, 600_000, 1_200_000, 50],
    [1_200_000, 600_000, 1_200_000, 100],
    [1_200_000, undefined, 1_200_000, 100],
    [900_000, 600_000, undefined, 50],
  ] as const)('sales %d, half back from %s, all from %s: %d %%', (sales, half, full, pct) => {
    expect(refundShareOf(sales, half, full)).toBe(pct);
  });

  test('plan 002\'s fee with thresholds the reader enters: half of 30,000 comes back', () => {
    const r = run('plan-002-tm', { annualSalesYuan: 700_000, refundHalfAtYuan: 600_000, refundFullAtYuan: 1_200_000 });
    expect(r.annualFee).toEqual({ grossYuan: 30_000, from: 'plan-002', refundPct: 50, refundYuan: 15_000, netYuan: 15_000 });
    expect(r.recoverableYuan).toBe(150_000 + 15_000);
    expect(r.costYuan).toBe(15_000 + 35_000);
  });
});

describe('the link to the payback calculator', () => {
  test('deposit comes back at close, the fee is a cost, its refund comes back after the year', () => {
    const r = run('plan-002-tm', { annualSalesYuan: 1_200_000, refundHalfAtYuan: 600_000 });
    expect(paybackItemsOf(r, names)).toEqual([
      { name: 'Tmall deposit', amountYuan: 150_000, month: 1, returns: 'close', returnMonth: undefined },
      { name: 'Annual fee', amountYuan: 15_000, month: 1, returns: 'no', returnMonth: undefined },
      { name: 'Annual fee (refunded)', amountYuan: 15_000, month: 1, returns: 'month', returnMonth: feeRefundMonth },
    ]);
  });

  test('the payback calculator reads the link back: every field valid, the same values, the deposit held', () => {
    const input = { ...entryCostPresets['plan-002-tm'], annualSalesYuan: 1_200_000 };
    const r = computeEntryCost(input);
    const params = paybackQueryOf(input, r, names);
    const defaults = paybackPresets['plan-002-a'];
    const read = readParams(params, 'pay', paybackFields, textOf(paybackFields, defaults));
    expect(read.rejected).toEqual([]);
    expect(read.rejectedRows).toEqual([]);
    const values = validateForm(paybackFields, read.text, defaults).values;
    expect(values).toEqual(paybackInputOf(input, r, names));
    expect(values).toMatchObject({ startMonth: 1, revenueMode: 'flat', revenueYuan: 100_000, marginMode: 'structure', commissionPct: 5, otherPct: 0, targetMonths: undefined });
    expect(values.items).toEqual(paybackItemsOf(r, names));
    const payback = computePayback(values);
    expect(payback.months[0]!.heldYuan).toBe(150_000);
  });

  test('an unknown deposit is left out of the link, not sent as 0', () => {
    const r = run('latest-flagship-r', { category: 'other-special' });
    expect(paybackItemsOf(r, names)).toEqual([]);
  });
});

const anyInput = fc.record({
  schedule: fc.constantFrom(...entryCostFields.schedule.options),
  storeType: fc.constantFrom(...storeTypes),
  trademark: fc.constantFrom(...trademarks),
  category: fc.constantFrom(...categories),
  annualSalesYuan: fc.double({ min: 0, max: 100_000_000_000, noNaN: true }),
  commissionPct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  depositYuan: fc.option(fc.double({ min: 0, max: 100_000_000_000, noNaN: true }), { nil: undefined }),
  annualFeeYuan: fc.option(fc.double({ min: 0, max: 100_000_000_000, noNaN: true }), { nil: undefined }),
  refundHalfAtYuan: fc.option(fc.double({ min: 0, max: 100_000_000_000, noNaN: true }), { nil: undefined }),
  refundFullAtYuan: fc.option(fc.double({ min: 0, max: 100_000_000_000, noNaN: true }), { nil: undefined }),
});

describe('properties', () => {
  test('first-year cash = what comes back + what is spent, whenever both are known', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = computeEntryCost(input);
        if (r.firstYearCashYuan === null || r.recoverableYuan === null || r.costYuan === null) return true;
        const sum = r.recoverableYuan + r.costYuan;
        return Math.abs(r.firstYearCashYuan - sum) <= 1e-9 * Math.max(1, sum);
      }),
    );
  });

  test('no NaN or Infinity; unknown figures are null, never 0', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = computeEntryCost(input);
        const nums = [r.annualFee.grossYuan, r.annualFee.refundYuan, r.annualFee.netYuan, r.basicFee.yuan, r.upfrontYuan, r.firstYearCashYuan, r.recoverableYuan, r.costYuan, r.costShareOfSales, r.commission.yuan].filter((n): n is number => n !== null);
        expect(nums.every(Number.isFinite)).toBe(true);
        expect(r.unknowns.includes('deposit')).toBe(r.deposit.kind === 'unknown');
        expect(r.unknowns.includes('commission')).toBe(r.commission.yuan === null);
      }),
    );
  });

  test('a refund never exceeds the fee, and more sales never refund less', () => {
    fc.assert(
      fc.property(anyInput, fc.double({ min: 0, max: 1e9, noNaN: true }), (input, more) => {
        const a = computeEntryCost(input);
        const b = computeEntryCost({ ...input, annualSalesYuan: input.annualSalesYuan + more });
        return a.annualFee.refundYuan <= a.annualFee.grossYuan && b.annualFee.refundPct >= a.annualFee.refundPct;
      }),
    );
  });
});

describe('figures the pages quote (src/lib/figures.ts)', () => {
  test('002 篇一: 180,000 with a TM mark, 130,000 with ® (篇五\'s "13万元")', async () => {
    const { figures } = await import('../../../src/lib/figures');
    expect(figures['entryCost.plan002Tm.upfrontYuan'].value).toBe(180_000);
    expect(figures['entryCost.plan002R.upfrontYuan'].value).toBe(130_000);
  });
});

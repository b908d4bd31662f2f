import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { csCommissionTotalYuan, figureValue, figures } from '../../src/lib/figures';

describe('figures computed from the calculators (src/lib/figures.ts)', () => {
  // The zh content review (E1) rebuilt reading A from the preset's own model: deposit 160,000 in
  // month 2, 55,325 in months 3 and 7, 400,000 at the start of month 8, 20,000 a month of profit
  // from month 3. Before the 聚划算 money comes back, A is 570,650 down and B 661,445.
  test.each([
    ['paybackA.troughYuan', 570_650],
    ['paybackB.troughYuan', 661_445],
  ])('%s is %d (zh review E1, 002 篇六 readings)', (id, expected) => {
    expect(figures[id as keyof typeof figures].value).toBeCloseTo(expected, 0);
  });

  test('both troughs fall in month 8, when the 聚划算 400,000 goes out (002 篇六)', () => {
    expect(figures['paybackA.troughMonth'].value).toBe(8);
    expect(figures['paybackB.troughMonth'].value).toBe(8);
  });

  test('reading A pays back at month 15.5, B at 47.4 (src/calculators/README.md)', () => {
    expect(figures['paybackA.paybackMonths'].value).toBeCloseTo(15.5, 1);
    expect(figures['paybackB.paybackMonths'].value).toBeCloseTo(47.4, 1);
  });

  test('counted from the first trading month (month 3): A 13.5, B 45.4, the no-deposit reading 29.5 (en review §2.4, zh review §4)', () => {
    expect(figures['paybackA.tradingMonths'].value).toBeCloseTo(13.5, 1);
    expect(figures['paybackB.tradingMonths'].value).toBeCloseTo(45.4, 1);
    // 110,650 of spending repaid at 7.5 % of 50,000 = 3,750 a month: 29.5 months, about 2.5 years.
    expect(figures['paybackNoDeposit.tradingMonths'].value).toBeCloseTo(110_650 / 3_750, 1);
  });

  test('rounding, and an unknown id fails loudly', () => {
    expect(figureValue('paybackA.troughYuan', 10_000).value).toBe(570_000);
    expect(() => figureValue('nope')).toThrow(/unknown figure "nope"/);
  });

  test('reading A has earned 100,000 before month 8: five trading months at 20,000 (zh review E2, 002 篇六)', () => {
    expect(figures['paybackA.profitBeforeTroughYuan'].value).toBeCloseTo(100_000, 0);
  });

  test('the trough is 2.1 times the plan\'s 270,650 in reading A, 2.4 times in B (en review §2.4)', () => {
    expect(figureValue('paybackA.troughTimesTotal').value).toBeCloseTo(570_650 / 270_650, 6);
    expect(figureValue('paybackA.troughTimesTotal').digits).toBe(1);
    expect(Number(figures['paybackA.troughTimesTotal'].value.toFixed(1))).toBe(2.1);
    expect(Number(figures['paybackB.troughTimesTotal'].value.toFixed(1))).toBe(2.4);
  });

  test('tier 3 budgets 17,500, about 51% of tier 4\'s 34,000: about half, not less than half (zh review E6, 002 篇六)', () => {
    expect(figures['staffing.tier3OfTier4Pct'].value).toBeCloseTo(51.47, 2);
    expect(figureValue('staffing.tier3OfTier4Pct').value).toBeGreaterThan(50);
  });
});

describe('the 7折 price floor under 002 篇六\'s costs (zh review E11)', () => {
  // A 100-yuan item at a 40% margin costs 60; sold at 70 it keeps 10 of gross profit, while
  // commission 5%, shipping and packaging 5% and tax 4.5% of the 70 charged come to 10.15.
  test('at 7折 the per-sale costs already exceed the gross profit left', () => {
    expect(figures['discount.sevenZheGrossYuan'].value).toBeCloseTo(10, 6);
    expect(figures['discount.sevenZhePerSaleCostYuan'].value).toBeCloseTo(10.15, 6);
    expect(figures['discount.sevenZhePerSaleCostYuan'].value).toBeGreaterThan(figures['discount.sevenZheGrossYuan'].value);
  });
  test('break-even before ads is 60 ÷ 85.5 = 70.2% of list, just above 7折', () => {
    expect(figures['discount.breakEvenPricePct'].value).toBeCloseTo(6000 / 85.5, 6);
    expect(figureValue('discount.breakEvenPricePct').value).toBeGreaterThan(70);
  });
});

describe('break-even ROAS from the ROI calculator\'s own functions (002 篇六)', () => {
  test('1 ÷ (40% − 5% − 5% − 4.5%) = 1:3.92; with 20% of sales refunded, shipping sunk on each refund: 100 ÷ (30.5 × 0.8 − 5) = 1:5.15', () => {
    expect(figures['roi.breakEven002'].value).toBeCloseTo(1 / 0.255, 6);
    expect(figures['roi.breakEven002Refund20'].value).toBeCloseTo(100 / ((100 - 60 - 9.5) * 0.8 - 5), 6);
    expect(figureValue('roi.breakEven002').digits).toBe(2);
  });
});

describe('customer-service commission (002 篇五 pay rule)', () => {
  // 002 篇五: agents 0.2% of their own sales; lead and manager 0.2% of the team's sales. At tier 4
  // of 002 篇六 (100,000 a month; CS = one lead + three agents) the agents share 200 and the lead
  // adds 200: 400 in all (zh review E5), not the 200 the page said.
  test.each([
    ['tier 4: agents only', 100_000, 0, 200],
    ['tier 4: agents and the lead', 100_000, 1, 400],
    ['a lead and a manager over the same team', 100_000, 2, 600],
    ['tier 2: 50,000 a month, one lead', 50_000, 1, 200],
  ])('%s', (_label, sales, holders, expected) => {
    expect(csCommissionTotalYuan(sales, holders)).toBeCloseTo(expected, 6);
  });

  test('the figures the pages print', () => {
    expect(figures['csPay.tier4AgentsCommissionYuan'].value).toBeCloseTo(200, 6);
    expect(figures['csPay.tier4CommissionYuan'].value).toBeCloseTo(400, 6);
  });

  test('each team commission adds exactly what the agents share; no sales, no commission', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 5 }), (sales, holders) => {
        const total = csCommissionTotalYuan(sales, holders);
        expect(total).toBeCloseTo(csCommissionTotalYuan(sales, 0) * (holders + 1), 6);
        expect(total).toBeCloseTo(sales * 0.002 * (holders + 1), 6);
      }),
    );
    expect(csCommissionTotalYuan(0, 3)).toBe(0);
  });

  test('rejects negative sales and fractional head counts', () => {
    expect(() => csCommissionTotalYuan(-1, 0)).toThrow(/sales must be/);
    expect(() => csCommissionTotalYuan(1000, 1.5)).toThrow(/whole number/);
  });
});

import { describe, expect, test } from 'vitest';
import { figureValue, figures } from '../../src/lib/figures';

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

  test('rounding, and an unknown id fails loudly', () => {
    expect(figureValue('paybackA.troughYuan', 10_000).value).toBe(570_000);
    expect(() => figureValue('nope')).toThrow(/unknown figure "nope"/);
  });
});

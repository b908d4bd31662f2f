import { expect, test } from 'vitest';
import fc from 'fast-check';
import { niceTicks, scale } from '../../../src/components/ui/chart-scale';

test.each([
  [0, 7.67, 6, [0, 2, 4, 6, 8]],
  [-670_650, 200_000, 5, [-800_000, -600_000, -400_000, -200_000, 0, 200_000]],
  [0, 4, 4, [0, 1, 2, 3, 4]],
])('niceTicks(%d, %d, %d)', (min, max, count, expected) => {
  expect(niceTicks(min, max, count)).toEqual(expected);
});

test('ticks always cover the data', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (min, span) => {
      const ticks = niceTicks(min, min + span);
      expect(ticks[0]!).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(min + span);
      expect(ticks.length).toBeLessThan(20);
    }),
  );
});

test('scale maps the domain onto the range', () => {
  const x = scale(0, 10, 100, 200);
  expect([x(0), x(5), x(10)]).toEqual([100, 150, 200]);
});

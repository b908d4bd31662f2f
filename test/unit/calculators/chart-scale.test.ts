import { expect, test } from 'vitest';
import fc from 'fast-check';
import { PATH_TOLERANCE, polylinePath } from '../../../src/components/ui/chart-path';
import { niceTicks, px, scale } from '../../../src/components/ui/chart-scale';

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

/** Reads "M1 2L3 4…" back into points. */
const parsePath = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

function distanceToPolyline(p: readonly [number, number], line: readonly (readonly [number, number])[]): number {
  let best = Infinity;
  for (let i = 0; i < line.length; i++) {
    const a = line[i]!;
    const b = line[Math.min(i + 1, line.length - 1)]!;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

test('polylinePath drops repeats and the middle of straight runs, and rounds to one decimal', () => {
  // A payback shape: a lump at month 0, then equal profit every month (a straight rise).
  const points = [[100, 164], [100, 164], [100, 200], [110, 195], [110, 195], [120, 190], [130, 185], [140, 180]] as const;
  expect(polylinePath(points)).toBe('M100 164L100 200L140 180');
  expect(polylinePath([[1.04, 2.06]])).toBe('M1 2.1');
  expect(polylinePath([])).toBe('');
});

test('polylinePath keeps a spike and a line that doubles back', () => {
  expect(polylinePath([[0, 0], [10, 0], [0, 0]])).toBe('M0 0L10 0L0 0');
  expect(polylinePath([[0, 0], [10, 50], [20, 0]])).toBe('M0 0L10 50L20 0');
});

test('every point of the data lies on the drawn line, within the tolerance plus rounding', () => {
  const point = fc.tuple(fc.double({ min: 0, max: 640, noNaN: true }), fc.double({ min: 0, max: 320, noNaN: true }));
  fc.assert(
    fc.property(fc.array(point, { minLength: 1, maxLength: 80 }), (points) => {
      const drawn = parsePath(polylinePath(points));
      expect(drawn.length).toBeLessThanOrEqual(points.length);
      expect(drawn[0]).toEqual([px(points[0]![0]), px(points[0]![1])]);
      expect(drawn.at(-1)).toEqual([px(points.at(-1)![0]), px(points.at(-1)![1])]);
      // Rounding moves each end of a segment by at most 0.05 in x and y (0.071 in all).
      for (const p of points) expect(distanceToPolyline(p, drawn)).toBeLessThanOrEqual(PATH_TOLERANCE + 0.071);
    }),
  );
});

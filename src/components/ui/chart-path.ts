/**
 * Path data for the line charts. Its own module, apart from chart-scale.ts, so only the line-chart
 * chunk carries it: the staffing calculator's bar chart does not need it.
 */
import { px } from './chart-scale';

/** Pixels a dropped point may sit off the drawn line: under a quarter of a stroke, invisible. */
export const PATH_TOLERANCE = 0.25;

/** Distance from p to the segment a–b. */
function offSegment(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * SVG path data for a polyline of pixel points, leaving out every point the line would pass
 * within `tolerance` of anyway (repeats, and the middle of straight runs: months of equal
 * profit). A five-year payback chart falls from 240 points to a handful, which keeps the
 * calculator page's HTML inside the first round trip.
 */
export function polylinePath(points: readonly (readonly [number, number])[], tolerance = PATH_TOLERANCE): string {
  if (points.length === 0) return '';
  const kept = [points[0]!];
  let anchor = 0;
  for (let end = 2; end <= points.length; end++) {
    // Can the segment anchor → end (or the last point) stand for every point between them?
    const target = points[Math.min(end, points.length - 1)]!;
    const fits = end < points.length && points.slice(anchor + 1, end).every((p) => offSegment(p, points[anchor]!, target) <= tolerance);
    if (!fits) {
      anchor = end - 1;
      kept.push(points[anchor]!);
    }
  }
  return kept.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)} ${px(y)}`).join('');
}

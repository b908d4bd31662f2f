/** Small helpers for the hand-written SVG charts: "nice" ticks and linear scales. */

/** Round tick values from at or below `min` to at or above `max`, about `count` of them (1, 2, 2.5 or 5 x 10^n apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  const last = Math.ceil(max / step - 1e-9);
  for (let i = Math.floor(min / step + 1e-9); i <= last; i++) ticks.push(i * step);
  return ticks;
}

/** A linear map from a domain onto a pixel range. */
export function scale(domainMin: number, domainMax: number, rangeMin: number, rangeMax: number): (v: number) => number {
  const span = domainMax - domainMin || 1;
  return (v) => rangeMin + ((v - domainMin) / span) * (rangeMax - rangeMin);
}

/** Pixels a dropped point may sit off the drawn line: under a quarter of a stroke, invisible. */
export const PATH_TOLERANCE = 0.25;

/** A pixel coordinate with one decimal, as short as it can be written ("164", not "164.0"). */
export const px = (v: number): number => Math.round(v * 10) / 10;

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

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

/** A pixel coordinate with one decimal, as short as it can be written ("164", not "164.0"). */
export const px = (v: number): number => Math.round(v * 10) / 10;

import type { SeedId } from '../../lib/seeds';

/**
 * Where a constant comes from: a seed file in ../shared/seeds and, for the plans that are split
 * into parts, the part as the plan prints it (`篇六`, `篇3`). Shown in each calculator's
 * "how this is computed".
 */
export interface SourceRef {
  readonly seed: SeedId;
  readonly part?: string;
}

/** A figure taken from a source plan, with the reference a trainer can check it against. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: SourceRef;
}

/** 002 篇六: staffing tiers, cost structure and the investment plan (篇七 repeats it word for word). */
export const SRC_002_6: SourceRef = { seed: '002', part: '篇六' };
/** 002 篇七: the verbatim repeat of 篇六, cited beside it where the brief asks for both. */
export const SRC_002_7: SourceRef = { seed: '002', part: '篇七' };
/** 002 篇一: Tmall fees as that part states them (commission 5 %). */
export const SRC_002_1: SourceRef = { seed: '002', part: '篇一' };
/** 001 篇3: targets, the 1:3-1:5 ROI band and the 50 % margin cost structure. */
export const SRC_001_3: SourceRef = { seed: '001', part: '篇3' };

/** Wraps a value with its source. */
export function sourced<T>(value: T, source: SourceRef): Sourced<T> {
  return { value, source };
}

/**
 * Performance budgets, per page type, in gzip bytes of what a first visit loads (KB = 1,000 bytes;
 * the reading pages' JS budget is 2 KiB = 2,048 bytes). npm test asserts these: bytes, counts, CLS.
 * Speed has goals, not budgets: `goals` below, measured and reported by `npm run bench`.
 * The yardstick is a comparable Starlight site: 100 in every Lighthouse category, LCP about 1.2 s
 * on mobile, about 56 KB transferred per page. Yunying must be lighter and faster than that.
 */
import { FIRST_ROUND_TRIP_BYTES } from '../../src/integrations/compact-html.ts';

export const budgets = {
  /** Every page, everything it loads without interaction (HTML + CSS + JS + icons). */
  totalBytes: 50_000,
  /**
   * A page with a calculator: its 25 KB of JS and the calculators' stylesheet come on top of a
   * reading page's bytes. The long playbooks that embed one (investment and payback, targets and
   * ROAS: 22 KB of HTML with the calculator's server-rendered form) reached 52 KB; still under a
   * Starlight page with no calculator at all.
   */
  calculatorTotalBytes: 55_000,
  /**
   * A reading page runs no JavaScript beyond the theme script and the site script (search trigger,
   * menu, theme, copy links), inline or as one file: no island, no framework.
   */
  reading: { jsBytes: 2_048 },
  /** The home page is a reading page. */
  home: { jsBytes: 2_048 },
  /** A calculator page: all JavaScript, inline and islands, after every island has hydrated. */
  calculator: { jsBytes: 25_000 },
  /** The one stylesheet. */
  cssBytes: 8_000,
  /**
   * Lighthouse, mobile preset, on three representative pages: accessibility, best practices and
   * SEO at 100 (these don't depend on the machine's speed; the performance score does, so it is
   * the benchmark's, with the goals below).
   */
  lighthouse: { minScore: 100, maxCls: 0 },
  /**
   * HTML that fits the first TCP round trip (initial congestion window, 10 × 1,460 bytes). One
   * byte more costs Lighthouse's simulated mobile load another 150 ms RTT, which put the payback
   * calculator's LCP at about 1.05 s. A budget for every page whose first screen needs the whole
   * document: home, reading pages without a calculator, the standalone calculator pages. A long
   * playbook with a calculator embedded halfway down may exceed it (its first screen is text
   * that arrives in the first round trip); those are listed as a warning in the report.
   */
  firstRoundTripBytes: FIRST_ROUND_TRIP_BYTES,
  /**
   * HTML that fits two round trips: slow start doubles the window, 10 then 20 segments. A page
   * past the first carries its stylesheet inline (src/integrations/compact-html.ts, rewrite 4), so
   * it paints after the second; the longest pages (the worked example, the glossary) are about
   * 31 KB with their CSS.
   */
  twoRoundTripsBytes: 3 * FIRST_ROUND_TRIP_BYTES,
  /**
   * Speed goals for `npm run bench` (test/perf/bench.mjs). The benchmark reports each figure beside
   * its goal; nothing fails on them, because a shared or busy machine is slow.
   */
  goals: {
    mobileLcpMs: 1_000,
    searchFirstResultMs: 200,
    /** Bytes on the wire of a session's first search (issue 12: Starlight's 146 KB; the site had 240 KB). */
    searchFirstQueryBytes: 146_000,
    buildAndIndexSeconds: 30,
  },
  /** Starlight's figures, for the report. */
  starlight: { totalBytes: 56_000, lcpMs: 1_200 },
} as const;

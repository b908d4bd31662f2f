/**
 * Performance budgets, per page type, in gzip bytes of what a first visit loads (KB = 1,000 bytes).
 * The yardstick is a comparable Starlight site: 100 in every Lighthouse category, LCP about 1.2 s
 * on mobile, about 56 KB transferred per page. Yunying must be lighter and faster than that.
 */
export const budgets = {
  /** Every page, everything it loads without interaction (HTML + CSS + JS + icons). */
  totalBytes: 50_000,
  /**
   * A reading page runs no JavaScript beyond the theme script and the site script (search trigger,
   * menu, theme, copy links), inline or as one file: no island, no framework.
   */
  reading: { jsBytes: 4_000 },
  /** The home page is a reading page. */
  home: { jsBytes: 4_000 },
  /** A calculator page: all JavaScript, inline and islands, after every island has hydrated. */
  calculator: { jsBytes: 25_000 },
  /** The one stylesheet. */
  cssBytes: 8_000,
  /** Lighthouse, mobile preset, on three representative pages. */
  lighthouse: { minScore: 100, maxLcpMs: 1_000, maxCls: 0 },
  /**
   * HTML that fits the first TCP round trip (initial congestion window, 10 × 1,460 bytes). One
   * byte more costs Lighthouse's simulated mobile load another 150 ms RTT, which put the payback
   * calculator's LCP at about 1.05 s. A budget for every page whose first screen needs the whole
   * document: home, reading pages without a calculator, the standalone calculator pages. A long
   * playbook with a calculator embedded halfway down may exceed it (its first screen is text
   * that arrives in the first round trip); those are listed as a warning in the report.
   */
  firstRoundTripBytes: 14_600,
  /** Starlight's figures, for the report. */
  starlight: { totalBytes: 56_000, lcpMs: 1_200 },
} as const;

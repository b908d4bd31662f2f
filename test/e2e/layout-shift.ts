/**
 * Layout shifts of a page, recorded from its first paint: the CLS (shifts without recent input,
 * summed) and, for each shift, what moved, so a failure or a benchmark row names its culprit.
 * Used by the calculators' layout-stability test, the weight measure (test/perf/weight.ts) and
 * `npm run bench` (slow-cls).
 */
import type { Page } from 'playwright-core';

export interface LayoutShifts {
  cls: number;
  /** One per shift: its score, and each moved element as `name dy/dx px, w before->after @t ms`. */
  shifts: { value: number; moved: string[] }[];
}

/** Starts recording on every document the page loads from now on (call before `goto`). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const state: { cls: number; shifts: { value: number; moved: string[] }[] } = { cls: 0, shifts: [] };
    (window as unknown as { __layoutShifts: typeof state }).__layoutShifts = state;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] })[]) {
        if (e.hadRecentInput) continue;
        state.cls += e.value;
        const moved = e.sources.map((s) => {
          const n = s.node;
          const name = n instanceof Element ? `${n.localName}${typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}` : (n?.nodeName ?? '?');
          const d = (a: number, b: number) => Math.round(b - a);
          return `${name} ${d(s.previousRect.y, s.currentRect.y)}/${d(s.previousRect.x, s.currentRect.x)} px, w ${Math.round(s.previousRect.width)}->${Math.round(s.currentRect.width)} @${Math.round(e.startTime)} ms`;
        });
        state.shifts.push({ value: e.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** What was recorded on the page's current document. */
export function layoutShifts(page: Page): Promise<LayoutShifts> {
  return page.evaluate(() => (window as unknown as { __layoutShifts: LayoutShifts }).__layoutShifts);
}

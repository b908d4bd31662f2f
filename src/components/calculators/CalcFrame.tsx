import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Toolbar } from '../ui/Toolbar';
import type { CalculatorLabels } from './labels/en';

export interface CalcFrameProps {
  /** Query prefix; also the id stem of the calculator's elements. */
  prefix: string;
  title: string;
  common: CalculatorLabels['common'];
  presets: readonly { id: string; label: string }[];
  activePreset: string | null;
  presetNote: string | null;
  notices: readonly string[];
  hasErrors: boolean;
  hydrated: boolean;
  onPreset: (id: string) => void;
  onReset: () => void;
  inputs: ComponentChildren;
  results: ComponentChildren;
}

/**
 * The frame every calculator shares: a GET form (so the inputs also work as a plain link
 * before hydration), the toolbar, notices about the link, then the results. Details elements
 * open for printing, so a printout carries the method and the monthly table.
 * The markup is identical before and after hydration (buttons only change `disabled`), so
 * hydrating shifts no layout.
 */
export function CalcFrame(p: CalcFrameProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const open = () => (root.current?.closest('[data-calculator]') ?? root.current)?.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  return (
    <div class="calc" ref={root} data-hydrated={p.hydrated ? '' : undefined}>
      <p class="calc-title" id={`${p.prefix}-title`}>
        {p.title}
      </p>
      <form method="get" action={`#calc-${p.prefix}`} class="calc-form" aria-labelledby={`${p.prefix}-title`} onSubmit={(e) => {
          e.preventDefault();
          document.getElementById(`${p.prefix}-results`)?.focus();
        }} noValidate>
        <Toolbar id={p.prefix} labels={p.common} presets={p.presets} activePreset={p.activePreset} enabled={p.hydrated} onPreset={p.onPreset} onReset={p.onReset} />
        <p class="calc-preset-note">{p.presetNote ?? p.common.custom}</p>
        {p.notices.length > 0 && (
          <ul class="calc-notices" role="alert">
            {p.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <div class="calc-inputs">{p.inputs}</div>
        {p.hasErrors && (
          <p class="calc-fix" role="alert">
            {p.common.fixFields}
          </p>
        )}
        {/* Kept after hydration too (no layout shift): it then just moves focus to the results. */}
        <button type="submit" class="calc-button calc-submit">
          {p.common.calculate}
        </button>
      </form>
      <section class="calc-results" aria-labelledby={`${p.prefix}-results ${p.prefix}-title`}>
        <h3 id={`${p.prefix}-results`} class="calc-results-title" tabIndex={-1}>
          {p.common.results}
        </h3>
        {p.results}
      </section>
    </div>
  );
}

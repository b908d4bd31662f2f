import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Toolbar } from '../ui/Toolbar';
import type { CalculatorLabels } from './labels/en';
import type { CalculatorState } from './use-calculator';
import type { FieldSpecs } from '../../calculators/shared/fields';

export interface CalcFrameProps<Id extends string> {
  /** Query prefix; also the id stem of the calculator's elements. */
  prefix: string;
  /** The calculator's own labels: its title, and a name and a note per preset. */
  labels: { title: string; presets: Record<Id, string>; presetNotes: Record<Id, string> };
  /** Appended to the title (a named preset), so two embeds on a page have distinct names. */
  titleSuffix?: string | undefined;
  common: CalculatorLabels['common'];
  /** Preset ids, in the order the toolbar lists them. */
  presetIds: readonly Id[];
  state: Pick<CalculatorState<FieldSpecs>, 'check' | 'presetId' | 'notices' | 'hydrated' | 'applyPreset' | 'reset'>;
  /** Problems beyond the fields' own (e.g. an unreadable investment row). */
  extraErrors?: boolean;
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
export function CalcFrame<Id extends string>(p: CalcFrameProps<Id>) {
  const { state, labels, common } = p;
  const title = p.titleSuffix ? `${labels.title} · ${p.titleSuffix}` : labels.title;
  const presets = p.presetIds.map((id) => ({ id, label: labels.presets[id] }));
  const presetNote = state.presetId ? labels.presetNotes[state.presetId as Id] : null;
  const hasErrors = Object.keys(state.check.errors).length > 0 || Boolean(p.extraErrors);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const open = () => (root.current?.closest('[data-calculator]') ?? root.current)?.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  return (
    <div class="calc" ref={root} data-hydrated={state.hydrated ? '' : undefined}>
      <p class="calc-title" id={`${p.prefix}-title`}>
        {title}
      </p>
      <form method="get" action={`#calc-${p.prefix}`} class="calc-form" aria-labelledby={`${p.prefix}-title`} onSubmit={(e) => {
          e.preventDefault();
          document.getElementById(`${p.prefix}-results`)?.focus();
        }} noValidate>
        <Toolbar id={p.prefix} labels={common} presets={presets} activePreset={state.presetId} enabled={state.hydrated} onPreset={state.applyPreset} onReset={state.reset} />
        <p class="calc-preset-note">{presetNote ?? common.custom}</p>
        {state.notices.length > 0 && (
          <ul class="calc-notices" role="alert">
            {state.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <div class="calc-inputs">{p.inputs}</div>
        {hasErrors && (
          <p class="calc-fix" role="alert">
            {common.fixFields}
          </p>
        )}
        {/* Kept after hydration too (no layout shift): it then just moves focus to the results. */}
        <button type="submit" class="calc-button calc-submit">
          {common.calculate}
        </button>
      </form>
      <section class="calc-results" aria-labelledby={`${p.prefix}-results ${p.prefix}-title`}>
        <h3 id={`${p.prefix}-results`} class="calc-results-title" tabIndex={-1}>
          {common.results}
        </h3>
        {p.results}
      </section>
    </div>
  );
}

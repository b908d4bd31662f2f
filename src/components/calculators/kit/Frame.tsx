import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FieldSpecs, FieldValues } from '../../../calculators/shared/fields';
import { fill } from './format';
import { Table, type Cell } from './Table';
import { Toolbar } from './Toolbar';
import { pinNames, type Calc } from './use-calc';

export interface FrameProps<S extends FieldSpecs, R> {
  calc: Calc<S, R, unknown>;
  title: string;
  /** The examples, in toolbar order, with the note shown while the inputs match one. */
  presets: readonly { id: string; label: string; note: string }[];
  inputs: ComponentChildren;
  results: ComponentChildren;
  /** One scenario as rows of the side-by-side table: its key inputs and results. */
  compare: (values: FieldValues<S>, result: R) => readonly (readonly [string, Cell])[];
}

/**
 * The frame every calculator shares: title and the note that nothing leaves the browser; a GET
 * form (the inputs also work as a plain link before hydration) with the toolbar, notices about
 * the link and the inputs; the results beside it on a wide screen (sticky, see calculators.css)
 * or after it on a phone, with a jump link; pinned scenarios side by side; and, on paper only,
 * the link and date the printout came from. The markup is the same before and after hydration
 * (buttons only change `disabled`), so hydrating shifts no layout.
 */
export function Frame<S extends FieldSpecs, R>({ calc, title, presets, inputs, results, compare }: FrameProps<S, R>) {
  const { C, prefix } = calc;
  const fullTitle = calc.titleSuffix ? `${title} · ${calc.titleSuffix}` : title;
  const note = presets.find((x) => x.id === calc.presetId)?.note ?? C.custom;
  const root = useRef<HTMLDivElement>(null);
  const printRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // A printout carries the method, every table, and where it came from.
    const print = () => {
      root.current?.closest('[data-calculator]')?.querySelectorAll('details').forEach((d) => (d.open = true));
      if (printRef.current) printRef.current.textContent = fill(C.printRef, { date: new Date().toLocaleDateString(calc.locale), url: window.location.href });
    };
    window.addEventListener('beforeprint', print);
    return () => window.removeEventListener('beforeprint', print);
  }, []);
  const scenarios = [[C.now, calc.values, calc.result] as const, ...calc.pins.map((v, i) => [fill(C.scenario, { name: pinNames[i]! }), v, calc.def.compute(v)] as const)];
  const columns = scenarios.map(([, v, r]) => compare(v, r));
  return (
    <div class="calc" ref={root} data-hydrated={calc.hydrated ? '' : undefined}>
      <div class="calc-head">
        <p class="calc-title" id={`${prefix}-title`}>
          {fullTitle}
        </p>
        <p class="calc-privacy">{C.privacy}</p>
      </div>
      <Toolbar calc={calc as never} presets={presets} />
      <p class="calc-preset-note">{note}</p>
      {calc.notices.length > 0 && (
        <ul class="calc-notices" role="alert">
          {calc.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div class="calc-body">
        <form
          method="get"
          action={`#calc-${prefix}`}
          class="calc-form"
          aria-labelledby={`${prefix}-title`}
          ref={calc.formRef}
          noValidate
          onFocusOut={() => calc.commit()}
          onSubmit={(e) => {
            e.preventDefault();
            calc.commit();
            document.getElementById(`${prefix}-results`)?.focus();
          }}
        >
          <a class="calc-jump" href={`#${prefix}-results`}>
            {C.jump}
          </a>
          <div class="calc-inputs">{inputs}</div>
          {calc.stale && (
            <p class="calc-fix" role="alert">
              {C.fixFields}
            </p>
          )}
          {/* Kept after hydration too (no layout shift): it then commits and moves focus to the results. */}
          <button type="submit" class="calc-button calc-submit">
            {C.calculate}
          </button>
        </form>
        <section class={calc.stale ? 'calc-results calc-stale' : 'calc-results'} aria-labelledby={`${prefix}-results ${prefix}-title`}>
          {/* h2: on a calculator's own page it sits right under the page's h1. */}
          <h2 id={`${prefix}-results`} class="calc-results-title" tabIndex={-1}>
            {C.results}
          </h2>
          {calc.stale && (
            <p class="calc-stale-note" role="status">
              {C.stale}
            </p>
          )}
          {results}
          {calc.pins.length > 0 && (
            <div class="calc-compare">
              <Table
                id={`${prefix}-compare`}
                caption={C.compare}
                head={[C.figure, ...scenarios.map(([name]) => name)]}
                rows={columns[0]!.map(([label], i) => [label, ...columns.map((col) => col[i]![1])])}
                C={C}
              />
              <div class="calc-actions">
                {calc.pins.map((_, i) => (
                  <span key={i} class="calc-pin-actions">
                    <button type="button" class="calc-button" onClick={() => calc.loadPin(i)}>
                      {fill(C.loadPin, { name: pinNames[i]! })}
                    </button>
                    <button type="button" class="calc-button" onClick={() => calc.unpin(i)}>
                      {fill(C.removePin, { name: pinNames[i]! })}
                    </button>
                  </span>
                ))}
              </div>
            </div>
          )}
          <p class="calc-print-ref" ref={printRef} />
        </section>
      </div>
    </div>
  );
}

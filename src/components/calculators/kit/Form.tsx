import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FieldError, FieldSpecs, ListField, NumberField as NumberSpec, ScalarSpecs, Unit } from '../../../calculators/shared/fields';
import { rowParam } from '../../../calculators/shared/url-state';
import { ChoiceField } from '../../ui/ChoiceField';
import { NumberField } from '../../ui/NumberField';
import { fill, type Formatters } from './format';
import type { CommonLabels } from './labels.en';
import type { Calc } from './use-calc';

/**
 * Form controls bound to the kit's state: a number field, a radio group, a list of rows. Each
 * takes the calculator (`useCalc`'s result) and a field key; ids, names (= URL parameters),
 * errors, hints and commits follow from the key.
 */

// Any calculator: the helpers read its specs and labels by key.
type AnyCalc = Calc<FieldSpecs, unknown, unknown>;

/** "100%", "120 months", "1,000,000 yuan" in the page's language. */
export function withUnit(common: CommonLabels, fmt: Formatters, unit: Unit, n: number): string {
  return fill(common.unitValue[unit], { n: fmt.number(n, 2) });
}

/** The sentence for a rejected field, with its range filled in. */
export function errorMessage(calc: Pick<AnyCalc, 'C' | 'E' | 'fmt'>, spec: unknown, code: FieldError | undefined): string | undefined {
  if (!code) return undefined;
  const s = spec as NumberSpec;
  if (s.type !== 'number') return calc.E[code];
  return fill(calc.E[code], { min: withUnit(calc.C, calc.fmt, s.unit, s.min), max: withUnit(calc.C, calc.fmt, s.unit, s.max) });
}

/** A field's label: the calculator's label of that key. */
function label(calc: AnyCalc, key: string): string {
  return (calc.L as Record<string, string>)[key] ?? key;
}

/** The number input of field `key`, with its label, unit, error, hint and "35%?" question. */
export function num<S extends FieldSpecs>(c: Calc<S, unknown, unknown>, key: keyof S & string, o: { label?: string; hint?: ComponentChildren; placeholder?: string } = {}) {
  const calc = c as unknown as AnyCalc;
  const spec = calc.def.specs[key] as NumberSpec;
  const code = calc.check.errors[key];
  const value = calc.check.values[key];
  const ask = spec.asksPercent && !code && typeof value === 'number' && value > 0 && value < 1;
  const pct = Math.round((value as number) * 10_000) / 100;
  return (
    <NumberField
      key={key}
      id={`${calc.prefix}-${key}`}
      name={`${calc.prefix}.${key}`}
      label={o.label ?? label(calc, key)}
      unit={calc.C.unitSuffix[spec.unit]}
      value={calc.text[key] as string}
      error={errorMessage(calc, spec, code)}
      placeholder={o.placeholder}
      hint={
        (o.hint || ask) && (
          <>
            {o.hint}
            {ask && (
              <button type="button" class="calc-ask" onClick={() => (calc.set(key, String(pct)), calc.commit())}>
                {fill(calc.C.didYouMean, { n: pct })}
              </button>
            )}
          </>
        )
      }
      onInput={(v) => calc.set(key, v)}
    />
  );
}

/** A radio group for a choice field; `options` maps each option to its label. */
export function choice<S extends FieldSpecs>(c: Calc<S, unknown, unknown>, key: keyof S & string, options: Readonly<Record<string, string>>, legend = label(c as unknown as AnyCalc, key)) {
  return (
    <ChoiceField
      id={`${c.prefix}-${key}`}
      name={`${c.prefix}.${key}`}
      legend={legend}
      value={c.text[key] as string}
      options={Object.entries(options).map(([value, l]) => ({ value, label: l }))}
      onChange={(v) => c.set(key, v)}
    />
  );
}

export interface ListEditorProps {
  calc: Calc<FieldSpecs, unknown, unknown>;
  field: string;
  legend: string;
  /** Labels of the row's fields, and of each choice field's options. */
  labels: Readonly<Record<string, string>>;
  options?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A row's fields that only apply in some rows (a return month only when it comes back). */
  shows?: (row: Record<string, string>, key: string) => boolean;
  /** The text of a new row. */
  newRow: (n: number) => Record<string, string>;
  /** A row's name for its group label and remove button. */
  rowName: (row: Record<string, string>, n: number) => string;
  /** Button texts, when "Add a row" and "Remove {name}" are not the words for this list. */
  add?: string;
  remove?: string;
}

/**
 * Rows of a list field, each a labelled group with a remove button, then "add". Focus follows
 * the reader: adding moves it to the new row's first field, removing to the row that takes the
 * removed one's place (or "add"), never onto another remove button.
 */
export function ListEditor({ calc, field, legend, labels, options = {}, shows = () => true, newRow, rowName, add = calc.C.addRow, remove = calc.C.removeRow }: ListEditorProps) {
  const spec = calc.def.specs[field] as ListField<ScalarSpecs>;
  const rows = calc.text[field] as unknown as Record<string, string>[];
  const keys = Object.keys(spec.item);
  const focus = useRef<string | null>(null);
  const id = (i: number, k = keys[0]!) => `${calc.prefix}-${field}-${i}-${k}`;
  useEffect(() => {
    if (focus.current) document.getElementById(focus.current)?.focus();
    focus.current = null;
  });
  return (
    <fieldset class="calc-items">
      <legend>{legend}</legend>
      <input type="hidden" name={`${calc.prefix}.${field}`} value={String(rows.length)} />
      {rows.map((row, i) => {
        const name = rowName(row, i + 1);
        return (
          <div class="calc-item" key={i} role="group" aria-label={name}>
            {keys.map((k) => {
              const s = spec.item[k]!;
              const path = `${field}.${i}.${k}`;
              const code = calc.check.errors[path];
              const common = { id: id(i, k), name: rowParam(calc.prefix, field, spec, k) };
              const visible = shows(row, k) || Boolean(code);
              if (s.type === 'number') {
                return (
                  <div key={k} hidden={!visible} class="calc-item-cell">
                    <NumberField {...common} label={labels[k]!} unit={calc.C.unitSuffix[s.unit]} value={row[k]!} error={errorMessage(calc, s, code)} onInput={(v) => calc.setRow(field, i, k, v)} />
                  </div>
                );
              }
              const error = errorMessage(calc, s, code);
              const described = error ? `${common.id}-error` : undefined;
              return (
                <div key={k} hidden={!visible} class={`calc-field${error ? ' calc-field--invalid' : ''}${s.type === 'text' ? ' calc-item-name' : ''}`}>
                  <label for={common.id}>{labels[k]}</label>
                  {s.type === 'text' ? (
                    <input {...common} type="text" maxLength={s.maxLength} value={row[k]} aria-describedby={described} onInput={(e) => calc.setRow(field, i, k, e.currentTarget.value)} />
                  ) : (
                    <select {...common} value={row[k]} aria-invalid={error ? 'true' : undefined} aria-describedby={described} onChange={(e) => calc.setRow(field, i, k, e.currentTarget.value)}>
                      {s.options.map((o) => (
                        <option key={o} value={o}>
                          {options[k]?.[o] ?? o}
                        </option>
                      ))}
                    </select>
                  )}
                  {error && (
                    <span class="calc-error" id={described}>
                      {error}
                    </span>
                  )}
                </div>
              );
            })}
            <button
              type="button"
              class="calc-button calc-remove"
              disabled={!calc.hydrated}
              onClick={() => {
                focus.current = rows.length > 1 ? id(Math.min(i, rows.length - 2)) : `${calc.prefix}-${field}-add`;
                calc.removeRow(field, i);
              }}
            >
              {fill(remove, { name })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="calc-button"
        id={`${calc.prefix}-${field}-add`}
        disabled={!calc.hydrated || rows.length >= spec.max}
        onClick={() => {
          focus.current = id(rows.length);
          calc.addRow(field, newRow(rows.length + 1));
        }}
      >
        {add}
      </button>
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { NumberField } from '../ui/NumberField';
import type { FieldError, FieldSpecs, NumberField as NumberSpec, Unit } from '../../calculators/shared/fields';
import type { CalculatorLabels } from './labels/en';
import { fill, type Formatters } from './format';
import type { CalculatorState } from './use-calculator';

type Common = CalculatorLabels['common'];
type Errors = CalculatorLabels['errors'];

/** "100%", "120 months", "1,000,000 yuan" in the page's language. */
export function withUnit(common: Common, fmt: Formatters, unit: Unit, n: number): string {
  return fill(common.unitValue[unit], { n: fmt.number(n, 2) });
}

/** The sentence for a rejected field, with its range filled in. */
export function errorMessage(common: Common, errors: Errors, fmt: Formatters, spec: NumberSpec | undefined, code: FieldError): string {
  if (!spec) return errors[code];
  return fill(errors[code], { min: withUnit(common, fmt, spec.unit, spec.min), max: withUnit(common, fmt, spec.unit, spec.max) });
}

/** Everything a number input of a calculator needs, bound once per render. */
export interface FieldContext<S extends FieldSpecs> {
  state: CalculatorState<S>;
  specs: S;
  prefix: string;
  labels: { common: Common; errors: Errors };
  fmt: Formatters;
}

/** Renders the number input of field `key` with its label, unit, error and hint. */
export function numberInput<S extends FieldSpecs>(
  ctx: FieldContext<S>,
  key: keyof S & string,
  label: string,
  extra: { hint?: ComponentChildren; placeholder?: string } = {},
) {
  const spec = ctx.specs[key] as NumberSpec;
  const code = ctx.state.check.errors[key];
  return (
    <NumberField
      key={key}
      id={`${ctx.prefix}-${key}`}
      name={`${ctx.prefix}.${key}`}
      label={label}
      unit={ctx.labels.common.unitSuffix[spec.unit]}
      value={ctx.state.text[key]}
      error={code ? errorMessage(ctx.labels.common, ctx.labels.errors, ctx.fmt, spec, code) : undefined}
      hint={extra.hint}
      placeholder={extra.placeholder}
      onInput={(v) => ctx.state.setField(key, v)}
    />
  );
}

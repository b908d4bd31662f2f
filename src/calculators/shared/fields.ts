import * as z from 'zod/mini';

/**
 * Field specifications shared by the three calculators. A calculator declares its inputs once
 * (name, unit, range); the same table drives zod validation, the URL codec and the island's form.
 * Field names carry their unit (`spendYuan`, `marginPct`) and double as URL parameter names.
 */

/** Unit of a number field; decides the suffix shown beside the input and how text is read. */
export type Unit = 'yuan' | 'percent' | 'months' | 'count';

/** A numeric input with its allowed range. */
export interface NumberField {
  readonly type: 'number';
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (months, headcounts, clicks). */
  readonly integer?: boolean;
  /** May be left empty; the calculator then uses its own default (e.g. the source's pay). */
  readonly optional?: boolean;
}

/** A choice among fixed options (radio buttons or a select). */
export interface ChoiceField<T extends string = string> {
  readonly type: 'choice';
  readonly options: readonly T[];
}

export type FieldSpec = NumberField | ChoiceField;
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** What the user typed, field by field: the form state. Never lost on bad input. */
export type FieldText<S extends FieldSpecs> = { [K in keyof S]: string };

/** Parsed, validated values: numbers (or undefined when optional and empty), choice strings. */
export type FieldValues<S extends FieldSpecs> = {
  -readonly [K in keyof S]: S[K] extends ChoiceField<infer T>
    ? T
    : S[K] extends { readonly optional: true }
      ? number | undefined
      : number;
};

/**
 * Why a field was rejected; the islands turn the code into a sentence in the page's language
 * (labels `errors.*`), filling in the field's range and unit.
 */
export type FieldError = 'required' | 'number' | 'range' | 'integer' | 'choice' | 'after';

/** Builds a number field spec; `optional: true` is kept in the type so its value may be undefined. */
export function numberField<O extends boolean = false>(
  unit: Unit,
  min: number,
  max: number,
  extra: { readonly integer?: boolean; readonly optional?: O } = {},
): NumberField & { readonly optional: O } {
  return { type: 'number', unit, min, max, integer: extra.integer ?? false, optional: (extra.optional ?? false) as O };
}

/** Builds a choice field spec. */
export function choiceField<T extends string>(options: readonly T[]): ChoiceField<T> {
  return { type: 'choice', options };
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/**
 * Reads a number the way people type it on either edition: `12,000`, `12 000`, `１２０００`,
 * `¥12000`, `40%`, `40％`, `27万` (yuan fields only, = 270,000). Empty text gives `undefined`,
 * unreadable text `NaN`: zod then reports `required` or `number`.
 */
export function parseNumberText(text: string, unit: Unit): number | undefined {
  let s = text
    .replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\s,\uFF0C_']/g, '')
    .replace(/^[¥￥]|(元|yuan|%|％)$/gi, '');
  if (s === '') return undefined;
  let factor = 1;
  if (unit === 'yuan' && /万$/.test(s)) {
    factor = 10_000;
    s = s.slice(0, -1);
  }
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals only.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  const n = Number(s);
  // 1.1万 is 11000, not 11000.000000000002: round the scaled figure to the fen.
  return factor === 1 ? n : Math.round(n * factor * 100) / 100;
}

/**
 * The zod (mini) schema of one field; error messages are FieldError codes. Built from the
 * cheapest zod parts (number, string, gte/lte, refine): `z.enum` and `z.optional` would add
 * about 0.7 KB gzip to every calculator page, so an optional field's emptiness is settled in
 * `validateField` before zod sees it.
 */
export function fieldSchema(spec: FieldSpec): z.ZodMiniType {
  if (spec.type === 'choice') {
    const options: readonly string[] = spec.options;
    return z.string({ error: 'choice' }).check(z.refine((v) => options.includes(v), { error: 'choice' }));
  }
  const checks = [z.gte(spec.min, { error: 'range' }), z.lte(spec.max, { error: 'range' })];
  if (spec.integer) checks.push(z.refine(Number.isInteger, { error: 'integer' }) as never);
  return z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'number') }).check(...checks);
}

/** One field's verdict: its value, or the reason it was rejected. */
export type FieldResult = { readonly ok: true; readonly value: number | string | undefined } | { readonly ok: false; readonly error: FieldError };

/** Parses and validates the text of one field. */
export function validateField(spec: FieldSpec, text: string): FieldResult {
  const input = spec.type === 'number' ? parseNumberText(text, spec.unit) : text;
  if (input === undefined && spec.type === 'number' && spec.optional) return { ok: true, value: undefined };
  const result = fieldSchema(spec).safeParse(input);
  if (result.success) return { ok: true, value: result.data as number | string | undefined };
  return { ok: false, error: (result.error.issues[0]?.message ?? 'number') as FieldError };
}

/** Outcome of validating a whole form: the valid values, and a code for each rejected field. */
export interface FormCheck<S extends FieldSpecs> {
  /** Values of the fields that passed; rejected fields take the value from `fallback`. */
  readonly values: FieldValues<S>;
  readonly errors: Partial<Record<keyof S, FieldError>>;
}

/**
 * Validates every field independently, so one bad field never blanks the others: a rejected
 * field keeps its previous valid value (`fallback`) and is reported in `errors`.
 */
export function validateForm<S extends FieldSpecs>(specs: S, text: FieldText<S>, fallback: FieldValues<S>): FormCheck<S> {
  const values = { ...fallback };
  const errors: Partial<Record<keyof S, FieldError>> = {};
  for (const key of Object.keys(specs) as (keyof S & string)[]) {
    const r = validateField(specs[key]!, text[key] ?? '');
    if (r.ok) (values as Record<string, unknown>)[key] = r.value;
    else errors[key] = r.error;
  }
  return { values, errors };
}

/** Canonical text of a value, as written into the URL and the form (`undefined` -> empty). */
export function valueText(value: number | string | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The text form of a set of values (to fill the form from a preset). */
export function textOf<S extends FieldSpecs>(specs: S, values: FieldValues<S>): FieldText<S> {
  const text = {} as Record<string, string>;
  for (const key of Object.keys(specs)) text[key] = valueText((values as Record<string, number | string | undefined>)[key]);
  return text as FieldText<S>;
}

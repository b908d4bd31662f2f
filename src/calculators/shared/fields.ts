/**
 * Field specifications shared by every calculator. A calculator declares its inputs once (name,
 * unit, range); the same table drives validation, the URL codec, scenario pins, CSV and the
 * island's form. Field names carry their unit (`spendYuan`, `marginPct`) and double as URL
 * parameter names.
 *
 * Validation here is hand-written and tiny because it ships in every calculator page; the zod
 * schema of the same specs (`field-schema.ts`) checks presets at build and, in a property test,
 * that both agree on every input.
 */

/**
 * Unit of a number field; decides the suffix shown beside the input and how text is read.
 * `months` is a duration (24 months), `month` a month of the plan (month 3), `ratio` the x of a
 * ROAS written 1:x (typed `3`, `1:3` or `1：3`).
 */
export type Unit = 'yuan' | 'percent' | 'months' | 'month' | 'ratio' | 'count';

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
  /**
   * A value that belongs to its preset (a comparison the preset makes, such as plan 002's "2.5
   * years"): cleared as soon as the reader edits anything else, unless the reader typed it. A
   * number the reader never looked at then cannot drive their answer. Optional fields only.
   */
  readonly presetOnly?: boolean;
  /** A percentage where 0.35 most likely means 35 %: the form asks "35%?". */
  readonly asksPercent?: boolean;
}

/** A choice among fixed options (radio buttons or a select). Options use no `~`, `*` or `_`. */
export interface ChoiceField<T extends string = string> {
  readonly type: 'choice';
  readonly options: readonly T[];
}

/** Free text (an item's name), control characters removed, at most `maxLength` characters. */
export interface TextField {
  readonly type: 'text';
  readonly maxLength: number;
}

/** A scalar field: anything but a list. */
export type ScalarSpec = NumberField | ChoiceField | TextField;
export type ScalarSpecs = Readonly<Record<string, ScalarSpec>>;

/**
 * A list of rows with the same fields (payback's upfront items, a team's agents). Rows travel in
 * the URL as repeated `<prefix>.<short>.<field>` parameters plus `<prefix>.<key>=<count>`.
 */
export interface ListField<I extends ScalarSpecs = ScalarSpecs> {
  readonly type: 'list';
  readonly item: I;
  readonly max: number;
  /** Parameter stem of the rows (`i` gives `pay.i.amountYuan`); defaults to the list's key. */
  readonly short?: string;
  /** Rules across a row's fields (a return month after the month paid), run once each field passes. */
  check?(row: FieldValues<I>): Partial<Record<keyof I & string, FieldError>>;
}

export type FieldSpec = ScalarSpec | ListField;
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** What the user typed, field by field: the form state. Never lost on bad input. */
export type FieldText<S extends FieldSpecs> = { [K in keyof S]: S[K] extends ListField<infer I> ? FieldText<I>[] : string };

/** Parsed, validated values: numbers (or undefined when optional and empty), choices, text, rows. */
export type FieldValues<S extends FieldSpecs> = {
  -readonly [K in keyof S]: S[K] extends ListField<infer I>
    ? FieldValues<I>[]
    : S[K] extends ChoiceField<infer T>
      ? T
      : S[K] extends TextField
        ? string
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
  extra: { readonly integer?: boolean; readonly optional?: O; readonly presetOnly?: boolean; readonly asksPercent?: boolean } = {},
): NumberField & { readonly optional: NoInfer<O> } {
  return { type: 'number', unit, min, max, ...extra, optional: (extra.optional ?? false) as O };
}

/** Builds a choice field spec. */
export function choiceField<T extends string>(options: readonly T[]): ChoiceField<T> {
  return { type: 'choice', options };
}

/** Builds a text field spec. */
export function textField(maxLength: number): TextField {
  return { type: 'text', maxLength };
}

/** Builds a list field spec. */
export function listField<I extends ScalarSpecs>(item: I, max: number, extra: Pick<ListField<I>, 'short' | 'check'> = {}): ListField<I> {
  return { type: 'list', item, max, ...extra };
}

const CN_DIGITS = '零一二三四五六七八九';
/** Multipliers written after a number: 8千, 1.2w, 5万, 十万, 3k. */
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, k: 1e3, 万: 1e4, w: 1e4, 亿: 1e8 };

/**
 * Reads an amount written with Chinese numerals or multipliers: 十万, 两万五, 8千, 1.2w, 3千5,
 * 1亿2000万. A digit after the last unit is read the way people say it (两万五 = 25,000, 三千五 =
 * 3,500, 十二 = 12). Anything else is NaN.
 */
function parseScaled(s: string): number {
  const tokens = s.match(/\d+(?:\.\d+)?|\.\d+|./g) ?? [];
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let lastUnit = 0;
  for (const t of tokens) {
    // 一千零五: 零 holds a place, and the digit after it counts as itself.
    if (t === '零') {
      lastUnit = 10;
      continue;
    }
    const digit = t === '两' ? 2 : CN_DIGITS.indexOf(t);
    const unit = UNITS[t];
    if (/\d/.test(t) || digit >= 0) {
      if (pending !== null) return Number.NaN;
      pending = digit >= 0 ? digit : Number(t);
    } else if (unit === undefined) {
      return Number.NaN;
    } else if (unit < 1e4) {
      section += (pending ?? 1) * unit;
      pending = null;
      lastUnit = unit;
    } else {
      if (pending === null && section === 0) return Number.NaN;
      total += (section + (pending ?? 0)) * unit;
      section = 0;
      pending = null;
      lastUnit = unit;
    }
  }
  if (pending !== null) section += lastUnit > 10 ? (pending * lastUnit) / 10 : pending;
  return total + section;
}

/**
 * Reads a number the way people type it on either edition: `12,000`, `12 000`, `１２０００`,
 * `¥12000`, `12000元`, `40%`, `40％`, and for amounts and counts `27万`, `8千`, `1.2w`, `十万`.
 * Empty text gives `undefined`, unreadable text `NaN`. Scientific notation (`1e5`) and European
 * decimals (`8.000,50`) are refused rather than guessed.
 */
export function parseNumberText(text: string, unit: Unit): number | undefined {
  if (/\.\d*,/.test(text)) return Number.NaN;
  const s = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\s,\uFF0C_']/g, '')
    .replace(/^([¥￥]|第|month)|(元|yuan|%|％|个月|月|months?)$/gi, '')
    .replace(unit === 'ratio' ? /^1[:：]/ : /^$/, '')
    .replace(/^[−－]/, '-')
    .toLowerCase();
  if (s === '') return undefined;
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return Number(s);
  if (unit !== 'yuan' && unit !== 'count') return Number.NaN;
  const n = parseScaled(s);
  // 1.1万 is 11000, not 11000.000000000002: round the scaled figure to the fen.
  return Math.round(n * 100) / 100;
}

/** Cleans a typed text: no control characters, trimmed, at most `max` characters. */
export function cleanText(text: string, max: number): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, max);
}

/** One field's verdict: its value, or the reason it was rejected. */
export type FieldResult = { readonly ok: true; readonly value: number | string | undefined } | { readonly ok: false; readonly error: FieldError };

/** Parses and validates the text of one scalar field. */
export function validateField(spec: ScalarSpec, text: string): FieldResult {
  if (spec.type === 'text') return { ok: true, value: cleanText(text, spec.maxLength) };
  if (spec.type === 'choice') return spec.options.includes(text) ? { ok: true, value: text } : { ok: false, error: 'choice' };
  const n = parseNumberText(text, spec.unit);
  if (n === undefined) return spec.optional ? { ok: true, value: undefined } : { ok: false, error: 'required' };
  // Infinity (a thousand digits) is a number too large, not an unreadable one.
  if (Number.isNaN(n)) return { ok: false, error: 'number' };
  if (!(n >= spec.min && n <= spec.max)) return { ok: false, error: 'range' };
  if (spec.integer && !Number.isInteger(n)) return { ok: false, error: 'integer' };
  return { ok: true, value: n };
}

/** Errors of a form, keyed by path: `revenueYuan`, or `items.2.amountYuan` for a row's field. */
export type FormErrors = Readonly<Record<string, FieldError>>;

/** Outcome of validating a whole form. */
export interface FormCheck<S extends FieldSpecs> {
  /** The values the result uses: each rejected field takes its value from `fallback`. */
  readonly values: FieldValues<S>;
  readonly errors: FormErrors;
}

/** Validates one list row; `null` when any field fails. */
export function validateRow<I extends ScalarSpecs>(list: ListField<I>, row: FieldText<I>, errors: Record<string, FieldError>, path: string): FieldValues<I> | null {
  const values: Record<string, unknown> = {};
  let ok = true;
  for (const key of Object.keys(list.item)) {
    const r = validateField(list.item[key]!, (row as Record<string, string>)[key] ?? '');
    if (r.ok) values[key] = r.value;
    else {
      errors[`${path}.${key}`] = r.error;
      ok = false;
    }
  }
  if (ok && list.check) {
    for (const [key, code] of Object.entries(list.check(values as FieldValues<I>))) {
      if (code) {
        errors[`${path}.${key}`] = code;
        ok = false;
      }
    }
  }
  return ok ? (values as FieldValues<I>) : null;
}

/**
 * Validates every field independently, so one bad field never blanks the others: a rejected
 * field, or a rejected row, keeps the value it had in `fallback` (the last committed values) and
 * is reported in `errors`. A new row that never passed is left out.
 */
export function validateForm<S extends FieldSpecs>(specs: S, text: FieldText<S>, fallback: FieldValues<S>): FormCheck<S> {
  const values: Record<string, unknown> = { ...fallback };
  const errors: Record<string, FieldError> = {};
  for (const key of Object.keys(specs)) {
    const spec = specs[key]!;
    const t = (text as Record<string, unknown>)[key];
    if (spec.type === 'list') {
      const old = ((fallback as Record<string, unknown>)[key] ?? []) as unknown[];
      values[key] = ((t ?? []) as FieldText<ScalarSpecs>[]).flatMap((row, i) => {
        const v = validateRow(spec, row, errors, `${key}.${i}`) ?? old[i];
        return v === undefined ? [] : [v];
      });
    } else {
      const r = validateField(spec, (t as string | undefined) ?? '');
      if (r.ok) values[key] = r.value;
      else errors[key] = r.error;
    }
  }
  return { values: values as FieldValues<S>, errors };
}

/** Canonical text of a value, as written into the URL and the form (`undefined` -> empty). */
export function valueText(value: number | string | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The text form of a set of values (to fill the form from a preset or a link). */
export function textOf<S extends FieldSpecs>(specs: S, values: FieldValues<S>): FieldText<S> {
  const text: Record<string, unknown> = {};
  for (const key of Object.keys(specs)) {
    const spec = specs[key]!;
    const v = (values as Record<string, unknown>)[key];
    text[key] = spec.type === 'list' ? (v as FieldValues<ScalarSpecs>[]).map((row) => textOf(spec.item, row)) : valueText(v as number | string | undefined);
  }
  return text as FieldText<S>;
}

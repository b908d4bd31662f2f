import {
  validateField,
  validateRow,
  validateForm,
  valueText,
  type FieldSpecs,
  type FieldText,
  type FieldValues,
  type ListField,
  type ScalarSpecs,
} from './fields';

/**
 * The URL query holds each calculator's state, so a copied link reproduces the calculation.
 * Parameters are namespaced by a short prefix (`roi.spendYuan`), so two calculators, or a
 * calculator and anything else, can share a page without colliding. The same names are the
 * `name` attributes of the form fields, so a plain `<form method="get">` writes this format too.
 *
 * - scalar fields: `<prefix>.<field>=<value>`;
 * - list fields: `<prefix>.<list>=<rows>` and, per row, repeated `<prefix>.<short>.<field>`;
 * - pinned scenarios: repeated `<prefix>.pin=<scenario>` (see encodeScenario).
 */

/** The query parameter name of a field. */
export function paramName(prefix: string, key: string): string {
  return `${prefix}.${key}`;
}

/** Parameter name of a list row's field: `pay.i.amountYuan`. */
export function rowParam(prefix: string, key: string, list: ListField, itemKey: string): string {
  return paramName(prefix, `${list.short ?? key}.${itemKey}`);
}

/** True when the query carries at least one parameter of this calculator. */
export function hasParams(params: URLSearchParams, prefix: string): boolean {
  for (const key of params.keys()) if (key.startsWith(`${prefix}.`)) return true;
  return false;
}

/** A parameter that could not be read; its field fell back to the default. */
export interface RejectedParam {
  readonly field: string;
  readonly raw: string;
}

/** The form text restored from a query, and what had to be left out. */
export interface QueryState<S extends FieldSpecs> {
  readonly text: FieldText<S>;
  readonly rejected: readonly RejectedParam[];
  /** Rows (1-based, per list) that do not validate, or lie past the list's maximum. */
  readonly rejectedRows: readonly { readonly list: string; readonly row: number }[];
}

function isBlank(item: ScalarSpecs, row: Record<string, string>): boolean {
  return Object.keys(item).every((k) => item[k]!.type === 'choice' || (row[k] ?? '').trim() === '');
}

/**
 * Restores form text from a query. Each scalar field is checked on its own: a malformed or
 * out-of-range parameter falls back to `defaults` for that field only and is listed in
 * `rejected`. A list given in the query replaces the default rows; a row that does not validate is
 * kept as text (the form marks it) and listed in `rejectedRows`; blank rows are skipped.
 */
export function readParams<S extends FieldSpecs>(params: URLSearchParams, prefix: string, specs: S, defaults: FieldText<S>): QueryState<S> {
  const text = { ...defaults } as Record<string, unknown>;
  const rejected: RejectedParam[] = [];
  const rejectedRows: { list: string; row: number }[] = [];
  for (const key of Object.keys(specs)) {
    const spec = specs[key]!;
    if (spec.type === 'list') {
      const keys = Object.keys(spec.item);
      const columns = keys.map((k) => params.getAll(rowParam(prefix, key, spec, k)));
      const count = Math.max(0, ...columns.map((c) => c.length));
      if (!params.has(paramName(prefix, key)) && count === 0) continue;
      const rows: Record<string, string>[] = [];
      for (let i = 0; i < count; i++) {
        const row = Object.fromEntries(keys.map((k, j) => [k, columns[j]![i] ?? '']));
        if (isBlank(spec.item, row)) continue;
        if (rows.length >= spec.max) {
          rejectedRows.push({ list: key, row: rows.length + rejectedRows.length + 1 });
          continue;
        }
        rows.push(row);
        if (validateRow(spec, row, {}, '') === null) rejectedRows.push({ list: key, row: rows.length });
      }
      text[key] = rows;
      continue;
    }
    const raw = params.get(paramName(prefix, key));
    if (raw === null) continue;
    const verdict = validateField(spec, raw);
    if (verdict.ok) text[key] = valueText(verdict.value);
    else rejected.push({ field: key, raw });
  }
  return { text: text as FieldText<S>, rejected, rejectedRows };
}

/**
 * Writes values into a copy of `base`, replacing every parameter of this calculator and keeping
 * everyone else's. Every field is written, empty optional ones as `key=`, so a cleared field
 * survives the round trip instead of reverting to its default. Pins follow the fields.
 */
export function writeParams<S extends FieldSpecs>(
  base: URLSearchParams,
  prefix: string,
  specs: S,
  values: FieldValues<S>,
  pins: readonly FieldValues<S>[] = [],
): URLSearchParams {
  const next = withoutPrefix(base, prefix);
  const lists: [string, ListField][] = [];
  for (const key of Object.keys(specs)) {
    const spec = specs[key]!;
    const v = (values as Record<string, unknown>)[key];
    if (spec.type === 'list') {
      next.append(paramName(prefix, key), String((v as unknown[]).length));
      lists.push([key, spec]);
    } else next.append(paramName(prefix, key), valueText(v as number | string | undefined));
  }
  for (const [key, spec] of lists) {
    for (const row of (values as Record<string, Record<string, number | string | undefined>[]>)[key]!) {
      for (const k of Object.keys(spec.item)) next.append(rowParam(prefix, key, spec, k), valueText(row[k]));
    }
  }
  for (const pin of pins) next.append(paramName(prefix, 'pin'), encodeScenario(specs, pin));
  return next;
}

/** A copy of `params` without this calculator's parameters (what "reset" leaves behind). */
export function withoutPrefix(params: URLSearchParams, prefix: string): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith(`${prefix}.`)) next.append(key, value);
  return next;
}

/** Page-relative URL for `history.replaceState`: path, the new query and a `#hash`. */
export function composeUrl(pathname: string, params: URLSearchParams, hash: string): string {
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/**
 * A whole scenario in one parameter value, fields in the order of the specs: `~` between fields,
 * `*` between a list's rows, `_` between a row's fields (`10000~gmv~40~…`). Text fields lose those
 * three characters (replaced by a space); numbers and choices never contain them.
 */
export function encodeScenario<S extends FieldSpecs>(specs: S, values: FieldValues<S>): string {
  const clean = (v: number | string | undefined) => valueText(v).replace(/[~*_]/g, ' ');
  return Object.keys(specs)
    .map((key) => {
      const spec = specs[key]!;
      const v = (values as Record<string, unknown>)[key];
      if (spec.type !== 'list') return clean(v as number | string | undefined);
      return (v as Record<string, number | string | undefined>[]).map((row) => Object.keys(spec.item).map((k) => clean(row[k])).join('_')).join('*');
    })
    .join('~');
}

/**
 * Reads a scenario written by encodeScenario and validates it against the specs; `null` when it
 * does not have the right shape or any field fails (a pin is used whole or not at all).
 */
export function decodeScenario<S extends FieldSpecs>(specs: S, encoded: string, fallback: FieldValues<S>): FieldValues<S> | null {
  const parts = encoded.split('~');
  const keys = Object.keys(specs);
  if (parts.length !== keys.length) return null;
  const text: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    const spec = specs[key]!;
    const part = parts[i]!;
    if (spec.type !== 'list') text[key] = part;
    else {
      const itemKeys = Object.keys(spec.item);
      text[key] = (part === '' ? [] : part.split('*')).map((row) => {
        const cells = row.split('_');
        return Object.fromEntries(itemKeys.map((k, j) => [k, cells[j] ?? '']));
      });
    }
  });
  const lists = keys.filter((k) => specs[k]!.type === 'list');
  const check = validateForm(specs, text as FieldText<S>, { ...fallback, ...Object.fromEntries(lists.map((k) => [k, []])) });
  if (Object.keys(check.errors).length > 0) return null;
  if (lists.some((k) => ((check.values as Record<string, unknown[]>)[k]!.length > (specs[k] as ListField).max))) return null;
  return check.values;
}

/** The pins of a query that can be read (at most `max`), and how many could not. */
export function readPins<S extends FieldSpecs>(params: URLSearchParams, prefix: string, specs: S, fallback: FieldValues<S>, max: number): { pins: FieldValues<S>[]; bad: number } {
  const pins: FieldValues<S>[] = [];
  let bad = 0;
  for (const raw of params.getAll(paramName(prefix, 'pin'))) {
    const v = pins.length < max ? decodeScenario(specs, raw, fallback) : null;
    if (v) pins.push(v);
    else bad++;
  }
  return { pins, bad };
}

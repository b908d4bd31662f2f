import { type FieldSpecs, type FieldText, type FieldValues, validateField, valueText } from './fields';

/**
 * The URL query holds each calculator's state, so a copied link reproduces the calculation.
 * Parameters are namespaced by a short prefix (`roi.spendYuan`), so two calculators, or a
 * calculator and anything else, can share a page without colliding. The same names are the
 * `name` attributes of the form fields, so a plain `<form method="get">` writes this format too.
 */

/** The query parameter name of a field. */
export function paramName(prefix: string, key: string): string {
  return `${prefix}.${key}`;
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

/** The form text restored from a query, and the parameters that were rejected. */
export interface QueryState<S extends FieldSpecs> {
  readonly text: FieldText<S>;
  readonly rejected: readonly RejectedParam[];
}

/**
 * Restores form text from a query. Each field is checked on its own: a malformed or
 * out-of-range parameter falls back to `defaults` for that field only and is listed in
 * `rejected`, so the island can say so; absent parameters take the default silently.
 */
export function readParams<S extends FieldSpecs>(params: URLSearchParams, prefix: string, specs: S, defaults: FieldText<S>): QueryState<S> {
  const text = { ...defaults } as Record<string, string>;
  const rejected: RejectedParam[] = [];
  for (const key of Object.keys(specs)) {
    const raw = params.get(paramName(prefix, key));
    if (raw === null) continue;
    const verdict = validateField(specs[key]!, raw);
    if (verdict.ok) text[key] = valueText(verdict.value);
    else rejected.push({ field: key, raw });
  }
  return { text: text as FieldText<S>, rejected };
}

/**
 * Writes values into a copy of `base`, replacing every parameter of this calculator and keeping
 * everyone else's. Every field is written, empty optional ones as `key=`, so a cleared field
 * survives the round trip instead of reverting to its default.
 */
export function writeParams<S extends FieldSpecs>(base: URLSearchParams, prefix: string, specs: S, values: FieldValues<S>): URLSearchParams {
  const next = withoutPrefix(base, prefix);
  for (const key of Object.keys(specs)) {
    next.append(paramName(prefix, key), valueText((values as Record<string, number | string | undefined>)[key]));
  }
  return next;
}

/** A copy of `params` without this calculator's parameters (what "reset" leaves behind). */
export function withoutPrefix(params: URLSearchParams, prefix: string): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith(`${prefix}.`)) next.append(key, value);
  return next;
}

/** Page-relative URL for `history.replaceState`: path, the new query and the page's `#hash`. */
export function composeUrl(pathname: string, params: URLSearchParams, hash: string): string {
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

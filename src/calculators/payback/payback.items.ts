import { validateField, valueText, type FieldError, type FieldText } from '../shared/fields';
import { paramName } from '../shared/url-state';
import { itemFields, maxItems, type UpfrontItem } from './payback.schema';

/**
 * Upfront items as form text and as query parameters. Items travel as parallel repeated
 * parameters (`pay.i.name`, `pay.i.amountYuan`, `pay.i.month`, `pay.i.returns`,
 * `pay.i.returnMonth`), which is exactly what a `<form method="get">` with one row of inputs per
 * item submits. `pay.items` marks that the query lists the items, so an empty list survives.
 */

/** The text of one item row as typed. */
export type ItemText = FieldText<typeof itemFields> & { name: string };

/** Per-field errors of one row. */
export type ItemErrors = Partial<Record<keyof typeof itemFields, FieldError>>;

/** Longest item name kept. */
export const maxItemNameLength = 60;

const itemKeys = ['name', ...(Object.keys(itemFields) as (keyof typeof itemFields)[])] as const;

/** Marker parameter: present when the query lists the items (possibly none). */
export function itemsMarker(prefix: string): string {
  return paramName(prefix, 'items');
}

/** Parameter name of an item field: `pay.i.amountYuan`. */
export function itemParam(prefix: string, key: string): string {
  return paramName(prefix, `i.${key}`);
}

/** A row with nothing in it: skipped, not an error (the no-JS form always offers one). */
export function isBlankRow(text: ItemText): boolean {
  return text.amountYuan.trim() === '' && text.name.trim() === '';
}

/** Cleans a typed name: no control characters, at most `maxItemNameLength` characters. */
export function cleanName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, maxItemNameLength);
}

/**
 * Validates one item row: each field against `itemFields`, plus the rule that an item coming
 * back "in month" needs a return month after the month it is paid.
 */
export function validateItem(text: ItemText): { ok: true; item: UpfrontItem } | { ok: false; errors: ItemErrors } {
  const errors: ItemErrors = {};
  const values: Record<string, unknown> = { name: cleanName(text.name) };
  for (const key of Object.keys(itemFields) as (keyof typeof itemFields)[]) {
    const r = validateField(itemFields[key], text[key]);
    if (r.ok) values[key] = r.value;
    else errors[key] = r.error;
  }
  if (values['returns'] === 'month' && !errors.returnMonth) {
    if (values['returnMonth'] === undefined) errors.returnMonth = 'required';
    else if (typeof values['month'] === 'number' && (values['returnMonth'] as number) <= values['month']) errors.returnMonth = 'after';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, item: values as unknown as UpfrontItem };
}

/** The text of an item (to fill the form). */
export function itemText(item: UpfrontItem): ItemText {
  return {
    name: item.name,
    amountYuan: valueText(item.amountYuan),
    month: valueText(item.month),
    returns: item.returns,
    returnMonth: valueText(item.returnMonth),
  };
}

/** Item rows read from a query: `null` when the query does not list items. */
export interface ItemsFromQuery {
  /** Every row as text (blank rows skipped), readable or not: nothing from the link is lost. */
  readonly rows: ItemText[] | null;
  /** The rows that validate, in order: what the calculation uses. */
  readonly items: UpfrontItem[];
  /** 1-based positions (among `rows`) of rows that do not validate, and rows past `maxItems`. */
  readonly rejectedRows: number[];
}

/**
 * Reads the item rows of a query. A row that fails validation is kept as text (the island shows
 * it with its fields marked) but left out of `items`; rows beyond `maxItems` are dropped.
 */
export function readItems(params: URLSearchParams, prefix: string): ItemsFromQuery {
  const columns = Object.fromEntries(itemKeys.map((k) => [k, params.getAll(itemParam(prefix, k))])) as Record<(typeof itemKeys)[number], string[]>;
  const count = Math.max(...itemKeys.map((k) => columns[k].length));
  if (!params.has(itemsMarker(prefix)) && count === 0) return { rows: null, items: [], rejectedRows: [] };
  const rows: ItemText[] = [];
  const items: UpfrontItem[] = [];
  const rejectedRows: number[] = [];
  let position = 0;
  for (let i = 0; i < count; i++) {
    const text = Object.fromEntries(itemKeys.map((k) => [k, columns[k][i] ?? ''])) as ItemText;
    if (isBlankRow(text)) continue;
    position++;
    if (position > maxItems) {
      rejectedRows.push(position);
      continue;
    }
    text.name = cleanName(text.name);
    rows.push(text);
    const verdict = validateItem(text);
    if (verdict.ok) items.push(verdict.item);
    else rejectedRows.push(position);
  }
  return { rows, items, rejectedRows };
}

/** Appends the items (and the marker) to `params`, which should hold no item parameters yet. */
export function appendItems(params: URLSearchParams, prefix: string, items: readonly UpfrontItem[]): URLSearchParams {
  params.set(itemsMarker(prefix), String(items.length));
  for (const item of items) {
    const text = itemText(item);
    for (const key of itemKeys) params.append(itemParam(prefix, key), text[key]);
  }
  return params;
}

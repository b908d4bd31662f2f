/**
 * Templates: the structures the playbooks describe (job descriptions, CS roster, daily KPI sheet …)
 * as portable tables. One module per template holds its data in both languages; the templates page
 * renders it (src/components/templates/TemplateSheet.astro) and an endpoint writes the same rows as a
 * CSV at build (src/pages/templates/[id].csv.ts, src/pages/en/templates/[id].csv.ts), so the page
 * and the download cannot drift apart. Pure TypeScript: no DOM, no node:, no Astro.
 */
import type { SeedId } from '../lib/seeds';
import type { Locale } from '../i18n/locales';
import { toCsv, type CsvCell } from '../lib/csv';

/** A text in both editions. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** One cell: a text, a number (printed grouped on the page, plain in the CSV), or empty. */
export type Cell = Text | number | null;

/** A source plan, cited once per template (under the table, never inside the copyable text). */
export interface TemplateSource {
  readonly seed: SeedId;
  readonly part?: string;
}

export interface TemplateColumn {
  readonly label: Text;
  /** Editions that show this column (default both), e.g. an English gloss beside Chinese scripts. */
  readonly only?: Locale;
}

export interface TemplateDef {
  /** ASCII kebab-case: the CSV's file name and the section's anchor on /templates/. */
  readonly id: string;
  /** Short name: the download's file name in Chinese and the link label. */
  readonly title: Text;
  readonly columns: readonly TemplateColumn[];
  /** Rows with one cell per column, in column order (cells of columns hidden in an edition are dropped). */
  readonly rows: readonly (readonly Cell[])[];
  /** Extra empty rows on the printed sheet, for filling in by hand (not written to the CSV). */
  readonly blankRows?: number;
  /** The plans the structure comes from. */
  readonly sources: readonly TemplateSource[];
  /** One line under the table: what the example rows are, how to compute a column. */
  readonly note?: Text;
}

/** The rendered table of one edition: header labels and rows of cells (numbers stay numbers). */
export interface TemplateTable {
  readonly headers: string[];
  readonly rows: (string | number)[][];
}

function textOf(cell: Cell, locale: Locale): string | number {
  if (cell === null) return '';
  if (typeof cell === 'number') return cell;
  return locale === 'en' ? cell.en : cell.zh;
}

/** The table one edition shows and downloads: its columns, its rows, the same data. */
export function templateTable(def: TemplateDef, locale: Locale): TemplateTable {
  const keep = def.columns.map((c) => c.only === undefined || c.only === locale);
  return {
    headers: def.columns.filter((_, i) => keep[i]).map((c) => (locale === 'en' ? c.label.en : c.label.zh)),
    rows: def.rows.map((row) => row.filter((_, i) => keep[i]).map((cell) => textOf(cell, locale))),
  };
}

/** The CSV of one edition: UTF-8 with a BOM (Excel opens Chinese intact), header row first. */
export function templateCsv(def: TemplateDef, locale: Locale): string {
  const { headers, rows } = templateTable(def, locale);
  return toCsv([headers, ...rows] as CsvCell[][]);
}

/** Shorthand for a text cell in both languages. */
export function t(zh: string, en: string): Text {
  return { zh, en };
}

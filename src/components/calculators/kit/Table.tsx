import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { toCsv, type CsvCell } from '../../../lib/csv';
import { fill } from './format';
import type { CommonLabels } from './labels.en';

/** A table cell: text, or display text with the raw value its CSV carries (`cell('¥1,200', 1200)`). */
export type Cell = string | { readonly t: string; readonly v: CsvCell };
export const cell = (t: string, v: CsvCell): Cell => ({ t, v });
const text = (c: Cell) => (typeof c === 'string' ? c : c.t);
const raw = (c: Cell): CsvCell => (typeof c === 'string' ? c : c.v);

/** Saves rows as a UTF-8 CSV with a byte-order mark (src/lib/csv.ts), named `<name>.csv`. */
export function downloadCsv(name: string, rows: readonly (readonly Cell[])[]): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows.map((r) => r.map(raw)))], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface TableProps {
  /** Element id, and the CSV's file name. */
  id: string;
  caption: string;
  head?: readonly Cell[] | undefined;
  rows: readonly (readonly Cell[])[];
  foot?: readonly (readonly Cell[])[] | undefined;
  C: CommonLabels;
  /** Class of each body cell, by row and column (a sensitivity table's tones). */
  tone?: ((row: number, col: number) => string | undefined) | undefined;
  /** False where there is nothing worth downloading. */
  csv?: boolean;
}

/**
 * A result table: the first cell of each row is its header, numbers (cells with a numeric raw
 * value) align right, a narrow screen scrolls the table rather than the page, and a button
 * downloads exactly these rows (raw numbers, not formatted text) as CSV.
 */
export function Table({ id, caption, head, rows, foot, C, tone, csv = true }: TableProps) {
  const td = (c: Cell, j: number, cls?: string) => {
    const num = typeof raw(c) === 'number' ? 'num' : undefined;
    const className = [num, cls].filter(Boolean).join(' ') || undefined;
    return j === 0 ? (
      <th key={j} scope="row" class={className}>
        {text(c)}
      </th>
    ) : (
      <td key={j} class={className}>
        {text(c)}
      </td>
    );
  };
  return (
    <div class="calc-table-block">
      <div class="calc-table-wrap" tabIndex={0} role="group" aria-label={caption}>
        <table class="calc-table" id={id}>
          <caption>{caption}</caption>
          {head && (
            <thead>
              <tr>
                {head.map((h, j) => (
                  <th key={j} scope="col" class={j > 0 ? 'num' : undefined}>
                    {text(h)}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => td(c, j, j > 0 ? tone?.(i, j - 1) : undefined))}</tr>
            ))}
          </tbody>
          {foot && (
            <tfoot>
              {foot.map((r, i) => (
                <tr key={i}>{r.map((c, j) => td(c, j))}</tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
      {csv && (
        <button type="button" class="calc-button calc-csv" aria-label={fill(C.csvOf, { caption })} onClick={() => downloadCsv(id, [...(head ? [head] : []), ...rows, ...(foot ?? [])])}>
          {C.csv}
        </button>
      )}
    </div>
  );
}

/** Values of a sensitivity axis: fixed steps and the reader's own value, in order, within limits. */
export function axis(own: number, steps: readonly number[], lo: number, hi: number): number[] {
  return [...new Set([...steps, own].map((x) => Math.round(x * 100) / 100))].filter((x) => x >= lo && x <= hi).sort((a, b) => a - b);
}

export interface SensitivityProps {
  id: string;
  caption: string;
  /** Header of the row labels' column ("Gross margin \\ refund rate"). */
  corner: string;
  rows: readonly { label: string; value: number }[];
  cols: readonly { label: string; value: number }[];
  /** The result at a row and column value, or null where there is none (never breaks even). */
  at: (row: number, col: number) => number | null;
  format: (x: number) => string;
  /** Text for a cell without a result. */
  none: string;
  /** Tone 0 (good) to 3 (bad) of a result: colour is an extra, the numbers carry the meaning. */
  toneOf: (x: number | null) => 0 | 1 | 2 | 3;
  /** Indices of the reader's own row and column, marked "(now)". */
  current: readonly [number, number];
  C: CommonLabels;
}

/**
 * A two-way table of one result over two inputs: readable as a table, tinted as an extra; folded
 * under its caption until opened (see Fold).
 */
export function Sensitivity(p: SensitivityProps) {
  return <Fold summary={p.caption}>{() => <SensitivityTable {...p} />}</Fold>;
}

function SensitivityTable(p: SensitivityProps) {
  const grid = p.rows.map((r) => p.cols.map((c) => p.at(r.value, c.value)));
  const rows = p.rows.map((r, i) => [
    r.label,
    ...grid[i]!.map((x, j) => {
      const now = i === p.current[0] && j === p.current[1] ? ` ${p.C.current}` : '';
      return cell(`${x === null ? p.none : p.format(x)}${now}`, x === null ? '' : Math.round(x * 10_000) / 10_000);
    }),
  ]);
  return (
    <Table
      id={p.id}
      caption={p.caption}
      head={[p.corner, ...p.cols.map((c) => c.label)]}
      rows={rows}
      C={p.C}
      tone={(i, j) => `calc-tone-${p.toneOf(grid[i]![j]!)}${i === p.current[0] && j === p.current[1] ? ' calc-now' : ''}`}
    />
  );
}

/**
 * A secondary block of results (a sensitivity table, the month-by-month table) behind its summary
 * line, built only once opened or when the page is printed: it costs the page's HTML nothing until
 * the reader wants it, and the results column stays short enough to keep in view.
 */
export function Fold({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const print = () => setOpen(true);
    window.addEventListener('beforeprint', print);
    return () => window.removeEventListener('beforeprint', print);
  }, []);
  return (
    <details class="calc-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

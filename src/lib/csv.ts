/**
 * CSV the way Excel and WPS open it with Chinese intact: UTF-8 with a byte-order mark, CRLF line
 * ends, every field quoted when it holds a comma, quote, line break or leading/trailing space.
 * Used by the calculators' "download CSV" (in the browser) and by the templates written at build,
 * so both produce the same format. No DOM, no node: runs in either place.
 */

/** One cell: text or a number (numbers are written as plain digits, no grouping). */
export type CsvCell = string | number;

const BOM = '\uFEFF';

function cell(value: CsvCell): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection): prefix a quote.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the first is usually the header) to a CSV document with a BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Parses a CSV document written by toCsv (or any RFC 4180 CSV) back to rows of strings; a
 * leading BOM is dropped. For tests and for checking generated files.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv';

describe('toCsv', () => {
  test('starts with a BOM, ends rows with CRLF, quotes what needs quoting', () => {
    const csv = toCsv([
      ['岗位', '月薪（元）', 'note'],
      ['客服', 2000, 'a, b'],
      ['主管', 2500, 'say "hi"'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('岗位,月薪（元）,note\r\n客服,2000,"a, b"\r\n主管,2500,"say ""hi"""\r\n');
  });

  test('a cell a spreadsheet would run as a formula is written as text', () => {
    expect(parseCsv(toCsv([['=1+1', '-5', '@x']]))).toEqual([["'=1+1", '-5', "'@x"]]);
  });

  test('numbers that are not finite are written empty, never NaN', () => {
    expect(parseCsv(toCsv([[NaN, Infinity, 1.5]]))).toEqual([['', '', '1.5']]);
  });
});

test('parseCsv reads back any table toCsv writes (property)', () => {
  const safeText = fc.string().filter((s) => !/^[=+\-@]/.test(s));
  fc.assert(
    fc.property(fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
      expect(parseCsv(toCsv(rows))).toEqual(rows);
    }),
  );
});

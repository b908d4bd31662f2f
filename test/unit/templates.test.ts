/**
 * The templates' data (src/templates/): every row fits its columns in both editions, the text meant
 * to be copied carries no citation marks, the CSV reads back to the same table, and the cash-flow
 * example is the payback calculator's own reading A of 002 篇六.
 */
import { describe, expect, test } from 'vitest';
import { templates, templateCsv, templateTable, type TemplateDef } from '../../src/templates';
import type { Cell } from '../../src/templates/template';
import { parseCsv } from '../../src/lib/csv';
import { seeds } from '../../src/lib/seeds';
import { figureValue } from '../../src/lib/figures';
import { localeCodes } from '../../src/i18n/locales';

const byId = (id: string) => templates.find((x) => x.id === id)!;

test('ids are unique ASCII kebab-case (they are anchors and file names)', () => {
  const ids = templates.map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

describe.each(templates.map((x) => [x.id, x] as const))('%s', (_id, def: TemplateDef) => {
  test('names real source plans and parts', () => {
    expect(def.sources.length).toBeGreaterThan(0);
    for (const s of def.sources) if (s.part !== undefined) expect(seeds[s.seed].parts).toContain(s.part);
  });

  test('every row has one cell per column', () => {
    for (const row of def.rows) expect(row.length).toBe(def.columns.length);
  });

  test.each(localeCodes)('%s: headers are filled and distinct, every text shown is written', (locale) => {
    const { headers, rows } = templateTable(def, locale);
    expect(headers.every((h) => h.trim().length > 0)).toBe(true);
    expect(new Set(headers).size).toBe(headers.length);
    const shown = def.columns.map((c) => c.only === undefined || c.only === locale);
    def.rows.forEach((row) =>
      row.forEach((cell: Cell, i) => {
        if (shown[i] && cell !== null && typeof cell === 'object') expect(cell[locale === 'en' ? 'en' : 'zh'].trim(), `${def.id} column ${i}`).not.toBe('');
      }),
    );
    for (const row of rows) expect(row.length).toBe(headers.length);
  });

  test('the text meant to be copied carries no citation marks', () => {
    const cells = localeCodes.flatMap((l) => templateTable(def, l).rows.flat().filter((c): c is string => typeof c === 'string'));
    const marked = cells.filter((c) => /<Src|\b00[0-4]\s*·|\b00[0-4]\s*(篇|part\s*\d)/.test(c));
    expect(marked).toEqual([]);
  });

  test.each(localeCodes)('%s: the CSV reads back to the same table', (locale) => {
    const { headers, rows } = templateTable(def, locale);
    const csv = templateCsv(def, locale);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)).toEqual([headers, ...rows.map((r) => r.map(String))]);
  });
});

test('Chinese headers differ from the English ones (the editions are really localised)', () => {
  for (const def of templates) {
    const zh = templateTable(def, 'zh-CN').headers;
    const en = templateTable(def, 'en').headers;
    expect(zh.some((h, i) => h !== en[i]), def.id).toBe(true);
    expect(zh.join('')).toMatch(/[\u4e00-\u9fff]/);
  }
});

describe('cash-flow: 002 篇六 in reading A, from the payback calculator', () => {
  const { rows } = templateTable(byId('cash-flow'), 'zh-CN');
  const num = (r: (string | number)[], i: number) => r[i] as number;
  const [month, spent, deposits, back, operating, net, cumulative] = [0, 1, 2, 3, 4, 5, 6];

  test('months run 1, 2, 3 … and each net is back − spent − deposits + operating profit', () => {
    rows.forEach((r, i) => {
      expect(num(r, month)).toBe(i + 1);
      expect(num(r, net)).toBeCloseTo(num(r, back) - num(r, spent) - num(r, deposits) + num(r, operating), 6);
    });
  });

  test('the cumulative column is the running sum of the net column', () => {
    let total = 0;
    for (const r of rows) {
      total += num(r, net);
      expect(num(r, cumulative)).toBeCloseTo(total, 6);
    }
  });

  test('002 篇六: the 160,000 Tmall deposit in month 2 and the 400,000 for 聚划算 in month 8 are deposits, not spending', () => {
    expect(num(rows[1]!, deposits)).toBe(160_000);
    expect(num(rows[7]!, deposits)).toBe(400_000);
    expect(num(rows[8]!, back)).toBe(400_000);
    // 270,650 in total, less the deposit: 110,650 of hardware and early salaries, spent in months 3 and 7.
    expect(rows.reduce((s, r) => s + num(r, spent), 0)).toBe(110_650);
  });

  test('the sheet stops in the month the cumulative cash is back above zero', () => {
    const last = rows.at(-1)!;
    const before = rows.at(-2)!;
    expect(num(last, cumulative)).toBeGreaterThanOrEqual(0);
    expect(num(before, cumulative)).toBeLessThan(0);
  });

  test('its deepest point is the month-8 cash need the pages quote (570,650, <Num of="paybackA.troughYuan">)', () => {
    // Lump sums move at the start of a month: the low of month 8 is its cumulative before that month's profit.
    const low = Math.min(...rows.map((r) => num(r, cumulative) - num(r, operating)));
    expect(-low).toBe(figureValue('paybackA.troughYuan').value);
    expect(-low).toBe(570_650);
  });
});

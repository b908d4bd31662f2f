import { describe, expect, test } from 'vitest';
import { fieldSchema, numberField, choiceField, parseNumberText, validateField, validateForm, textOf } from '../../../src/calculators/shared/fields';

describe('parseNumberText', () => {
  test.each([
    ['12000', 'yuan', 12_000],
    ['12,000', 'yuan', 12_000],
    ['12 000', 'yuan', 12_000],
    ['１２０００', 'yuan', 12_000],
    ['１２，０００', 'yuan', 12_000],
    ['¥12000', 'yuan', 12_000],
    ['12000元', 'yuan', 12_000],
    ['27万', 'yuan', 270_000],
    ['1.1万', 'yuan', 11_000],
    ['40%', 'percent', 40],
    ['40％', 'percent', 40],
    ['4.5', 'percent', 4.5],
    ['.5', 'percent', 0.5],
    ['-5', 'percent', -5],
    ['1e3', 'count', 1000],
  ] as const)('%s (%s) reads as %d', (text, unit, expected) => {
    expect(parseNumberText(text, unit)).toBe(expected);
  });

  test.each([['abc'], ['0x10'], ['1.2.3'], ['12万'], ['--1'], ['Infinity']])('%s is unreadable in a percent field', (text) => {
    expect(parseNumberText(text, 'percent')).toBeNaN();
  });

  test('empty text is undefined, not 0', () => {
    expect(parseNumberText('  ', 'yuan')).toBeUndefined();
  });
});

describe('validateField', () => {
  const pct = numberField('percent', 0, 100);
  const months = numberField('months', 1, 120, { integer: true });
  const optional = numberField('yuan', 0, 10, { optional: true });
  test.each([
    [pct, '', { ok: false, error: 'required' }],
    [pct, 'x', { ok: false, error: 'number' }],
    [pct, '101', { ok: false, error: 'range' }],
    [pct, '-1', { ok: false, error: 'range' }],
    [pct, '40', { ok: true, value: 40 }],
    [months, '2.5', { ok: false, error: 'integer' }],
    [months, '0', { ok: false, error: 'range' }],
    [months, '12', { ok: true, value: 12 }],
    [optional, '', { ok: true, value: undefined }],
    [optional, 'x', { ok: false, error: 'number' }],
    [choiceField(['a', 'b']), 'c', { ok: false, error: 'choice' }],
    [choiceField(['a', 'b']), 'b', { ok: true, value: 'b' }],
  ] as const)('%o with %j', (spec, text, expected) => {
    expect(validateField(spec, text)).toEqual(expected);
  });

  test('the schema is zod: it rejects NaN and Infinity', () => {
    expect(fieldSchema(pct).safeParse(Number.NaN).success).toBe(false);
    expect(fieldSchema(pct).safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });
});

describe('validateForm', () => {
  const specs = { a: numberField('yuan', 0, 100), b: numberField('percent', 0, 100) } as const;
  test('a bad field keeps its previous value and does not touch the others', () => {
    const check = validateForm(specs, { a: 'oops', b: '30' }, { a: 5, b: 10 });
    expect(check.values).toEqual({ a: 5, b: 30 });
    expect(check.errors).toEqual({ a: 'number' });
  });
  test('textOf is the inverse of validateForm on valid values', () => {
    const values = { a: 12.5, b: 0 };
    expect(validateForm(specs, textOf(specs, values), { a: 0, b: 0 }).values).toEqual(values);
  });
});

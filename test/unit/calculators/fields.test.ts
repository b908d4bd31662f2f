import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { choiceField, listField, numberField, parseNumberText, textField, textOf, validateField, validateForm, type ScalarSpec } from '../../../src/calculators/shared/fields';
import { assertPresets, fieldSchema, zodVerdict } from '../../../src/calculators/shared/field-schema';

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
    // The usability test's persona 3 typed these and got 8, or an error (finding 4).
    ['8千', 'yuan', 8_000],
    ['十万', 'yuan', 100_000],
    ['1.2w', 'yuan', 12_000],
    ['1.2W', 'yuan', 12_000],
    ['3k', 'yuan', 3_000],
    ['两万五', 'yuan', 25_000],
    ['三千五', 'yuan', 3_500],
    ['一千零五', 'yuan', 1_005],
    ['二十五万', 'yuan', 250_000],
    ['1亿2000万', 'yuan', 120_000_000],
    ['5万元', 'yuan', 50_000],
    ['5万', 'count', 50_000],
    ['40%', 'percent', 40],
    ['40％', 'percent', 40],
    ['4.5', 'percent', 4.5],
    ['.5', 'percent', 0.5],
    ['-5', 'percent', -5],
    ['−5', 'percent', -5],
    ['24个月', 'months', 24],
  ] as const)('%s (%s) reads as %d', (text, unit, expected) => {
    expect(parseNumberText(text, unit)).toBe(expected);
  });

  test.each([
    ['abc', 'percent'],
    ['0x10', 'percent'],
    ['1.2.3', 'percent'],
    ['12万', 'percent'],
    ['--1', 'percent'],
    ['Infinity', 'percent'],
    // Scientific notation is refused: 1e309 typed key by key passed through 1e3 = 1,000 (finding 4).
    ['1e3', 'yuan'],
    ['1e309', 'yuan'],
    ['8.000,50', 'yuan'],
    ['万', 'yuan'],
    ['5万万x', 'yuan'],
    ['<script>', 'yuan'],
  ] as const)('%s is unreadable in a %s field', (text, unit) => {
    expect(parseNumberText(text, unit)).toBeNaN();
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
    [pct, '150', { ok: false, error: 'range' }],
    [pct, '-1', { ok: false, error: 'range' }],
    [pct, '40', { ok: true, value: 40 }],
    [pct, '9'.repeat(400), { ok: false, error: 'range' }],
    [months, '2.5', { ok: false, error: 'integer' }],
    [months, '0', { ok: false, error: 'range' }],
    [months, '12', { ok: true, value: 12 }],
    [optional, '', { ok: true, value: undefined }],
    [optional, 'x', { ok: false, error: 'number' }],
    [choiceField(['a', 'b']), 'c', { ok: false, error: 'choice' }],
    [choiceField(['a', 'b']), 'b', { ok: true, value: 'b' }],
    [textField(5), ' ab\u0000cdefgh ', { ok: true, value: 'abcde' }],
  ] as const)('%o with %j', (spec, text, expected) => {
    expect(validateField(spec, text)).toEqual(expected);
  });

  test('the hand-written check and the zod schema agree on every parsed input (property)', () => {
    const specs: ScalarSpec[] = [
      numberField('percent', 0, 100),
      numberField('percent', -100, 100),
      numberField('months', 1, 120, { integer: true }),
      numberField('yuan', 0, 1e11, { optional: true }),
      numberField('count', 0, 1e10, { integer: true }),
    ];
    const text = fc.oneof(
      fc.string(),
      fc.double({ noNaN: false }).map(String),
      fc.integer({ min: -1_000, max: 200_000 }).map(String),
      fc.constantFrom('', '1e309', '8千', '十万', '150', '0.35', '-0', 'Infinity', '1'.repeat(400)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...specs), text, (spec, t) => {
        if (spec.type !== 'number') return;
        const parsed = parseNumberText(t, spec.unit);
        const mine = validateField(spec, t);
        const theirs = zodVerdict(spec, parsed);
        // One deliberate difference: a number too long to be finite is "out of range" to the reader
        // (zod calls Infinity "not a number").
        const expected = parsed === Number.POSITIVE_INFINITY || parsed === Number.NEGATIVE_INFINITY ? 'range' : theirs;
        expect(mine.ok ? null : mine.error).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  test('the schema is zod: it rejects NaN and Infinity', () => {
    expect(fieldSchema(pct).safeParse(Number.NaN).success).toBe(false);
    expect(fieldSchema(pct).safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });

  test('a preset outside its own ranges fails the build, naming it', () => {
    const specs = { a: numberField('percent', 0, 100), rows: listField({ n: numberField('count', 0, 5) }, 2) } as const;
    expect(() => assertPresets('demo', specs, { ok: { a: 5, rows: [{ n: 1 }] } })).not.toThrow();
    expect(() => assertPresets('demo', specs, { bad: { a: 150, rows: [] } })).toThrow(/demo: preset "bad".*a range/);
    expect(() => assertPresets('demo', specs, { rows: { a: 1, rows: [{ n: 9 }] } })).toThrow(/rows\.0\.n range/);
  });
});

describe('validateForm', () => {
  const specs = { a: numberField('yuan', 0, 100), b: numberField('percent', 0, 100) } as const;
  test('a bad field keeps its fallback (the last committed) value and does not touch the others', () => {
    const check = validateForm(specs, { a: 'oops', b: '30' }, { a: 5, b: 10 });
    expect(check.values).toEqual({ a: 5, b: 30 });
    expect(check.errors).toEqual({ a: 'number' });
  });
  test('textOf is the inverse of validateForm on valid values', () => {
    const values = { a: 12.5, b: 0 };
    expect(validateForm(specs, textOf(specs, values), { a: 0, b: 0 }).values).toEqual(values);
  });

  const listSpecs = {
    rows: listField({ amount: numberField('yuan', 0, 100), back: numberField('months', 1, 12, { optional: true }) }, 3, {
      check: (r) => (r.back !== undefined && r.back < 2 ? { back: 'after' } : {}),
    }),
  } as const;
  test('a bad row keeps its committed version; a new bad row is left out; errors name the row', () => {
    const check = validateForm(listSpecs, { rows: [{ amount: '5', back: '' }, { amount: 'x', back: '' }, { amount: '7', back: '1' }] }, { rows: [{ amount: 1, back: undefined }, { amount: 2, back: undefined }] });
    expect(check.values.rows).toEqual([{ amount: 5, back: undefined }, { amount: 2, back: undefined }]);
    expect(check.errors).toEqual({ 'rows.1.amount': 'number', 'rows.2.back': 'after' });
  });
});

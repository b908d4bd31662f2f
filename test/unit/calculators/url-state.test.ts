import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { composeUrl, decodeScenario, encodeScenario, hasParams, readParams, readPins, withoutPrefix, writeParams } from '../../../src/calculators/shared/url-state';
import { textOf, validateForm, type FieldSpecs, type FieldValues, type ScalarSpecs } from '../../../src/calculators/shared/fields';
import { roiFields, roiPrefix, roiPresets } from '../../../src/calculators/roi/roi.schema';
import { staffingFields, staffingPrefix, staffingPresets } from '../../../src/calculators/staffing/staffing.schema';
import { paybackFields, paybackPrefix, paybackPresets, itemFields, maxItems } from '../../../src/calculators/payback/payback.schema';

/** An arbitrary valid value set for a scalar spec table: numbers in range (to the fen), choices, empty optionals, text. */
function valuesOf<S extends ScalarSpecs>(specs: S): fc.Arbitrary<FieldValues<S>> {
  const entries = Object.entries(specs).map(([key, spec]) => {
    if (spec.type === 'choice') return [key, fc.constantFrom(...spec.options)] as const;
    if (spec.type === 'text') return [key, fc.string({ maxLength: spec.maxLength }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())] as const;
    const n = spec.integer ? fc.integer({ min: spec.min, max: spec.max }) : fc.integer({ min: spec.min * 100, max: Math.min(spec.max * 100, Number.MAX_SAFE_INTEGER) }).map((x) => x / 100);
    return [key, spec.optional ? fc.option(n, { nil: undefined }) : n] as const;
  });
  return fc.record(Object.fromEntries(entries)) as unknown as fc.Arbitrary<FieldValues<S>>;
}

/** Valid payback items: a return month after the month paid when the item comes back in a month. */
const itemArb = valuesOf(itemFields).map((v) => ({ ...v, returnMonth: v.returns === 'month' ? v.month + 1 + ((v.returnMonth ?? 1) % 50) : v.returnMonth }));
const { items: _items, ...paybackScalars } = paybackFields;
const paybackArb = fc.record({ scalars: valuesOf(paybackScalars), items: fc.array(itemArb, { maxLength: maxItems }) }).map(({ scalars, items }) => ({ ...scalars, items }) as FieldValues<typeof paybackFields>);

function roundTrip<S extends FieldSpecs>(specs: S, prefix: string, values: FieldValues<S>, fallback: FieldValues<S>) {
  const url = composeUrl('/calculators/x/', writeParams(new URLSearchParams('q=1'), prefix, specs, values), '#how-it-works');
  const parsed = new URL(url, 'https://example.test');
  const read = readParams(parsed.searchParams, prefix, specs, textOf(specs, fallback));
  return { read, values: validateForm(specs, read.text, fallback).values, url };
}

describe('URL state round-trips (property)', () => {
  test.each([
    ['staffing', staffingFields, staffingPrefix, staffingPresets['tier-4'], valuesOf(staffingFields)],
    ['roi', roiFields, roiPrefix, roiPresets['plan-001'], valuesOf(roiFields)],
    ['payback, items and names included', paybackFields, paybackPrefix, paybackPresets['plan-002-b'], paybackArb],
  ] as const)('%s: values -> query -> values', (_name, specs, prefix, fallback, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<FieldValues<FieldSpecs>>, (values) => {
        // A row with neither name nor amount is blank and skipped: amounts here are never empty.
        const out = roundTrip(specs as FieldSpecs, prefix, values, fallback as never);
        expect(out.read.rejected).toEqual([]);
        expect(out.read.rejectedRows).toEqual([]);
        expect(out.values).toEqual(values);
        expect(out.url).toMatch(/^\/calculators\/x\/\?q=1&.*#how-it-works$/);
      }),
      { numRuns: 150 },
    );
  });

  test('a pinned scenario survives the link whole (payback, with items)', () => {
    fc.assert(
      fc.property(paybackArb, (values) => {
        const cleaned = { ...values, items: values.items.map((i) => ({ ...i, name: i.name.replace(/[~*_]/g, ' ').trim() })) };
        expect(decodeScenario(paybackFields, encodeScenario(paybackFields, values), paybackPresets.simple)).toEqual(cleaned);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a malformed parameter falls back for that field only', () => {
  const defaults = textOf(roiFields, roiPresets['tmall-002']);
  test.each([
    ['roi.spendYuan=abc', 'spendYuan'],
    ['roi.refundPct=140', 'refundPct'],
    ['roi.priceYuan=0', 'priceYuan'],
    ['roi.solveRoas=<script>', 'solveRoas'],
    ['roi.spendYuan=1e309', 'spendYuan'],
  ])('%s', (query, field) => {
    const read = readParams(new URLSearchParams(`${query}&roi.gmvYuan=123456`), roiPrefix, roiFields, defaults);
    expect(read.rejected).toEqual([{ field, raw: new URLSearchParams(query).get(`roi.${field}`) }]);
    expect(read.text[field as keyof typeof roiFields]).toBe(defaults[field as keyof typeof roiFields]);
    expect(read.text.gmvYuan).toBe('123456');
  });

  const payDefaults = textOf(paybackFields, paybackPresets.simple);
  const itemsQuery = (rows: string[][]) => {
    const q = new URLSearchParams();
    for (const [name, amount, month, returns, returnMonth] of rows) {
      q.append('pay.i.name', name!);
      q.append('pay.i.amountYuan', amount!);
      q.append('pay.i.month', month!);
      q.append('pay.i.returns', returns!);
      q.append('pay.i.returnMonth', returnMonth!);
    }
    return q;
  };

  test('items: a bad row is kept as text and reported, but left out of the calculation', () => {
    const q = itemsQuery([
      ['a', '1000', '1', 'no', ''],
      ['b', 'lots', '2', 'no', ''],
      ['c', '3000', '5', 'month', '4'], // back before it is paid
      ['', '', '', 'no', ''], // the no-JS form's blank row
      ['d', '4000', '3', 'close', ''],
    ]);
    const read = readParams(q, 'pay', paybackFields, payDefaults);
    expect(read.text.items.map((r) => r.amountYuan)).toEqual(['1000', 'lots', '3000', '4000']);
    expect(read.rejectedRows).toEqual([
      { list: 'items', row: 2 },
      { list: 'items', row: 3 },
    ]);
    const check = validateForm(paybackFields, read.text, { ...paybackPresets.simple, items: [] });
    expect(check.values.items.map((i) => i.name)).toEqual(['a', 'd']);
    expect(check.errors).toEqual({ 'items.1.amountYuan': 'number', 'items.2.returnMonth': 'after' });
  });

  test("no item parameters: the preset's items stay; a marker of 0 empties the list", () => {
    expect(readParams(new URLSearchParams('pay.revenueYuan=1'), 'pay', paybackFields, payDefaults).text.items).toEqual(payDefaults.items);
    expect(readParams(new URLSearchParams('pay.items=0'), 'pay', paybackFields, payDefaults).text.items).toEqual([]);
  });

  test('items: rows past the maximum are dropped and reported', () => {
    const read = readParams(itemsQuery(Array.from({ length: 14 }, (_, i) => [`r${i}`, '1', '1', 'no', ''])), 'pay', paybackFields, payDefaults);
    expect(read.text.items).toHaveLength(12);
    expect(read.rejectedRows.map((r) => r.row)).toEqual([13, 14]);
  });

  test('pins: at most three are read; a bad one is counted, not used', () => {
    const good = encodeScenario(staffingFields, staffingPresets['tier-3']);
    const q = new URLSearchParams();
    for (const p of [good, 'x~y', good, good, good]) q.append('staff.pin', p);
    const read = readPins(q, 'staff', staffingFields, staffingPresets['tier-1'], 3);
    expect(read.pins).toEqual([staffingPresets['tier-3'], staffingPresets['tier-3'], staffingPresets['tier-3']]);
    expect(read.bad).toBe(2);
  });
});

describe('namespacing', () => {
  test("writing one calculator keeps the other calculators' parameters and unrelated ones", () => {
    const base = new URLSearchParams('utm=x&roi.spendYuan=5&pay.revenueYuan=7');
    const next = writeParams(base, 'staff', staffingFields, staffingPresets['tier-2'], [staffingPresets['tier-4']]);
    expect(next.get('utm')).toBe('x');
    expect(next.get('roi.spendYuan')).toBe('5');
    expect(next.get('pay.revenueYuan')).toBe('7');
    expect(next.get('staff.revenueYuan')).toBe('50000');
    expect(next.get('staff.csStaffPayYuan')).toBe('');
    expect(next.get('staff.pin')).toBe('100000~~~~~~~~');
    expect(hasParams(next, 'staff')).toBe(true);
    expect(hasParams(withoutPrefix(next, 'staff'), 'staff')).toBe(false);
    expect([...withoutPrefix(next, 'staff').keys()]).toEqual(['utm', 'roi.spendYuan', 'pay.revenueYuan']);
  });
  test('composeUrl keeps the hash and drops an empty query', () => {
    expect(composeUrl('/a/', new URLSearchParams(), '#tiers')).toBe('/a/#tiers');
  });
});

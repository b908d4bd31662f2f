import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { composeUrl, hasParams, readParams, withoutPrefix, writeParams } from '../../../src/calculators/shared/url-state';
import { textOf, validateForm, type FieldSpecs, type FieldValues } from '../../../src/calculators/shared/fields';
import { roiFields, roiPrefix, roiPresets } from '../../../src/calculators/roi/roi.schema';
import { staffingFields, staffingPrefix, staffingPresets } from '../../../src/calculators/staffing/staffing.schema';
import { paybackFields, paybackPrefix, paybackPresets, itemFields, maxItems, type UpfrontItem } from '../../../src/calculators/payback/payback.schema';
import { appendItems, readItems } from '../../../src/calculators/payback/payback.items';

/** An arbitrary valid value set for a spec table: numbers in range (to the fen), choices, empty optionals. */
function valuesOf<S extends FieldSpecs>(specs: S): fc.Arbitrary<FieldValues<S>> {
  const entries = Object.entries(specs).map(([key, spec]) => {
    if (spec.type === 'choice') return [key, fc.constantFrom(...spec.options)] as const;
    const n = spec.integer ? fc.integer({ min: spec.min, max: spec.max }) : fc.integer({ min: spec.min * 100, max: Math.min(spec.max * 100, Number.MAX_SAFE_INTEGER) }).map((x) => x / 100);
    return [key, spec.optional ? fc.option(n, { nil: undefined }) : n] as const;
  });
  return fc.record(Object.fromEntries(entries)) as unknown as fc.Arbitrary<FieldValues<S>>;
}

function roundTrip<S extends FieldSpecs>(specs: S, prefix: string, values: FieldValues<S>, fallback: FieldValues<S>) {
  const url = composeUrl('/calculators/x/', writeParams(new URLSearchParams('q=1'), prefix, specs, values), '#how-it-works');
  const parsed = new URL(url, 'https://example.test');
  const read = readParams(parsed.searchParams, prefix, specs, textOf(specs, fallback));
  return { read, values: validateForm(specs, read.text, fallback).values, url };
}

describe('URL state round-trips (property)', () => {
  test.each([
    ['staffing', staffingFields, staffingPrefix, staffingPresets['tier-4']],
    ['roi', roiFields, roiPrefix, roiPresets['plan-001']],
    ['payback', paybackFields, paybackPrefix, paybackPresets['plan-002-b']],
  ] as const)('%s: values -> query -> values', (_name, specs, prefix, fallback) => {
    fc.assert(
      fc.property(valuesOf(specs as FieldSpecs), (values) => {
        const out = roundTrip(specs as FieldSpecs, prefix, values, fallback as never);
        expect(out.read.rejected).toEqual([]);
        const scalars = Object.fromEntries(Object.keys(specs).map((k) => [k, (out.values as Record<string, unknown>)[k]]));
        expect(scalars).toEqual(values);
        expect(out.url).toMatch(/^\/calculators\/x\/\?q=1&.*#how-it-works$/);
      }),
      { numRuns: 200 },
    );
  });

  test('payback items round-trip, names included', () => {
    const itemArb = valuesOf(itemFields).chain((v) =>
      fc.string({ maxLength: 20 }).map((name): UpfrontItem => {
        const returns = v.returns;
        const returnMonth = returns === 'month' ? v.month + 1 + ((v.returnMonth ?? 1) % 50) : undefined;
        return { ...v, returns, returnMonth, name: name.replace(/[\u0000-\u001f\u007f]/g, '').trim() };
      }),
    );
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: maxItems }), (items) => {
        const params = new URLSearchParams(appendItems(new URLSearchParams(), paybackPrefix, items).toString());
        const read = readItems(params, paybackPrefix);
        // A row with neither name nor amount is a blank row; amounts here are never empty.
        expect(read.items).toEqual(items);
        expect(read.rejectedRows).toEqual([]);
        expect(read.rows).toHaveLength(items.length);
      }),
    );
  });
});

describe('a malformed parameter falls back for that field only', () => {
  const defaults = textOf(roiFields, roiPresets['tmall-002']);
  test.each([
    ['roi.spendYuan=abc', 'spendYuan'],
    ['roi.marginPct=140', 'marginPct'],
    ['roi.clicks=2.5', 'clicks'],
    ['roi.gmvMode=magic', 'gmvMode'],
  ])('%s', (query, field) => {
    const read = readParams(new URLSearchParams(`${query}&roi.gmvYuan=123456`), roiPrefix, roiFields, defaults);
    expect(read.rejected).toEqual([{ field, raw: new URLSearchParams(query).get(`roi.${field}`) }]);
    expect(read.text[field as keyof typeof roiFields]).toBe(defaults[field as keyof typeof roiFields]);
    expect(read.text.gmvYuan).toBe('123456');
  });

  test('items: a bad row is kept as text and reported, but left out of the calculation', () => {
    const q = new URLSearchParams();
    for (const [name, amount, month, returns, returnMonth] of [
      ['a', '1000', '1', 'no', ''],
      ['b', 'lots', '2', 'no', ''],
      ['c', '3000', '5', 'month', '4'], // back before it is paid
      ['', '', '', 'no', ''], // the no-JS form's blank row
      ['d', '4000', '3', 'close', ''],
    ]) {
      q.append('pay.i.name', name!);
      q.append('pay.i.amountYuan', amount!);
      q.append('pay.i.month', month!);
      q.append('pay.i.returns', returns!);
      q.append('pay.i.returnMonth', returnMonth!);
    }
    const read = readItems(q, 'pay');
    expect(read.items.map((i) => i.name)).toEqual(['a', 'd']);
    expect(read.rows?.map((r) => r.amountYuan)).toEqual(['1000', 'lots', '3000', '4000']);
    expect(read.rejectedRows).toEqual([2, 3]);
  });

  test('no item parameters: the preset\'s items stay', () => {
    expect(readItems(new URLSearchParams('pay.revenueYuan=1'), 'pay').rows).toBeNull();
    expect(readItems(new URLSearchParams('pay.items=0'), 'pay').rows).toEqual([]);
  });

  test('items: rows past the maximum are dropped and reported', () => {
    const q = new URLSearchParams();
    for (let i = 0; i < 14; i++) {
      q.append('pay.i.name', `r${i}`);
      q.append('pay.i.amountYuan', '1');
      q.append('pay.i.month', '1');
      q.append('pay.i.returns', 'no');
      q.append('pay.i.returnMonth', '');
    }
    const read = readItems(q, 'pay');
    expect(read.rows).toHaveLength(12);
    expect(read.rejectedRows).toEqual([13, 14]);
  });
});

describe('namespacing', () => {
  test('writing one calculator keeps the other calculators\' parameters and unrelated ones', () => {
    const base = new URLSearchParams('utm=x&roi.spendYuan=5&pay.revenueYuan=7');
    const next = writeParams(base, 'staff', staffingFields, staffingPresets['tier-2']);
    expect(next.get('utm')).toBe('x');
    expect(next.get('roi.spendYuan')).toBe('5');
    expect(next.get('pay.revenueYuan')).toBe('7');
    expect(next.get('staff.revenueYuan')).toBe('50000');
    expect(next.get('staff.csStaffPayYuan')).toBe('');
    expect(hasParams(next, 'staff')).toBe(true);
    expect(hasParams(withoutPrefix(next, 'staff'), 'staff')).toBe(false);
    expect([...withoutPrefix(next, 'staff').keys()]).toEqual(['utm', 'roi.spendYuan', 'pay.revenueYuan']);
  });
  test('composeUrl keeps the hash and drops an empty query', () => {
    expect(composeUrl('/a/', new URLSearchParams(), '#tiers')).toBe('/a/#tiers');
  });
});

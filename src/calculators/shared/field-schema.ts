import * as z from 'zod/mini';
import { type FieldError, type FieldSpecs, type FieldValues, type ScalarSpec } from './fields';

/**
 * The zod (mini) schema of the field specs: where data enters at build time (a wrapper's preset,
 * a computed figure) it is checked against the same ranges the form enforces. The islands do not
 * ship it: `validateField` in fields.ts does the same job in a few hundred bytes instead of about
 * 3.8 KB gzip, and test/unit/calculators/fields.test.ts checks that the two agree on every input.
 */
export function fieldSchema(spec: ScalarSpec): z.ZodMiniType {
  if (spec.type === 'text') return z.string().check(z.maxLength(spec.maxLength));
  if (spec.type === 'choice') {
    const options: readonly string[] = spec.options;
    return z.string({ error: 'choice' }).check(z.refine((v) => options.includes(v), { error: 'choice' }));
  }
  const checks = [z.gte(spec.min, { error: 'range' }), z.lte(spec.max, { error: 'range' })];
  if (spec.integer) checks.push(z.refine(Number.isInteger, { error: 'integer' }) as never);
  const n = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'number') }).check(...checks);
  return spec.optional ? z.optional(n) : n;
}

/** The schema of a whole set of values: every field, lists as arrays of rows. */
export function valuesSchema(specs: FieldSpecs): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.type !== 'list') shape[key] = fieldSchema(spec);
    else {
      const row: Record<string, z.ZodMiniType> = {};
      for (const [k, s] of Object.entries(spec.item)) row[k] = fieldSchema(s);
      shape[key] = z.array(z.object(row)).check(z.maxLength(spec.max));
    }
  }
  return z.object(shape);
}

/** The first problem zod finds with a parsed number (or undefined), as a FieldError code. */
export function zodVerdict(spec: ScalarSpec, value: unknown): FieldError | null {
  const r = fieldSchema(spec).safeParse(value);
  return r.success ? null : ((r.error.issues[0]?.message ?? 'number') as FieldError);
}

/**
 * Checks a calculator's presets against its specs when a wrapper renders (at build): a preset
 * that breaks its own ranges fails the build, naming the calculator, the preset and the field.
 */
export function assertPresets<S extends FieldSpecs>(name: string, specs: S, presets: Readonly<Record<string, FieldValues<S>>>): void {
  const schema = valuesSchema(specs);
  for (const [id, values] of Object.entries(presets)) {
    const r = schema.safeParse(values);
    if (!r.success) throw new Error(`${name}: preset "${id}" breaks its field specs: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
}

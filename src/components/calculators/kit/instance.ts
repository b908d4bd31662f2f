/**
 * Query prefixes for calculator instances. The first calculator of a kind on a page uses the
 * kind's prefix (`pay.revenueYuan`); a second one on the same page gets `pay2`, a third `pay3`,
 * so two embeds (plan 002's readings A and B side by side) keep separate links and element ids.
 * A `name` prop fixes the prefix explicitly.
 */
const key = Symbol.for('yunying.calculatorInstances');

/** Returns the prefix for the next instance of `base` on the page being rendered. */
export function instancePrefix(locals: object, base: string, name?: string): string {
  if (name !== undefined) {
    if (!/^[a-z][a-z0-9]{0,15}$/.test(name)) throw new Error(`calculator name "${name}": use 1-16 lowercase letters and digits, starting with a letter`);
    return name;
  }
  const store = locals as { [key]?: Map<string, number> };
  const counts = (store[key] ??= new Map());
  const n = (counts.get(base) ?? 0) + 1;
  counts.set(base, n);
  return n === 1 ? base : `${base}${n}`;
}

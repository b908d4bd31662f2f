import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { textOf, validateForm, type FieldSpecs, type FieldText, type FieldValues, type FormCheck, type ListField, type ScalarSpecs } from '../../../calculators/shared/fields';
import { composeUrl, hasParams, readParams, readPins, withoutPrefix, writeParams } from '../../../calculators/shared/url-state';
import { fill, formatters, type CalcLocale, type Formatters } from './format';
import type { CommonLabels, ErrorLabels } from './labels.en';

/**
 * The calculator kit's state. One declaration per calculator (`CalcDef`: field specs, presets,
 * compute) gives every island the same behaviour:
 *
 * - **text and commits**: the form keeps what the reader typed, always. The result uses each
 *   field's text while it is valid; a field that is not valid falls back to its last *committed*
 *   value (committed on leaving the field, Enter, a choice, a preset), never to a keystroke
 *   prefix: typing 150 into a 0–100 % field shows 15's result for a moment at most, and once the
 *   field is invalid the result is the one before the reader started, marked stale.
 * - **the link**: written (history.replaceState) from committed values only, on each commit, so
 *   no half-typed or invalid value ever reaches the URL. Read once after hydration, together with
 *   whatever the reader typed before the island hydrated (inputs whose value differs from the
 *   server-rendered one), which is kept.
 * - **presets, reset and pinned scenarios** replace the inputs with one step of undo.
 */

/** What every calculator declares once. */
export interface CalcDef<S extends FieldSpecs, R> {
  readonly specs: S;
  readonly presets: Readonly<Record<string, FieldValues<S>>>;
  readonly compute: (values: FieldValues<S>) => R;
}

/** The labels an island receives: the kit's shared strings and its own section. */
export interface IslandLabels<Own> {
  readonly common: CommonLabels;
  readonly errors: ErrorLabels;
  readonly calc: Own;
}

/** Props every island takes from its wrapper. */
export interface IslandProps<Own, Id extends string> {
  locale: CalcLocale;
  labels: IslandLabels<Own>;
  preset: Id;
  /** Query prefix and id stem; the wrapper numbers a second instance on a page (`pay2`). */
  prefix: string;
  /** Shown after the title when a page embeds a named preset, so two embeds differ. */
  titleSuffix?: string | undefined;
  /** Values over the preset (a page's own scenario, `<RoiCalculator values={{…}} />`), checked at build. */
  values?: Readonly<Record<string, unknown>> | undefined;
}

/** Most scenarios a calculator pins side by side. */
export const maxPins = 3;
export const pinNames = ['A', 'B', 'C'] as const;

interface Snapshot<S extends FieldSpecs> {
  readonly text: FieldText<S>;
  readonly committed: FieldValues<S>;
  readonly presetId: string | null;
}

export interface Calc<S extends FieldSpecs, R, Own> {
  readonly def: CalcDef<S, R>;
  readonly prefix: string;
  readonly locale: CalcLocale;
  /** The wrapper's preset: what "reset" goes back to. */
  readonly initialPreset: string;
  readonly titleSuffix: string | undefined;
  readonly fmt: Formatters;
  /** Own labels, common labels, error sentences. */
  readonly L: Own;
  readonly C: CommonLabels;
  readonly E: ErrorLabels;
  readonly text: FieldText<S>;
  readonly check: FormCheck<S>;
  /** The values the result uses (valid text, or the last committed value of a bad field). */
  readonly values: FieldValues<S>;
  readonly result: R;
  /** True while a field is invalid: the result holds committed values and says so. */
  readonly stale: boolean;
  readonly presetId: string | null;
  readonly notices: readonly string[];
  /** A line for the toolbar's live region (copied, loaded, pinned), with undo when `canUndo`. */
  readonly status: string;
  readonly canUndo: boolean;
  readonly manualLink: string | null;
  readonly hydrated: boolean;
  readonly pins: readonly FieldValues<S>[];
  readonly formRef: { current: HTMLFormElement | null };
  /** Sets a scalar field's text; choices commit at once. */
  set(key: keyof S & string, value: string): void;
  /** Sets a list row's field. */
  setRow(key: keyof S & string, index: number, itemKey: string, value: string): void;
  addRow(key: keyof S & string, row: Record<string, string>): void;
  removeRow(key: keyof S & string, index: number): void;
  /** Commits every valid field and writes the link. */
  commit(): void;
  applyPreset(id: string, name: string): void;
  reset(name: string): void;
  undo(): void;
  pin(): void;
  unpin(index: number): void;
  loadPin(index: number): void;
  copyLink(): Promise<void>;
}

/**
 * The kit's state hook. Options: `presets`, the def's presets localized (item names in the page's
 * language); `label`, a field's name for notices where it is not `labels.calc[key]`.
 */
export function useCalc<S extends FieldSpecs, R, Own>(
  def: CalcDef<S, R>,
  p: IslandProps<Own, string>,
  o: { presets?: Readonly<Record<string, FieldValues<S>>>; label?: (key: string) => string | undefined } = {},
): Calc<S, R, Own> {
  const presets = o.presets ?? def.presets;
  const { specs } = def;
  const { prefix, labels } = p;
  const C = labels.common;
  const initial = useMemo(() => (p.values ? { ...presets[p.preset]!, ...p.values } : presets[p.preset]!) as FieldValues<S>, []);
  const [text, setTextState] = useState<FieldText<S>>(() => textOf(specs, initial));
  const textRef = useRef(text);
  const committed = useRef<FieldValues<S>>(initial);
  const [revision, setRevision] = useState(0);
  const [presetId, setPresetId] = useState<string | null>(p.values ? null : p.preset);
  const [notices, setNotices] = useState<string[]>([]);
  const [status, setStatusState] = useState('');
  const [undoable, setUndoable] = useState(false);
  const setStatus = (line: string, canUndo = false) => {
    setStatusState(line);
    setUndoable(canUndo);
  };
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const [pins, setPinsState] = useState<FieldValues<S>[]>([]);
  const pinsRef = useRef(pins);
  const undoRef = useRef<Snapshot<S> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fmt = formatters(p.locale);

  const check = useMemo(() => validateForm(specs, text, committed.current), [text, revision]);
  const result = useMemo(() => def.compute(check.values), [check.values]);
  const stale = Object.keys(check.errors).length > 0;

  const setText = (t: FieldText<S>) => {
    textRef.current = t;
    setTextState(t);
  };
  const setPins = (next: FieldValues<S>[]) => {
    pinsRef.current = next;
    setPinsState(next);
  };
  const writeUrl = (values: FieldValues<S>, clean = false) => {
    const { pathname, search, hash } = window.location;
    const base = new URLSearchParams(search);
    const params = clean && pinsRef.current.length === 0 ? withoutPrefix(base, prefix) : writeParams(base, prefix, specs, values, pinsRef.current);
    window.history.replaceState(window.history.state, '', composeUrl(pathname, params, hash));
  };
  const commit = (t = textRef.current) => {
    committed.current = validateForm(specs, t, committed.current).values;
    writeUrl(committed.current);
    setRevision((r) => r + 1);
  };
  // An edit by the reader: the inputs leave their preset, and values that belonged to the preset
  // alone (presetOnly) go with it unless the reader typed them.
  const edit = (next: Record<string, unknown>, key: string) => {
    if (presetId !== null) {
      const presetText = textOf(specs, presets[presetId]!) as Record<string, unknown>;
      for (const k of Object.keys(specs)) {
        const s = specs[k]!;
        if (k !== key && s.type === 'number' && s.presetOnly && next[k] === presetText[k]) next[k] = '';
      }
      setPresetId(null);
    }
    setStatus('');
    setNotices([]);
    setText(next as FieldText<S>);
    return next as FieldText<S>;
  };
  const load = (values: FieldValues<S>, id: string | null, name: string, clean = false) => {
    undoRef.current = { text: textRef.current, committed: committed.current, presetId };
    setText(textOf(specs, values));
    committed.current = values;
    setPresetId(id);
    setNotices([]);
    setStatus(fill(C.loaded, { name }), true);
    writeUrl(values, clean);
    setRevision((r) => r + 1);
  };
  const rows = (t: FieldText<S>, key: string) => (t as Record<string, Record<string, string>[]>)[key]!;

  // After hydration: the link's state, then anything typed before the island could listen.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    let t = textRef.current;
    const messages: string[] = [];
    if (hasParams(params, prefix)) {
      const read = readParams(params, prefix, specs, t);
      // A hostile link can carry thousands of characters: quote only the start of a bad value.
      messages.push(...read.rejected.map((r) => fill(C.badParam, { field: o.label?.(r.field) ?? fieldName(labels.calc, r.field), raw: r.raw.length > 24 ? `${r.raw.slice(0, 24)}…` : r.raw })));
      messages.push(...read.rejectedRows.map((r) => fill(C.badRow, { n: r.row })));
      t = read.text;
      const read2 = readPins(params, prefix, specs, initial, maxPins);
      if (read2.bad > 0) messages.push(C.badPin);
      setPins(read2.pins);
      setPresetId(null);
    }
    const typed = adoptTyped(formRef.current, prefix, specs, textRef.current, t);
    committed.current = validateForm(specs, typed.committable, initial).values;
    if (typed.text !== t) setPresetId(null);
    setText(typed.text);
    setNotices(messages);
    setHydrated(true);
    setRevision((r) => r + 1);
    // Mount only: the link is read once; afterwards the state writes the link.
  }, []);

  return {
    def,
    prefix,
    locale: p.locale,
    initialPreset: p.preset,
    titleSuffix: p.titleSuffix,
    fmt,
    L: labels.calc,
    C,
    E: labels.errors,
    text,
    check,
    values: check.values,
    result,
    stale,
    presetId,
    notices,
    status,
    canUndo: undoable,
    manualLink,
    hydrated,
    pins,
    formRef,
    set(key, value) {
      const next = edit({ ...textRef.current, [key]: value }, key);
      if (specs[key]!.type === 'choice') commit(next);
    },
    setRow(key, index, itemKey, value) {
      const list = rows(textRef.current, key).map((r, i) => (i === index ? { ...r, [itemKey]: value } : r));
      const next = edit({ ...textRef.current, [key]: list }, key);
      if ((specs[key] as ListField<ScalarSpecs>).item[itemKey]!.type === 'choice') commit(next);
    },
    addRow(key, row) {
      commit(edit({ ...textRef.current, [key]: [...rows(textRef.current, key), row] }, key));
    },
    removeRow(key, index) {
      const list = rows(textRef.current, key);
      const old = (committed.current as Record<string, unknown[]>)[key]!;
      // The committed rows lose the same row, so the others keep their fallbacks in place.
      committed.current = { ...committed.current, [key]: old.filter((_, i) => i !== index) };
      commit(edit({ ...textRef.current, [key]: list.filter((_, i) => i !== index) }, key));
    },
    commit: () => commit(),
    applyPreset(id, name) {
      const values = presets[id];
      if (values) load(values, id, name);
    },
    reset(name) {
      load(initial, p.preset, name, true);
    },
    undo() {
      const u = undoRef.current;
      if (!u) return;
      undoRef.current = null;
      setText(u.text);
      committed.current = u.committed;
      setPresetId(u.presetId);
      setStatus(C.undone);
      writeUrl(u.committed);
      setRevision((r) => r + 1);
    },
    pin() {
      if (pinsRef.current.length >= maxPins) return setStatus(C.pinsFull);
      commit();
      setPins([...pinsRef.current, committed.current]);
      writeUrl(committed.current);
      setStatus(fill(C.pinned, { name: pinNames[pinsRef.current.length - 1]! }));
    },
    unpin(index) {
      setPins(pinsRef.current.filter((_, i) => i !== index));
      writeUrl(committed.current);
    },
    loadPin(index) {
      const v = pinsRef.current[index];
      if (v) load(v, null, fill(C.scenario, { name: pinNames[index]! }));
    },
    async copyLink() {
      commit();
      const { origin, pathname, search } = window.location;
      const href = `${origin}${pathname}${search}#calc-${prefix}`;
      try {
        await navigator.clipboard.writeText(href);
        setManualLink(null);
        setStatus(C.linkCopied);
      } catch {
        setManualLink(href);
        setStatus(C.copyFailed);
      }
    },
  };
}

/** A field's label for a notice: the calculator's label of that key, or the key itself. */
function fieldName(own: unknown, key: string): string {
  const v = (own as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : key;
}

/**
 * Reads what the reader typed before the island hydrated: every control of this calculator whose
 * value differs from what the island rendered (`rendered`), applied over `target` (the text the
 * link gives). Returns that text, and the text that may be committed: without the field that has
 * focus, where the reader may still be typing.
 */
export function adoptTyped<S extends FieldSpecs>(
  form: HTMLFormElement | null,
  prefix: string,
  specs: S,
  rendered: FieldText<S>,
  target: FieldText<S>,
): { text: FieldText<S>; committable: FieldText<S> } {
  let text = target as Record<string, unknown>;
  let committable = text;
  const seen = new Map<string, number>();
  for (const el of Array.from(form?.elements ?? []) as HTMLInputElement[]) {
    const name = el.name ?? '';
    if (!name.startsWith(`${prefix}.`)) continue;
    const index = seen.get(name) ?? 0;
    seen.set(name, index + 1);
    const path = name.slice(prefix.length + 1);
    // Where the control sits in the text: a scalar key, or a list key, row and field.
    let at: [string] | [string, number, string] | null = null;
    if (specs[path] && specs[path].type !== 'list') at = [path];
    for (const key of Object.keys(specs)) {
      const spec = specs[key]!;
      const stem = spec.type === 'list' ? `${spec.short ?? key}.` : null;
      if (stem && path.startsWith(stem)) at = [key, index, path.slice(stem.length)];
    }
    if (!at) continue;
    const read = (t: Record<string, unknown>) => (at.length === 1 ? t[at[0]] : (t[at[0]] as Record<string, string>[])[at[1]]?.[at[2]]);
    const was = read(rendered as Record<string, unknown>);
    const changed = el.type === 'radio' ? el.checked && el.value !== was : el.value !== was;
    if (!changed || was === undefined) continue;
    const set = (t: Record<string, unknown>) => {
      if (at.length === 1) return { ...t, [at[0]]: el.value };
      const rows = [...(t[at[0]] as Record<string, string>[])];
      if (!rows[at[1]]) return t;
      rows[at[1]] = { ...rows[at[1]], [at[2]]: el.value };
      return { ...t, [at[0]]: rows };
    };
    text = set(text);
    if (el !== document.activeElement) committable = set(committable);
  }
  return { text: text as FieldText<S>, committable: committable as FieldText<S> };
}

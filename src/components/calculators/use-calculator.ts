import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { textOf, validateForm, type FieldSpecs, type FieldText, type FieldValues, type FormCheck } from '../../calculators/shared/fields';
import { composeUrl, hasParams, readParams, withoutPrefix, writeParams, type RejectedParam } from '../../calculators/shared/url-state';

/**
 * State shared by the three islands: the form text (what the user typed, never thrown away),
 * the validated values (a rejected field keeps its last valid value), the URL query (read once
 * after hydration, rewritten with `history.replaceState` on every change, keeping other
 * parameters and the page's #hash) and the active preset.
 */

/** Extra state a calculator keeps beside its scalar fields (the payback items). */
export interface ExtraState {
  /** Restores the extra state from the query; returns notices for anything it had to drop. */
  read(params: URLSearchParams): string[];
  /** Appends the extra state to a query that holds none of it yet. */
  write(params: URLSearchParams): void;
  /** Puts the extra state back to a preset's. */
  reset(presetId: string): void;
}

export interface CalculatorState<S extends FieldSpecs> {
  readonly text: FieldText<S>;
  readonly check: FormCheck<S>;
  /** The preset the inputs still match, or null once the user edits them. */
  readonly presetId: string | null;
  /** Messages about the link (parameters that could not be read). */
  readonly notices: readonly string[];
  /** False during server rendering and until hydration: buttons that need JS stay disabled. */
  readonly hydrated: boolean;
  setField(key: keyof S & string, value: string): void;
  applyPreset(id: string): void;
  reset(): void;
  /** Marks a change to extra state (the URL is rewritten after the next render). */
  touch(): void;
}

/** Describes a rejected query parameter, for the notice. */
export type DescribeRejected = (rejected: RejectedParam) => string;

/**
 * The calculator state hook. `presets` maps ids to value sets; `initialPreset` is the wrapper's.
 */
export function useCalculator<S extends FieldSpecs>(options: {
  specs: S;
  prefix: string;
  presets: Readonly<Record<string, FieldValues<S>>>;
  initialPreset: string;
  describeRejected: DescribeRejected;
  extra?: ExtraState;
}): CalculatorState<S> {
  const { specs, prefix, presets, initialPreset, describeRejected, extra } = options;
  const [text, setText] = useState<FieldText<S>>(() => textOf(specs, presets[initialPreset]!));
  const [presetId, setPresetId] = useState<string | null>(initialPreset);
  const [notices, setNotices] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [revision, setRevision] = useState(0);
  const lastValid = useRef<FieldValues<S>>(presets[initialPreset]!);
  const check = useMemo(() => validateForm(specs, text, lastValid.current), [specs, text]);
  lastValid.current = check.values;

  // After hydration (the server rendered the wrapper's preset): restore the state of the link.
  useEffect(() => {
    setHydrated(true);
    const params = new URLSearchParams(window.location.search);
    if (!hasParams(params, prefix)) return;
    const base = textOf(specs, presets[initialPreset]!);
    const read = readParams(params, prefix, specs, base);
    // A hostile link can carry thousands of characters: quote only the start of a bad value, so
    // the notice a screen reader announces stays a sentence.
    const messages = read.rejected.map((r) => describeRejected({ ...r, raw: r.raw.length > 24 ? `${r.raw.slice(0, 24)}…` : r.raw }));
    if (extra) messages.push(...extra.read(params));
    lastValid.current = validateForm(specs, read.text, presets[initialPreset]!).values;
    setText(read.text);
    setPresetId(null);
    setNotices(messages);
    // Mount only: the link is read once; afterwards the state writes the link.
  }, []);

  // Every change rewrites this calculator's part of the query; the hash and others' stay.
  useEffect(() => {
    if (revision === 0) return;
    const { pathname, search, hash } = window.location;
    const params = writeParams(new URLSearchParams(search), prefix, specs, lastValid.current);
    extra?.write(params);
    window.history.replaceState(window.history.state, '', composeUrl(pathname, params, hash));
  }, [revision]);

  const touch = () => {
    setPresetId(null);
    setNotices([]);
    setRevision((r) => r + 1);
  };

  return {
    text,
    check,
    presetId,
    notices,
    hydrated,
    setField(key, value) {
      setText((t) => ({ ...t, [key]: value }));
      touch();
    },
    applyPreset(id) {
      const values = presets[id];
      if (!values) return;
      lastValid.current = values;
      setText(textOf(specs, values));
      extra?.reset(id);
      setPresetId(id);
      setNotices([]);
      setRevision((r) => r + 1);
    },
    reset() {
      const values = presets[initialPreset]!;
      lastValid.current = values;
      setText(textOf(specs, values));
      extra?.reset(initialPreset);
      setPresetId(initialPreset);
      setNotices([]);
      const { pathname, search, hash } = window.location;
      window.history.replaceState(window.history.state, '', composeUrl(pathname, withoutPrefix(new URLSearchParams(search), prefix), hash));
    },
    touch,
  };
}

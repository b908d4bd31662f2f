import type { ComponentChildren } from 'preact';

export interface NumberFieldProps {
  /** Element id, unique on the page (prefix + field name). */
  id: string;
  /** Form field name = query parameter name, so a plain GET form writes the same link. */
  name: string;
  label: string;
  /** Unit shown after the input ("yuan", "%", "months"); empty for counts. */
  unit: string;
  value: string;
  /** Error sentence in the page's language; sets aria-invalid. */
  error?: string | undefined;
  hint?: ComponentChildren;
  /** Placeholder for optional fields (the value used when left empty). */
  placeholder?: string | undefined;
  onInput: (value: string) => void;
}

/**
 * A labelled number input with its unit. Plain text with a decimal keypad rather than
 * `type="number"`, so `12,000`, `27万` and full-width digits can be typed and read.
 */
export function NumberField({ id, name, label, unit, value, error, hint, placeholder, onInput }: NumberFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'calc-field calc-field--invalid' : 'calc-field'}>
      <label for={id}>{label}</label>
      <span class="calc-input">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autocomplete="off"
          spellcheck={false}
          value={value}
          placeholder={placeholder}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        {unit && <span class="calc-unit">{unit}</span>}
      </span>
      {hint && (
        <span class="calc-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span class="calc-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}

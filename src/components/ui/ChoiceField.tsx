export interface ChoiceFieldProps<T extends string> {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: string;
  onChange: (value: T) => void;
}

/** A radio group (fieldset + legend): a few mutually exclusive modes. */
export function ChoiceField<T extends string>({ id, name, legend, options, value, onChange }: ChoiceFieldProps<T>) {
  return (
    <fieldset class="calc-choice" id={id}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

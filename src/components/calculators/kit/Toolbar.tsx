import { fill } from './format';
import { maxPins, pinNames, type Calc } from './use-calc';

/**
 * Examples (presets), copy link, pin as a scenario, reset; a live region says what happened,
 * with "Undo" after anything that replaced the reader's figures. Buttons stay disabled until the
 * island hydrates: without JavaScript they could do nothing.
 */
export function Toolbar({ calc, presets }: { calc: Calc<never, unknown, unknown>; presets: readonly { id: string; label: string }[] }) {
  const { C, prefix } = calc;
  const off = !calc.hydrated;
  const resetName = presets.find((x) => x.id === calc.initialPreset)?.label;
  return (
    <div class="calc-toolbar">
      {presets.length > 1 && (
        <div class="calc-presets" role="group" aria-labelledby={`${prefix}-presets`}>
          <span id={`${prefix}-presets`} class="calc-presets-label">
            {C.presets}
          </span>
          {presets.map((x) => (
            <button key={x.id} type="button" class="calc-button" aria-pressed={calc.presetId === x.id} disabled={off} onClick={() => calc.applyPreset(x.id, x.label)}>
              {x.label}
            </button>
          ))}
        </div>
      )}
      <div class="calc-actions">
        <button type="button" class="calc-button" disabled={off} onClick={() => void calc.copyLink()}>
          {C.copyLink}
        </button>
        <button type="button" class="calc-button" disabled={off || calc.pins.length >= maxPins} onClick={() => calc.pin()}>
          {fill(C.pin, { name: pinNames[Math.min(calc.pins.length, maxPins - 1)]! })}
        </button>
        <button type="button" class="calc-button" disabled={off} onClick={() => calc.reset(resetName ?? C.reset)}>
          {C.reset}
        </button>
      </div>
      <p class="calc-status" role="status">
        {calc.status}
        {calc.canUndo && (
          <>
            {' '}
            <button type="button" class="calc-button calc-undo" onClick={() => calc.undo()}>
              {C.undo}
            </button>
          </>
        )}
      </p>
      {calc.manualLink !== null && (
        <label class="calc-field calc-manual-link">
          <span>{C.linkLabel}</span>
          <input type="text" readOnly value={calc.manualLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

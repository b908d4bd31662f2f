import { useState } from 'preact/hooks';

export interface ToolbarLabels {
  presets: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  linkLabel: string;
  reset: string;
}

export interface ToolbarProps {
  id: string;
  labels: ToolbarLabels;
  presets: readonly { id: string; label: string }[];
  activePreset: string | null;
  /** Disabled until hydrated: without JavaScript these buttons could do nothing. */
  enabled: boolean;
  onPreset: (id: string) => void;
  onReset: () => void;
}

/** Preset buttons, "copy link" and "reset", with a polite live region for what happened. */
export function Toolbar({ id, labels, presets, activePreset, enabled, onPreset, onReset }: ToolbarProps) {
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setManualLink(null);
      setStatus(labels.linkCopied);
    } catch {
      setManualLink(href);
      setStatus(labels.copyFailed);
    }
  };
  return (
    <div class="calc-toolbar">
      {presets.length > 1 && (
        <div class="calc-presets" role="group" aria-labelledby={`${id}-presets`}>
          <span id={`${id}-presets`} class="calc-presets-label">
            {labels.presets}
          </span>
          {presets.map((p) => (
            <button key={p.id} type="button" class="calc-button" aria-pressed={activePreset === p.id} disabled={!enabled} onClick={() => onPreset(p.id)}>
              {p.label}
            </button>
          ))}
        </div>
      )}
      <div class="calc-actions">
        <button type="button" class="calc-button" disabled={!enabled} onClick={copy}>
          {labels.copyLink}
        </button>
        <button type="button" class="calc-button" disabled={!enabled} onClick={onReset}>
          {labels.reset}
        </button>
      </div>
      <p class="calc-status" role="status">
        {status}
      </p>
      {manualLink !== null && (
        <label class="calc-field calc-manual-link">
          <span>{labels.linkLabel}</span>
          <input type="text" readOnly value={manualLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

import { polylinePath } from './chart-path';
import { niceTicks, px, scale } from './chart-scale';

export interface LineSeries {
  id: string;
  label: string;
  points: readonly (readonly [number, number])[];
  /** Secondary series are drawn dashed. */
  secondary?: boolean;
}

export interface LineChartProps {
  id: string;
  title: string;
  /** What the chart shows in words (read by screen readers); the table beside it has the numbers. */
  desc: string;
  series: readonly LineSeries[];
  xLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** A shaded x-range (the sources' ROI band). */
  band?: { from: number; to: number; label: string } | undefined;
  /** Vertical reference lines (a target month). */
  rules?: readonly { x: number; label: string }[];
  /** Marked points (payback, break-even, the current ROI). */
  marks?: readonly { x: number; y: number; label: string }[];
}

const W = 640;
const H = 320;
const M = { top: 20, right: 16, bottom: 60, left: 100 };

/**
 * A hand-written SVG line chart (role="img" with title and desc), a few hundred bytes where a
 * chart library costs tens of kilobytes. Colours come from classes, so dark mode and print
 * follow the site's custom properties.
 */
export function LineChart({ id, title, desc, series, xLabel, formatX, formatY, band, rules = [], marks = [] }: LineChartProps) {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = [0, ...series.flatMap((s) => s.points.map((p) => p[1])), ...marks.map((m) => m.y)];
  const xTicks = niceTicks(Math.min(...xs), Math.max(...xs), 6);
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys), 5);
  const xScale = scale(xTicks[0]!, xTicks.at(-1)!, M.left, W - M.right);
  const yScale = scale(yTicks[0]!, yTicks.at(-1)!, H - M.bottom, M.top);
  const x = (v: number) => px(xScale(v));
  const y = (v: number) => px(yScale(v));
  const path = (points: LineSeries['points']) => polylinePath(points.map(([a, b]) => [xScale(a), yScale(b)] as const));
  return (
    <figure class="calc-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {band && (
          <g class="calc-band">
            <rect x={x(band.from)} y={M.top} width={px(Math.max(0, x(band.to) - x(band.from)))} height={H - M.top - M.bottom} />
            <text x={px((x(band.from) + x(band.to)) / 2)} y={M.top + 14} text-anchor="middle">
              {band.label}
            </text>
          </g>
        )}
        <g class="calc-grid">
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} class={t === 0 ? 'calc-zero' : undefined} />
              <text x={M.left - 6} y={px(y(t) + 4)} text-anchor="end">
                {formatY(t)}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text key={t} x={x(t)} y={H - M.bottom + 24} text-anchor="middle">
              {formatX(t)}
            </text>
          ))}
          <text x={(M.left + W - M.right) / 2} y={H - 8} text-anchor="middle" class="calc-axis-label">
            {xLabel}
          </text>
        </g>
        {rules.map((r) => (
          <g key={r.label} class="calc-rule">
            <line x1={x(r.x)} x2={x(r.x)} y1={M.top} y2={H - M.bottom} />
            <text x={px(x(r.x) + 4)} y={H - M.bottom - 6}>
              {r.label}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <path key={s.id} d={path(s.points)} class={s.secondary ? 'calc-line calc-line--secondary' : 'calc-line'} />
        ))}
        {marks.map((m) => (
          <g key={m.label} class="calc-mark">
            <circle cx={x(m.x)} cy={y(m.y)} r={5} />
            <text x={px(x(m.x) + (x(m.x) > W * 0.7 ? -8 : 8))} y={px(y(m.y) - 8)} text-anchor={x(m.x) > W * 0.7 ? 'end' : 'start'}>
              {m.label}
            </text>
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <figcaption class="calc-legend">
          {series.map((s) => (
            <span key={s.id} class={s.secondary ? 'calc-key calc-key--secondary' : 'calc-key'}>
              {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

import { niceTicks, px, scale } from './chart-scale';

export interface BarChartProps {
  id: string;
  title: string;
  desc: string;
  categories: readonly string[];
  /** One or two series of values per category (now, next). */
  series: readonly { id: string; label: string; values: readonly number[] }[];
}

const W = 640;
const PAD = 8;
const RIGHT = 40;
const LABEL = 30;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 10;

/**
 * Horizontal grouped bars in hand-written SVG (role="img" with title and desc). Category names
 * sit above their bars rather than beside them, so the text can grow on a phone (see the
 * container query in calculators.css) without running into the bars.
 */
export function BarChart({ id, title, desc, categories, series }: BarChartProps) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(0, max, Math.min(max, 5));
  const toPixel = scale(0, ticks.at(-1)!, PAD, W - RIGHT);
  const x = (v: number) => px(toPixel(v));
  const groupHeight = LABEL + series.length * (BAR + GAP) + GROUP_GAP;
  const height = categories.length * groupHeight + 8;
  return (
    <figure class="calc-chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g class="calc-grid">
          {ticks.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={0} y2={height} class={t === 0 ? 'calc-zero' : undefined} />
          ))}
        </g>
        {categories.map((c, ci) => {
          const top = ci * groupHeight;
          return (
            <g key={c}>
              <text x={PAD} y={top + LABEL - 8} class="calc-bar-label">
                {c}
              </text>
              {series.map((s, si) => {
                const v = s.values[ci] ?? 0;
                const barY = top + LABEL + si * (BAR + GAP);
                return (
                  <g key={s.id}>
                    <rect x={PAD} y={barY} width={px(Math.max(0, x(v) - PAD))} height={BAR} class={si ? 'calc-bar calc-bar--secondary' : 'calc-bar'} />
                    <text x={px(x(v) + 6)} y={barY + BAR - 2} class="calc-bar-value">
                      {v}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption class="calc-legend">
          {series.map((s, i) => (
            <span key={s.id} class={i ? 'calc-key calc-key--bar-secondary' : 'calc-key calc-key--bar'}>
              {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

import { useMemo } from 'preact/hooks';
import { computeRoi, type RoiResult } from '../../calculators/roi/roi';
import { roiFields, roiPrefix, roiPresets, type RoiPresetId } from '../../calculators/roi/roi.schema';
import { ChoiceField } from '../ui/ChoiceField';
import { LineChart } from '../ui/LineChart';
import { CalcFrame } from './CalcFrame';
import { numberInput } from './field-ui';
import { fill, formatters, type CalcLocale, type Formatters } from './format';
import type { RoiLabels } from './labels/en';
import { useCalculator } from './use-calculator';

export interface RoiIslandProps {
  locale: CalcLocale;
  labels: RoiLabels;
  preset: RoiPresetId;
  /** Query prefix and id stem; the wrapper numbers a second instance on a page (`pay2`). */
  prefix?: string;
  /** Shown after the title when a page embeds a named preset ("· Plan 002, reading A"), so two embeds differ. */
  titleSuffix?: string | undefined;
}

type RateKey = 'marginPct' | 'commissionPct' | 'shippingPct' | 'taxPct' | 'otherPct' | 'refundPct';
const rateKeys: readonly RateKey[] = ['marginPct', 'commissionPct', 'shippingPct', 'taxPct', 'otherPct', 'refundPct'];

/** Points of "profit per 100 yuan of ads" against ROAS, 0 to a little past the interesting part. */
function profitCurve(r: RoiResult): { points: [number, number][]; maxX: number } {
  const be = r.breakEven.kind === 'ratio' ? r.breakEven.roi : 0;
  const now = r.roi.kind === 'ratio' ? r.roi.value : 0;
  const maxX = Math.min(100, Math.max(r.band.high + 1, be * 1.3, now * 1.15));
  // The profit is a straight line in ROAS: two points draw it exactly.
  return { points: [[0, -100], [maxX, 100 * (maxX * r.contributionRate - 1)]], maxX };
}

/** The ROI (ROAS) and break-even calculator, hydrated with `client:visible`. */
export default function RoiIsland({ locale, labels, preset, prefix = roiPrefix, titleSuffix }: RoiIslandProps) {
  const L = labels.roi;
  const C = labels.common;
  const fmt: Formatters = formatters(locale);
  const state = useCalculator({
    specs: roiFields,
    prefix: prefix,
    presets: roiPresets,
    initialPreset: preset,
    describeRejected: (rej) => fill(C.badParam, { field: rej.field === 'gmvMode' ? L.gmvMode : (L[rej.field as keyof typeof L] as string) ?? rej.field, raw: rej.raw }),
  });
  const v = state.check.values;
  const r = useMemo(() => computeRoi(v), [v]);
  const ctx = { state, specs: roiFields, prefix: prefix, labels, fmt };
  const costsPct = v.commissionPct + v.shippingPct + v.taxPct + v.otherPct;

  const inputs = (
    <>
      {numberInput(ctx, 'spendYuan', L.spendYuan)}
      <ChoiceField
        id={`${prefix}-gmvMode`}
        name={`${prefix}.gmvMode`}
        legend={L.gmvMode}
        value={state.text.gmvMode}
        options={(['gmv', 'funnel'] as const).map((m) => ({ value: m, label: L.gmvModes[m] }))}
        onChange={(m) => state.setField('gmvMode', m)}
      />
      {/* Both sets stay in the form (hidden, not removed) so a GET submit keeps every value. */}
      <div class="calc-grid-fields" hidden={v.gmvMode !== 'gmv'}>
        {numberInput(ctx, 'gmvYuan', L.gmvYuan)}
      </div>
      <div class="calc-grid-fields" hidden={v.gmvMode !== 'funnel'}>
        {numberInput(ctx, 'clicks', L.clicks)}
        {numberInput(ctx, 'conversionPct', L.conversionPct)}
        {numberInput(ctx, 'orderValueYuan', L.orderValueYuan)}
      </div>
      <div class="calc-grid-fields">{rateKeys.map((k) => numberInput(ctx, k, L[k], k === 'marginPct' ? { hint: L.ratesHint } : {}))}</div>
    </>
  );

  const curve = profitCurve(r);
  const beText = r.breakEven.kind === 'ratio' ? fmt.roi(r.breakEven.roi) : L.never;
  const nowText = r.roi.kind === 'ratio' ? fmt.roi(r.roi.value) : L.noSpend;
  const marks = [
    ...(r.breakEven.kind === 'ratio' && r.breakEven.roi <= curve.maxX ? [{ x: r.breakEven.roi, y: 0, label: fill(L.markBreakEven, { x: beText }) }] : []),
    ...(r.roi.kind === 'ratio' && r.roi.value <= curve.maxX ? [{ x: r.roi.value, y: 100 * (r.roi.value * r.contributionRate - 1), label: fill(L.markCurrent, { x: nowText }) }] : []),
  ];
  const bandText = { below: L.bandBelow, inside: L.bandInside, above: L.bandAbove, never: L.bandNever }[r.band.breakEven];
  const signed = (n: number) => (n > 0 ? `+${fmt.yuanFine(n)}` : fmt.yuanFine(n));

  const rows: [string, string][] = [
    [L.gmv, fmt.yuan(r.gmvYuan)],
    [L.spendYuan, fmt.yuan(r.spendYuan)],
    [L.roas, nowText],
    [L.contributionRate, fmt.share(r.contributionRate)],
    [L.contribution, fmt.yuan(r.contributionYuan)],
    [r.profitYuan < 0 ? L.loss : L.profit, fmt.yuan(r.profitYuan)],
    [L.breakEven, beText],
    ...(r.breakEven.kind === 'ratio'
      ? ([
          [L.gmvNeeded, fmt.yuan(r.breakEven.gmvNeededYuan)],
          [L.maxSpend, fmt.yuan(r.breakEven.maxSpendYuan)],
        ] as [string, string][])
      : []),
    ...(r.funnel
      ? ([
          [L.orders, fmt.number(r.funnel.orders, 1)],
          [L.cpc, r.funnel.costPerClickYuan === null ? L.never : fmt.yuanFine(r.funnel.costPerClickYuan)],
          [L.breakEvenCpc, fmt.yuanFine(r.funnel.breakEvenCostPerClickYuan)],
        ] as [string, string][])
      : []),
  ];


  const results = (
    <>
      <dl class="calc-headline" aria-live="polite">
        <div>
          <dt>{L.roas}</dt>
          <dd>{nowText}</dd>
        </div>
        <div>
          <dt>{L.breakEven}</dt>
          <dd>{beText}</dd>
        </div>
        <div class={r.profitYuan < 0 ? 'calc-bad' : 'calc-good'}>
          <dt>{r.profitYuan < 0 ? L.loss : L.profit}</dt>
          <dd>{fmt.yuanHeadline(r.profitYuan)}</dd>
        </div>
      </dl>
      <p class="calc-hint">{L.profitHint}</p>
      {r.breakEven.kind === 'never-breaks-even' ? (
        <p class="calc-cautions">{fill(L.neverText, { costs: fmt.share(costsPct / 100), margin: fmt.share(v.marginPct / 100) })}</p>
      ) : r.roi.kind === 'no-spend' ? (
        <p>{fill(L.noSpendText, { contribution: fmt.yuan(r.contributionYuan) })}</p>
      ) : (
        <p>{r.outcome === 'profit' ? L.aboveBreakEven : r.outcome === 'loss' ? L.belowBreakEven : L.atBreakEven}</p>
      )}
      <div class="calc-next">
        <p class="calc-next-title">{L.bandTitle}</p>
        <p>
          {bandText} {fill(L.bandProfit, { low: signed(r.band.profitPer100AtLowYuan), high: signed(r.band.profitPer100AtHighYuan) })}
        </p>
      </div>
      <LineChart
        id={`${prefix}-chart`}
        title={L.chartTitle}
        desc={r.breakEven.kind === 'ratio' ? fill(L.chartDesc, { breakEven: beText, current: nowText }) : L.chartDescNever}
        series={[{ id: 'profit', label: L.chartTitle, points: curve.points }]}
        xLabel={L.chartX}
        formatX={(x) => fmt.number(x, 1)}
        formatY={(y) => fmt.yuan(y)}
        band={{ from: r.band.low, to: r.band.high, label: L.band }}
        marks={marks}
      />
      <table class="calc-table">
        <caption>{C.tableCaption}</caption>
        <tbody>
          {rows.map(([k, val]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td class="num">{val}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );

  return (
    <CalcFrame
      prefix={prefix}
      labels={L}
      titleSuffix={titleSuffix}
      common={C}
      presetIds={Object.keys(roiPresets) as RoiPresetId[]}
      state={state}
      inputs={inputs}
      results={results}
    />
  );
}

import { computeRoi, type RoiResult } from '../../../calculators/roi/roi';
import { roiFields, roiPresets, type RoiInput, type RoiPresetId } from '../../../calculators/roi/roi.schema';
import { LineChart } from '../../ui/LineChart';
import { choice, num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { fill } from '../kit/format';
import { Table, cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { RoiLabels } from './labels.en';

export const roiDef: CalcDef<typeof roiFields, RoiResult> = { specs: roiFields, presets: roiPresets, compute: computeRoi };

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

/** The ROI (ROAS) and break-even calculator. */
export default function RoiIsland(p: IslandProps<RoiLabels['calc'], RoiPresetId>) {
  const calc = useCalc(roiDef, p);
  const { L, C, fmt, values: v, result: r, prefix } = calc;
  const costsPct = v.commissionPct + v.shippingPct + v.taxPct + v.otherPct;

  const inputs = (
    <>
      {num(calc, 'spendYuan')}
      {choice(calc, 'gmvMode', L.gmvModes)}
      {/* Both sets stay in the form (hidden, not removed) so a GET submit keeps every value. */}
      <div class="calc-grid-fields" hidden={v.gmvMode !== 'gmv'}>
        {num(calc, 'gmvYuan')}
      </div>
      <div class="calc-grid-fields" hidden={v.gmvMode !== 'funnel'}>
        {num(calc, 'clicks')}
        {num(calc, 'conversionPct')}
        {num(calc, 'orderValueYuan')}
      </div>
      <div class="calc-grid-fields">{rateKeys.map((k) => num(calc, k, k === 'marginPct' ? { hint: L.ratesHint } : {}))}</div>
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

  const rows: [string, ReturnType<typeof cell>][] = [
    [L.gmv, cell(fmt.yuan(r.gmvYuan), r.gmvYuan)],
    [L.spendYuan, cell(fmt.yuan(r.spendYuan), r.spendYuan)],
    [L.roas, cell(nowText, r.roi.kind === 'ratio' ? r.roi.value : '')],
    [L.contributionRate, cell(fmt.share(r.contributionRate), r.contributionRate)],
    [L.contribution, cell(fmt.yuan(r.contributionYuan), r.contributionYuan)],
    [r.profitYuan < 0 ? L.loss : L.profit, cell(fmt.yuan(r.profitYuan), r.profitYuan)],
    [L.breakEven, cell(beText, r.breakEven.kind === 'ratio' ? r.breakEven.roi : '')],
    ...(r.breakEven.kind === 'ratio'
      ? ([
          [L.gmvNeeded, cell(fmt.yuan(r.breakEven.gmvNeededYuan), r.breakEven.gmvNeededYuan)],
          [L.maxSpend, cell(fmt.yuan(r.breakEven.maxSpendYuan), r.breakEven.maxSpendYuan)],
        ] as [string, ReturnType<typeof cell>][])
      : []),
    ...(r.funnel
      ? ([
          [L.orders, cell(fmt.number(r.funnel.orders, 1), r.funnel.orders)],
          [L.cpc, cell(r.funnel.costPerClickYuan === null ? L.never : fmt.yuanFine(r.funnel.costPerClickYuan), r.funnel.costPerClickYuan ?? '')],
          [L.breakEvenCpc, cell(fmt.yuanFine(r.funnel.breakEvenCostPerClickYuan), r.funnel.breakEvenCostPerClickYuan)],
        ] as [string, ReturnType<typeof cell>][])
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
      <Table id={`${prefix}-table`} caption={C.tableCaption} rows={rows} C={C} />
    </>
  );

  const compare = (x: RoiInput, y: RoiResult) =>
    [
      [L.spendYuan, cell(fmt.yuan(x.spendYuan), x.spendYuan)],
      [L.marginPct, cell(fmt.share(x.marginPct / 100), x.marginPct / 100)],
      [L.roas, y.roi.kind === 'ratio' ? cell(fmt.roi(y.roi.value), y.roi.value) : L.noSpend],
      [L.breakEven, y.breakEven.kind === 'ratio' ? cell(fmt.roi(y.breakEven.roi), y.breakEven.roi) : L.never],
      [y.profitYuan < 0 ? L.loss : L.profit, cell(fmt.yuan(y.profitYuan), y.profitYuan)],
    ] as const;
  const presets = (Object.keys(roiPresets) as RoiPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presets} inputs={inputs} results={results} compare={compare} />;
}

import { breakEvenAt, breakEvenCpcAt, type Ratio, type RoiResult } from '../../../calculators/roi/roi';
import type { roiFields } from '../../../calculators/roi/roi.schema';
import { LineChart } from '../../ui/LineChart';
import { fill, type Formatters } from '../kit/format';
import { Sensitivity, Table, axis, cell, type Cell } from '../kit/Table';
import type { Calc } from '../kit/use-calc';
import type { RoiLabels } from './labels.en';

type L = RoiLabels['calc'];

/** A ROAS as a table cell: 1:2.22 (raw 2.2222), or "None". */
export function ratioCell(L: L, fmt: Formatters, r: Ratio): Cell {
  return r.kind === 'ratio' ? cell(fmt.roi(r.value), Math.round(r.value * 10_000) / 10_000) : L.never;
}

/** Headline, verdicts, answers, chart, table and the two sensitivity tables of the ROAS calculator. */
export function RoiResults({ calc }: { calc: Calc<typeof roiFields, RoiResult, L> }) {
  const { L, C, fmt, values: v, result: r, prefix } = calc;
  const be = r.breakEvenWithRefunds;
  const beText = (x: Ratio) => (x.kind === 'ratio' ? fmt.roi(x.value) : L.never);
  const pct = (x: number) => fmt.share(x / 100);
  const c = r.campaign;
  const signed = (n: number) => (n > 0 ? `+${fmt.yuanFine(n)}` : fmt.yuanFine(n));
  const bandText = { below: L.bandBelow, inside: L.bandInside, above: L.bandAbove, never: L.bandNever }[r.band.breakEven];
  // Profit per 100 yuan of ads is a straight line in ROAS: two points draw it.
  const maxX = Math.min(100, Math.max(r.band.high + 1, be.kind === 'ratio' ? be.value * 1.3 : 0, (c?.roas ?? 0) * 1.15));
  const atRoas = (x: number) => 100 * (x * r.leftRate - 1);
  const gross = Math.round((100 * (v.priceYuan - v.costYuan)) / v.priceYuan * 100) / 100;
  const margins = axis(gross, [gross - 10, gross - 5, gross + 5, gross + 10], 0, 100);
  const refunds = axis(v.refundPct, [0, 5, 10, 20, 30], 0, 99);
  const conversions = axis(v.conversionPct, [0.5, 1, 2, 3, 5], 0, 100);
  const cpcNow = r.breakEvenCpcYuan;
  const { roas: sr, cpc: sc } = r.solve;

  return (
    <>
      <dl class="calc-headline" aria-live="polite">
        <div>
          <dt>{L.marginPerOrder}</dt>
          <dd>{`${fmt.yuanFine(r.marginPerOrderYuan)} · ${fmt.share(r.marginRate)}`}</dd>
        </div>
        <div class={be.kind === 'never' ? 'calc-bad' : undefined}>
          <dt>{v.refundPct > 0 ? L.breakEvenRefunds : L.breakEven}</dt>
          <dd>{beText(be)}</dd>
        </div>
        <div>
          <dt>{L.breakEvenCpc}</dt>
          <dd>{fmt.yuanFine(r.breakEvenCpcYuan)}</dd>
        </div>
        <div class="calc-headline-alt">
          <dt>{fill(L.targetRoas, { target: pct(v.targetProfitPct) })}</dt>
          <dd>{beText(r.targetRoas)}</dd>
        </div>
      </dl>
      {be.kind === 'never' ? (
        <p class="calc-cautions">{L.neverText}</p>
      ) : (
        <p>{fill(L.marginText, { price: fmt.yuan(v.priceYuan), left: fmt.yuanFine(r.leftPerOrderYuan), rate: fmt.share(r.leftRate), be: beText(be) })}</p>
      )}
      {v.refundPct > 0 && <p>{fill(L.refundText, { refund: pct(v.refundPct), left: fmt.yuanFine(r.leftPerOrderYuan), sunk: fmt.yuanFine(r.sunkPerRefundYuan) })}</p>}
      {c && (
        <div class="calc-next">
          <p class="calc-next-title">{L.campaign}</p>
          <p>
            {`${L.roas}: ${c.roas === null ? L.noSpend : fmt.roi(c.roas)}. ${c.profitYuan < 0 ? L.loss : L.profit}: ${fmt.yuan(c.profitYuan)} (${L.profitHint}) `}
            {c.roas !== null && (c.outcome === 'profit' ? L.aboveBreakEven : c.outcome === 'loss' ? L.belowBreakEven : L.atBreakEven)}
          </p>
        </div>
      )}
      {sr && <p>{fill(sr.maxCostYuan === null ? L.solveRoasNone : L.solveRoasText, { roas: fmt.roi(sr.roas), left: fmt.yuanFine(sr.leftNeededYuan), rate: fmt.share(sr.marginRateNeeded), cost: fmt.yuanFine(sr.maxCostYuan ?? 0) })}</p>}
      {sc && <p>{fill(sc.conversionNeededPct === null ? L.solveCpcNever : L.solveCpcText, { cpc: fmt.yuanFine(sc.cpcYuan), conv: fmt.share((sc.conversionNeededPct ?? 0) / 100) })}</p>}
      <div class="calc-next">
        <p class="calc-next-title">{L.bandTitle}</p>
        <p>{`${bandText} ${fill(L.bandProfit, { low: signed(r.band.profitPer100AtLowYuan), high: signed(r.band.profitPer100AtHighYuan) })}`}</p>
      </div>
      <LineChart
        id={`${prefix}-chart`}
        title={L.chartTitle}
        desc={be.kind === 'ratio' ? fill(L.chartDesc, { breakEven: beText(be) }) : L.chartDescNever}
        series={[{ id: 'profit', label: L.chartTitle, points: [[0, -100], [maxX, atRoas(maxX)]] }]}
        xLabel={L.chartX}
        formatX={(x) => fmt.number(x, 1)}
        formatY={(y) => fmt.yuan(y)}
        band={{ from: r.band.low, to: r.band.high, label: L.band }}
        marks={[
          ...(be.kind === 'ratio' && be.value <= maxX ? [{ x: be.value, y: 0, label: fill(L.markBreakEven, { x: beText(be) }) }] : []),
          ...(c?.roas != null && c.roas <= maxX ? [{ x: c.roas, y: atRoas(c.roas), label: fill(L.markCurrent, { x: fmt.roi(c.roas) }) }] : []),
        ]}
      />
      <Table
        id={`${prefix}-figures`}
        caption={C.tableCaption}
        rows={[
          [L.marginPerOrder, cell(fmt.yuanFine(r.marginPerOrderYuan), r.marginPerOrderYuan)],
          [L.breakEven, ratioCell(L, fmt, r.breakEven)],
          [L.leftPerOrder, cell(fmt.yuanFine(r.leftPerOrderYuan), r.leftPerOrderYuan)],
          [L.leftRate, cell(fmt.share(r.leftRate), r.leftRate)],
          [L.breakEvenRefunds, ratioCell(L, fmt, be)],
          [fill(L.targetRoas, { target: pct(v.targetProfitPct) }), ratioCell(L, fmt, r.targetRoas)],
          [L.breakEvenCpc, cell(fmt.yuanFine(r.breakEvenCpcYuan), r.breakEvenCpcYuan)],
          [L.maxCpa, cell(fmt.yuanFine(r.maxCpaYuan), r.maxCpaYuan)],
          ...(c
            ? [
                [L.roas, c.roas === null ? L.noSpend : cell(fmt.roi(c.roas), c.roas)],
                [c.profitYuan < 0 ? L.loss : L.profit, cell(fmt.yuan(c.profitYuan), c.profitYuan)],
                [L.gmvNeeded, c.gmvNeededYuan === null ? L.never : cell(fmt.yuan(c.gmvNeededYuan), c.gmvNeededYuan)],
                [L.maxSpend, cell(fmt.yuan(c.maxSpendYuan), c.maxSpendYuan)],
              ]
            : []),
        ]}
        C={C}
      />
      <Sensitivity
        id={`${prefix}-by-refund`}
        caption={L.sensRoas}
        corner={L.sensRoasCorner}
        rows={margins.map((m) => ({ label: pct(m), value: m }))}
        cols={refunds.map((x) => ({ label: pct(x), value: x }))}
        at={(m, x) => breakEvenAt(v, m, x)}
        format={(x) => fmt.roi(x)}
        none={L.never}
        toneOf={(x) => (x === null ? 3 : x <= 2 ? 0 : x <= 3 ? 1 : x <= 5 ? 2 : 3)}
        current={[margins.indexOf(gross), refunds.indexOf(v.refundPct)]}
        C={C}
      />

      <Sensitivity
        id={`${prefix}-by-conversion`}
        caption={L.sensCpc}
        corner={L.sensCpcCorner}
        rows={margins.map((m) => ({ label: pct(m), value: m }))}
        cols={conversions.map((x) => ({ label: pct(x), value: x }))}
        at={(m, x) => breakEvenCpcAt(v, m, x)}
        format={(x) => fmt.yuanFine(x)}
        none={L.never}
        toneOf={(x) => (!x || !cpcNow ? 3 : x >= cpcNow * 1.25 ? 0 : x >= cpcNow ? 1 : x >= cpcNow * 0.75 ? 2 : 3)}
        current={[margins.indexOf(gross), conversions.indexOf(v.conversionPct)]}
        C={C}
      />

    </>
  );
}

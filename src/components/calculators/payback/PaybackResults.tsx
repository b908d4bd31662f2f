import { computePayback, type PaybackOutcome, type PaybackResult } from '../../../calculators/payback/payback';
import type { paybackFields } from '../../../calculators/payback/payback.schema';
import { LineChart, type LineSeries } from '../../ui/LineChart';
import { fill, type Formatters } from '../kit/format';
import { Fold, Sensitivity, Table, axis, cell } from '../kit/Table';
import type { Calc } from '../kit/use-calc';
import type { PaybackLabels } from './labels.en';

type L = PaybackLabels['calc'];

/** An outcome in one line ("Paid back after 15.5 months (during month 16)"), and its explanation. */
export function describeOutcome(L: L, fmt: Formatters, o: PaybackOutcome): string {
  const months = (x: number) => fmt.number(x, 1);
  if (o.kind === 'paid-back') return fill(L.paidBack, { months: months(o.paybackMonths), month: Math.max(1, Math.ceil(o.paybackMonths)) });
  if (o.kind === 'nothing-to-recover') return L.nothing;
  if (o.firstPaybackMonths !== null && o.negativeAgainMonths !== null) return fill(L.negativeAgain, { first: months(o.firstPaybackMonths), month: Math.floor(o.negativeAgainMonths) + 1 });
  return L.never;
}
function explain(L: L, fmt: Formatters, o: PaybackOutcome): string | null {
  if (o.kind === 'never') return fill(L.neverText, { profit: fmt.yuan(o.steadyMonthlyYuan) });
  if (o.kind === 'nothing-to-recover') return L.nothingText;
  return o.dip ? fill(L.dipText, { first: fmt.number(o.dip.firstPaybackMonths, 1), month: Math.floor(o.dip.negativeAgainMonths) + 1 }) : null;
}

/** Chart points of a cumulative series: the lump at each month's start, then the month's profit. */
function seriesPoints(r: PaybackResult, pick: 'cumulativeYuan' | 'positionYuan'): [number, number][] {
  const points: [number, number][] = [[0, 0]];
  for (const m of r.months) points.push([m.month - 1, m[pick] - m.operatingYuan], [m.month, m[pick]]);
  return points;
}


/** Headline, chart, summary, sensitivity and month-by-month table of the payback calculator. */
export function PaybackResults({ calc }: { calc: Calc<typeof paybackFields, PaybackResult, L> }) {
  const { L, C, fmt, values: v, result: r, prefix } = calc;
  const months = (x: number) => fmt.number(x, 1);
  const cashText = explain(L, fmt, r.cash);
  const showPosition = r.totals.recoverableYuan > 0;
  const positionText = explain(L, fmt, r.position);
  const gap = r.targetGapMonths;
  const series: LineSeries[] = [
    { id: 'cash', label: L.seriesCash, points: seriesPoints(r, 'cumulativeYuan') },
    ...(showPosition ? [{ id: 'position', label: L.seriesPosition, points: seriesPoints(r, 'positionYuan'), secondary: true }] : []),
  ];
  const m = Math.round(r.netMarginPct * 100) / 100;
  const margins = axis(m, [m - 10, m - 5, m + 5, m + 10], -100, 100);
  const revenues = axis(v.revenueYuan, [0.5, 0.75, 1.5, 2].map((k) => v.revenueYuan * k), 0, 1e11);
  const paybackAt = (margin: number, revenue: number) => {
    const o = computePayback({ ...v, marginMode: 'net', netMarginPct: margin, revenueYuan: revenue }).cash;
    return o.kind === 'paid-back' ? o.paybackMonths : o.kind === 'nothing-to-recover' ? 0 : null;
  };
  const monthCells = (m: PaybackResult['months'][number]) => [
    cell(String(m.month), m.month),
    cell(fmt.yuan(m.revenueYuan), m.revenueYuan),
    cell(fmt.yuan(m.operatingYuan), m.operatingYuan),
    cell(m.upfrontYuan ? fmt.yuan(-m.upfrontYuan) : '', -m.upfrontYuan),
    cell(m.returnedYuan ? fmt.yuan(m.returnedYuan) : '', m.returnedYuan),
    cell(fmt.yuan(m.netYuan), m.netYuan),
    cell(fmt.yuan(m.cumulativeYuan), m.cumulativeYuan),
    ...(showPosition ? [cell(fmt.yuan(m.positionYuan), m.positionYuan)] : []),
    ...(r.discounted ? [cell(fmt.yuan(m.discountedCumulativeYuan), m.discountedCumulativeYuan)] : []),
  ];

  return (
    <>
      <dl class="calc-headline calc-headline--stack" aria-live="polite">
        <div class={r.cash.kind === 'never' ? 'calc-bad' : 'calc-good'}>
          <dt>{L.cashTitle}</dt>
          <dd>{describeOutcome(L, fmt, r.cash)}</dd>
        </div>
        {showPosition && (
          <div class="calc-headline-alt">
            <dt>{L.positionTitle}</dt>
            <dd>{describeOutcome(L, fmt, r.position)}</dd>
          </div>
        )}
        {r.discounted && (
          <div class="calc-headline-alt">
            <dt>{fill(L.discountedTitle, { rate: fmt.share(v.discountPct / 100) })}</dt>
            <dd>{describeOutcome(L, fmt, r.discounted)}</dd>
          </div>
        )}
      </dl>
      {r.cash.kind === 'paid-back' && v.startMonth > 1 && <p>{fill(L.afterStart, { months: months(r.cash.paybackMonths - (v.startMonth - 1)), start: v.startMonth })}</p>}
      {cashText && <p>{cashText}</p>}
      {r.cash.kind === 'paid-back' && r.cash.paybackMonths > v.horizonMonths && <p>{fill(L.chartShows, { months: v.horizonMonths })}</p>}
      {gap !== null && v.targetMonths !== undefined && (
        <p>{fill(Math.abs(gap) < 0.05 ? L.targetSame : gap < 0 ? L.targetEarlier : L.targetLater, { gap: months(Math.abs(gap)), target: v.targetMonths })}</p>
      )}
      {showPosition && (
        <p class="calc-hint">
          {L.positionHint}
          {positionText ? ` ${positionText}` : ''}
        </p>
      )}
      <LineChart
        id={`${prefix}-chart`}
        title={L.chartTitle}
        desc={fill(L.chartDesc, { outcome: describeOutcome(L, fmt, r.cash) })}
        series={series}
        xLabel={L.chartX}
        formatX={(x) => fmt.number(x)}
        formatY={(y) => fmt.yuanHeadline(y)}
        rules={v.targetMonths !== undefined && v.targetMonths <= v.horizonMonths ? [{ x: v.targetMonths, label: fill(L.ruleTarget, { months: v.targetMonths }) }] : []}
        marks={r.cash.kind === 'paid-back' && r.cash.paybackMonths <= v.horizonMonths ? [{ x: r.cash.paybackMonths, y: 0, label: fill(L.markPayback, { months: months(r.cash.paybackMonths) }) }] : []}
      />
      <Table
        id={`${prefix}-summary`}
        caption={C.tableCaption}
        rows={[
          [L.netMargin, cell(fmt.share(r.netMarginPct / 100), r.netMarginPct / 100)],
          [L.fullProfit, cell(fmt.yuan(r.fullMonthlyProfitYuan), r.fullMonthlyProfitYuan)],
          [L.upfront, cell(fmt.yuan(r.totals.upfrontYuan), r.totals.upfrontYuan)],
          [L.recoverable, cell(fmt.yuan(r.totals.recoverableYuan), r.totals.recoverableYuan)],
          [L.sunk, cell(fmt.yuan(r.totals.sunkYuan), r.totals.sunkYuan)],
          [L.heldAtEnd, cell(fmt.yuan(r.totals.heldAtEndYuan), r.totals.heldAtEndYuan)],
        ]}
        C={C}
      />
      <Sensitivity
        id={`${prefix}-sensitivity`}
        caption={L.sensCaption}
        corner={L.sensCorner}
        rows={margins.map((m) => ({ label: fmt.share(m / 100), value: m }))}
        cols={revenues.map((x) => ({ label: fmt.yuan(x), value: x }))}
        at={paybackAt}
        format={(x) => fmt.number(x, 1)}
        none={L.neverShort}
        toneOf={(x) => (x === null ? 3 : x <= 12 ? 0 : x <= 24 ? 1 : x <= 48 ? 2 : 3)}
        current={[margins.indexOf(m), revenues.indexOf(Math.round(v.revenueYuan * 100) / 100)]}
        C={C}
      />
      <Fold summary={L.monthlyTable}>
        {() => (
          <Table
            id={`${prefix}-months`}
            caption={L.monthlyTable}
            head={[L.month, L.revenue, L.operating, L.paidOut, L.returned, L.net, L.cumulative, ...(showPosition ? [L.position] : []), ...(r.discounted ? [L.discounted] : [])]}
            rows={r.months.map(monthCells)}
            C={C}
          />
        )}
      </Fold>
    </>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { computePayback, type PaybackOutcome, type PaybackResult } from '../../calculators/payback/payback';
import { itemFields, maxItems, paybackFields, paybackPrefix, paybackPresets, type PaybackPresetId, type UpfrontItem } from '../../calculators/payback/payback.schema';
import { appendItems, itemParam, itemsMarker, itemText, readItems, validateItem, type ItemText } from '../../calculators/payback/payback.items';
import type { NumberField as NumberSpec } from '../../calculators/shared/fields';
import { NumberField } from '../ui/NumberField';
import { ChoiceField } from '../ui/ChoiceField';
import { LineChart, type LineSeries } from '../ui/LineChart';
import { CalcFrame } from './CalcFrame';
import { errorMessage, numberInput } from './field-ui';
import { fill, formatters, type CalcLocale } from './format';
import type { PaybackLabels } from './labels/en';
import { useCalculator } from './use-calculator';

export interface PaybackIslandProps {
  locale: CalcLocale;
  labels: PaybackLabels;
  preset: PaybackPresetId;
  /** Query prefix and id stem; the wrapper numbers a second instance on a page (`pay2`). */
  prefix?: string;
  /** Shown after the title when a page embeds a named preset ("· Plan 002, reading A"), so two embeds differ. */
  titleSuffix?: string | undefined;
}

type CostKey = 'promotionPct' | 'personnelPct' | 'commissionPct' | 'shippingPct' | 'taxPct' | 'otherPct';
const costKeys: readonly CostKey[] = ['promotionPct', 'personnelPct', 'commissionPct', 'shippingPct', 'taxPct', 'otherPct'];

/** Chart points of a cumulative series: the lump at each month's start, then the month's profit. */
function seriesPoints(r: PaybackResult, pick: 'cumulativeYuan' | 'positionYuan'): [number, number][] {
  const points: [number, number][] = [[0, 0]];
  for (const m of r.months) points.push([m.month - 1, m[pick] - m.operatingYuan], [m.month, m[pick]]);
  return points;
}

/** The investment and payback calculator, hydrated with `client:visible`. */
export default function PaybackIsland({ locale, labels, preset, prefix = paybackPrefix, titleSuffix }: PaybackIslandProps) {
  const L = labels.payback;
  const C = labels.common;
  const fmt = formatters(locale);
  const localName = (name: string) => (name in L.itemNames ? L.itemNames[name as keyof typeof L.itemNames] : name);
  const presetRows = (id: string): ItemText[] =>
    (paybackPresets[id as PaybackPresetId]?.items ?? []).map((item) => ({ ...itemText(item), name: localName(item.name) }));

  const [rows, setRows] = useState<ItemText[]>(() => presetRows(preset));
  const [monthlyOpen, setMonthlyOpen] = useState(false);
  // A printout carries the monthly table: build it before the page is laid out for print.
  useEffect(() => {
    const open = () => setMonthlyOpen(true);
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const lastValidItems = useRef<(UpfrontItem | undefined)[]>([]);
  const verdicts = rows.map(validateItem);
  const items = verdicts.flatMap((v, i) => {
    const item = v.ok ? v.item : lastValidItems.current[i];
    return item ? [item] : [];
  });
  lastValidItems.current = verdicts.map((v, i) => (v.ok ? v.item : lastValidItems.current[i]));

  const state = useCalculator({
    specs: paybackFields,
    prefix: prefix,
    presets: paybackPresets,
    initialPreset: preset,
    describeRejected: (rej) => fill(C.badParam, { field: (L[rej.field as keyof typeof L] as string) ?? rej.field, raw: rej.raw }),
    extra: {
      read(params) {
        const read = readItems(params, prefix);
        if (read.rows) {
          lastValidItems.current = [];
          setRows(read.rows);
        }
        return read.rejectedRows.map((n) => fill(L.badRow, { n }));
      },
      write(params) {
        appendItems(params, prefix, items);
      },
      reset(id) {
        lastValidItems.current = [];
        setRows(presetRows(id));
      },
    },
  });
  const v = state.check.values;
  const input = useMemo(() => ({ ...v, items }), [v, JSON.stringify(items)]);
  const r = useMemo(() => computePayback(input), [input]);
  const ctx = { state, specs: paybackFields, prefix: prefix, labels, fmt };

  const setRow = (i: number, key: keyof ItemText, value: string) => {
    setRows((rs) => rs.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
    state.touch();
  };
  const removeRow = (i: number) => {
    setRows((rs) => rs.filter((_, j) => j !== i));
    lastValidItems.current = lastValidItems.current.filter((_, j) => j !== i);
    state.touch();
  };
  const addRow = () => {
    setRows((rs) => [...rs, { name: fill(L.itemNumber, { n: rs.length + 1 }), amountYuan: '10000', month: '1', returns: 'no', returnMonth: '' }]);
    state.touch();
  };

  const months = (x: number) => fmt.number(x, 1);
  const describe = (o: PaybackOutcome): { head: string; text?: string } => {
    switch (o.kind) {
      case 'paid-back':
        return {
          head: fill(L.paidBack, { months: months(o.paybackMonths), month: Math.max(1, Math.ceil(o.paybackMonths)) }),
          ...(o.dip ? { text: fill(L.dipText, { first: months(o.dip.firstPaybackMonths), month: Math.floor(o.dip.negativeAgainMonths) + 1 }) } : {}),
        };
      case 'never':
        return o.firstPaybackMonths !== null && o.negativeAgainMonths !== null
          ? { head: fill(L.negativeAgain, { first: months(o.firstPaybackMonths), month: Math.floor(o.negativeAgainMonths) + 1 }), text: fill(L.neverText, { profit: fmt.yuan(o.steadyMonthlyYuan) }) }
          : { head: L.never, text: fill(L.neverText, { profit: fmt.yuan(o.steadyMonthlyYuan) }) };
      case 'nothing-to-recover':
        return { head: L.nothing, text: L.nothingText };
    }
  };
  const cash = describe(r.cash);
  const position = describe(r.position);
  const discounted = r.discounted ? describe(r.discounted) : null;
  const gap = r.targetGapMonths;
  const showPosition = r.totals.recoverableYuan > 0;

  const series: LineSeries[] = [
    { id: 'cash', label: L.seriesCash, points: seriesPoints(r, 'cumulativeYuan') },
    ...(showPosition ? [{ id: 'position', label: L.seriesPosition, points: seriesPoints(r, 'positionYuan'), secondary: true }] : []),
  ];

  const inputs = (
    <>
      <div class="calc-grid-fields">
        {numberInput(ctx, 'startMonth', L.startMonth)}
        {numberInput(ctx, 'horizonMonths', L.horizonMonths, { hint: L.horizonHint })}
      </div>
      <ChoiceField
        id={`${prefix}-revenueMode`}
        name={`${prefix}.revenueMode`}
        legend={L.revenueMode}
        value={state.text.revenueMode}
        options={(['flat', 'ramp'] as const).map((m) => ({ value: m, label: L.revenueModes[m] }))}
        onChange={(m) => state.setField('revenueMode', m)}
      />
      <div class="calc-grid-fields">
        {numberInput(ctx, 'revenueYuan', v.revenueMode === 'ramp' ? L.revenueYuanRamp : L.revenueYuan)}
        <div class="calc-subgrid" hidden={v.revenueMode !== 'ramp'}>
          {numberInput(ctx, 'rampStartYuan', L.rampStartYuan)}
          {numberInput(ctx, 'rampMonths', L.rampMonths)}
        </div>
      </div>
      <ChoiceField
        id={`${prefix}-marginMode`}
        name={`${prefix}.marginMode`}
        legend={L.marginMode}
        value={state.text.marginMode}
        options={(['net', 'structure'] as const).map((m) => ({ value: m, label: L.marginModes[m] }))}
        onChange={(m) => state.setField('marginMode', m)}
      />
      <div class="calc-grid-fields" hidden={v.marginMode !== 'net'}>
        {numberInput(ctx, 'netMarginPct', L.netMarginPct)}
      </div>
      <div hidden={v.marginMode !== 'structure'}>
        <div class="calc-grid-fields">{numberInput(ctx, 'grossMarginPct', L.grossMarginPct)}</div>
        <fieldset class="calc-grid-fields calc-costs">
          <legend>{L.costsLegend}</legend>
          {costKeys.map((k) => numberInput(ctx, k, L[k]))}
        </fieldset>
      </div>
      <div class="calc-grid-fields">
        {numberInput(ctx, 'fixedMonthlyYuan', L.fixedMonthlyYuan)}
        {numberInput(ctx, 'discountPct', L.discountPct)}
        {numberInput(ctx, 'targetMonths', L.targetMonths)}
      </div>
      <fieldset class="calc-items">
        <legend>{L.itemsLegend}</legend>
        <input type="hidden" name={itemsMarker(prefix)} value={String(rows.length)} />
        {rows.map((row, i) => {
          const verdict = verdicts[i]!;
          const errors = verdict.ok ? {} : verdict.errors;
          const id = `${prefix}-item-${i}`;
          const err = (key: keyof typeof itemFields) => {
            const code = errors[key];
            const spec = itemFields[key];
            return code ? errorMessage(C, labels.errors, fmt, spec.type === 'number' ? (spec as NumberSpec) : undefined, code) : undefined;
          };
          return (
            <div class="calc-item" key={i} role="group" aria-label={row.name || fill(L.itemNumber, { n: i + 1 })}>
              <div class="calc-field calc-item-name">
                <label for={`${id}-name`}>{L.itemName}</label>
                <input id={`${id}-name`} name={itemParam(prefix, 'name')} type="text" maxLength={60} value={row.name} onInput={(e) => setRow(i, 'name', e.currentTarget.value)} />
              </div>
              <NumberField id={`${id}-amount`} name={itemParam(prefix, 'amountYuan')} label={L.itemAmount} unit={C.unitSuffix.yuan} value={row.amountYuan} error={err('amountYuan')} onInput={(x) => setRow(i, 'amountYuan', x)} />
              <NumberField id={`${id}-month`} name={itemParam(prefix, 'month')} label={L.itemMonth} unit="" value={row.month} error={err('month')} onInput={(x) => setRow(i, 'month', x)} />
              <div class={err('returns') ? 'calc-field calc-field--invalid' : 'calc-field'}>
                <label for={`${id}-returns`}>{L.itemReturns}</label>
                <select
                  id={`${id}-returns`}
                  name={itemParam(prefix, 'returns')}
                  value={row.returns}
                  aria-invalid={err('returns') ? 'true' : undefined}
                  aria-describedby={err('returns') ? `${id}-returns-error` : undefined}
                  onChange={(e) => setRow(i, 'returns', e.currentTarget.value)}
                >
                  {(['no', 'close', 'month'] as const).map((o) => (
                    <option key={o} value={o}>
                      {L.returnsOptions[o]}
                    </option>
                  ))}
                </select>
                {err('returns') && (
                  <span class="calc-error" id={`${id}-returns-error`}>
                    {err('returns')}
                  </span>
                )}
              </div>
              <div hidden={row.returns !== 'month' && !err('returnMonth')}>
                <NumberField id={`${id}-back`} name={itemParam(prefix, 'returnMonth')} label={L.itemReturnMonth} unit="" value={row.returnMonth} error={err('returnMonth')} onInput={(x) => setRow(i, 'returnMonth', x)} />
              </div>
              <button type="button" class="calc-button calc-remove" disabled={!state.hydrated} onClick={() => removeRow(i)}>
                {fill(L.removeItem, { name: row.name || fill(L.itemNumber, { n: i + 1 }) })}
              </button>
            </div>
          );
        })}
        <button type="button" class="calc-button" disabled={!state.hydrated || rows.length >= maxItems} onClick={addRow}>
          {L.addItem}
        </button>
      </fieldset>
    </>
  );

  const results = (
    <>
      <dl class="calc-headline calc-headline--stack" aria-live="polite">
        <div class={r.cash.kind === 'paid-back' || r.cash.kind === 'nothing-to-recover' ? 'calc-good' : 'calc-bad'}>
          <dt>{L.cashTitle}</dt>
          <dd>{cash.head}</dd>
        </div>
        {showPosition && (
          <div class="calc-headline-alt">
            <dt>{L.positionTitle}</dt>
            <dd>{position.head}</dd>
          </div>
        )}
        {discounted && (
          <div class="calc-headline-alt">
            <dt>{fill(L.discountedTitle, { rate: fmt.share(v.discountPct / 100) })}</dt>
            <dd>{discounted.head}</dd>
          </div>
        )}
      </dl>
      {r.cash.kind === 'paid-back' && v.startMonth > 1 && (
        <p>{fill(L.afterStart, { months: months(r.cash.paybackMonths - (v.startMonth - 1)), start: v.startMonth })}</p>
      )}
      {cash.text && <p>{cash.text}</p>}
      {r.cash.kind === 'paid-back' && r.cash.paybackMonths > v.horizonMonths && <p>{fill(L.chartShows, { months: v.horizonMonths })}</p>}
      {gap !== null && v.targetMonths !== undefined && (
        <p>{fill(Math.abs(gap) < 0.05 ? L.targetSame : gap < 0 ? L.targetEarlier : L.targetLater, { gap: months(Math.abs(gap)), target: v.targetMonths })}</p>
      )}
      {showPosition && <p class="calc-hint">{L.positionHint}{position.text ? ` ${position.text}` : ''}</p>}
      <LineChart
        id={`${prefix}-chart`}
        title={L.chartTitle}
        desc={fill(L.chartDesc, { outcome: cash.head })}
        series={series}
        xLabel={L.chartX}
        formatX={(x) => fmt.number(x)}
        formatY={(y) => fmt.yuanHeadline(y)}
        rules={v.targetMonths !== undefined && v.targetMonths <= v.horizonMonths ? [{ x: v.targetMonths, label: fill(L.ruleTarget, { months: v.targetMonths }) }] : []}
        marks={r.cash.kind === 'paid-back' ? [{ x: r.cash.paybackMonths, y: 0, label: fill(L.markPayback, { months: months(r.cash.paybackMonths) }) }] : []}
      />
      <table class="calc-table">
        <caption>{C.tableCaption}</caption>
        <tbody>
          {(
            [
              [L.netMargin, fmt.share(r.netMarginPct / 100)],
              [L.fullProfit, fmt.yuan(r.fullMonthlyProfitYuan)],
              [L.upfront, fmt.yuan(r.totals.upfrontYuan)],
              [L.recoverable, fmt.yuan(r.totals.recoverableYuan)],
              [L.sunk, fmt.yuan(r.totals.sunkYuan)],
              [L.heldAtEnd, fmt.yuan(r.totals.heldAtEndYuan)],
            ] as const
          ).map(([k, val]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td class="num">{val}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details class="calc-monthly" open={monthlyOpen} onToggle={(e) => setMonthlyOpen(e.currentTarget.open)}>
        <summary>{L.monthlyTable}</summary>
        {/* Rows are built only once opened (or printed): up to 120 rows per calculator would
            otherwise weigh on every page that embeds one. */}
        {monthlyOpen && (
        <div class="calc-scroll" tabIndex={0} role="group" aria-label={L.monthlyTable}>
          <table class="calc-table">
            <thead>
              <tr>
                {[L.month, L.revenue, L.operating, L.paidOut, L.returned, L.net, L.cumulative, ...(showPosition ? [L.position] : []), ...(r.discounted ? [L.discounted] : [])].map((h) => (
                  <th key={h} scope="col" class="num">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row" class="num">
                    {m.month}
                  </th>
                  <td class="num">{fmt.yuan(m.revenueYuan)}</td>
                  <td class="num">{fmt.yuan(m.operatingYuan)}</td>
                  <td class="num">{m.upfrontYuan ? fmt.yuan(-m.upfrontYuan) : ''}</td>
                  <td class="num">{m.returnedYuan ? fmt.yuan(m.returnedYuan) : ''}</td>
                  <td class="num">{fmt.yuan(m.netYuan)}</td>
                  <td class={m.cumulativeYuan < 0 ? 'num calc-neg' : 'num'}>{fmt.yuan(m.cumulativeYuan)}</td>
                  {showPosition && <td class="num">{fmt.yuan(m.positionYuan)}</td>}
                  {r.discounted && <td class="num">{fmt.yuan(m.discountedCumulativeYuan)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        )}
      </details>
    </>
  );

  return (
    <CalcFrame
      prefix={prefix}
      labels={L}
      titleSuffix={titleSuffix}
      common={C}
      presetIds={Object.keys(paybackPresets) as PaybackPresetId[]}
      state={state}
      extraErrors={verdicts.some((x) => !x.ok)}
      inputs={inputs}
      results={results}
    />
  );
}

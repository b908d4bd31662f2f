import { computeEntryCost, type Amount, type EntryCostResult } from '../../../calculators/entry-cost/entry-cost';
import { paybackQueryOf } from '../../../calculators/entry-cost/entry-cost.link';
import { entryCostFields, entryCostPresets, type EntryCostInput, type EntryCostPresetId } from '../../../calculators/entry-cost/entry-cost.schema';
import { choice, num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { fill } from '../kit/format';
import { Table, cell, type Cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { EntryCostLabels } from './labels.en';

export const entryCostDef: CalcDef<typeof entryCostFields, EntryCostResult> = { specs: entryCostFields, presets: entryCostPresets, compute: computeEntryCost };

const overrides = ['depositYuan', 'annualFeeYuan', 'refundHalfAtYuan', 'refundFullAtYuan'] as const;

export interface EntryCostIslandProps extends IslandProps<EntryCostLabels['calc'], EntryCostPresetId> {
  /** The payback calculator's page (under the site's base), where "open in payback" leads. */
  paybackUrl: string;
}

/** The Tmall entry-cost calculator: dated fees, plan 002's as history, a link into payback. */
export default function EntryCostIsland(p: EntryCostIslandProps) {
  const calc = useCalc(entryCostDef, p);
  const { L, C, fmt, values: v, result: r, prefix } = calc;
  const money = (x: number | null) => (x === null ? L.unknown : fmt.yuanHeadline(x));
  const amount = (a: Amount): Cell => (a.kind === 'known' ? cell(fmt.yuan(a.yuan), a.yuan) : L.unknown);
  const pct = (x: number) => fmt.number(x, 2);

  const inputs = (
    <>
      {choice(calc, 'schedule', L.schedules)}
      {choice(calc, 'storeType', L.storeTypes)}
      {choice(calc, 'trademark', L.trademarks)}
      {choice(calc, 'category', L.categories)}
      <div class="calc-grid-fields">
        {num(calc, 'annualSalesYuan')}
        {num(calc, 'commissionPct', { hint: L.commissionHint })}
      </div>
      <details class="calc-more" open={overrides.some((k) => calc.text[k] !== '')}>
        <summary>{L.overrides}</summary>
        <div class="calc-grid-fields">{overrides.map((k) => num(calc, k, { hint: L.overrideHint }))}</div>
      </details>
    </>
  );

  const rate = r.commission.rate;
  const source =
    v.depositYuan !== undefined ? L.entered : v.schedule === 'plan-002' ? L.asOfPlan : fill(L.asOf, { date: r.depositSources[0]?.asOf ?? '', publisher: r.depositSources[0]?.publisher ?? '' });
  const checks = [
    ...(r.deposit.kind === 'unknown' ? [r.deposit.why === 'plan-specialty-only' ? L.checkDepositPlan : L.checkDeposit] : []),
    ...(rate.kind === 'unknown' ? [L.checkCommission] : []),
  ];
  const names = { deposit: L.itemDeposit, annualFee: L.itemAnnualFee, feeRefund: L.itemFeeRefund };
  const href = `${p.paybackUrl}?${paybackQueryOf(v, r, names).toString()}#calc-pay`;

  const results = (
    <>
      <dl class="calc-headline" aria-live="polite">
        <div class="calc-good">
          <dt>{L.held}</dt>
          <dd>{r.deposit.kind === 'known' ? fmt.yuanHeadline(r.deposit.yuan) : L.unknown}</dd>
        </div>
        <div>
          <dt>{L.spent}</dt>
          <dd>{money(r.costYuan)}</dd>
        </div>
        <div>
          <dt>{L.cash}</dt>
          <dd>{money(r.firstYearCashYuan)}</dd>
        </div>
      </dl>
      <p class="calc-hint">
        {L.heldHint} {source}
      </p>
      {checks.length > 0 && (
        <div class="calc-cautions">
          <p class="calc-next-title">{L.checkTitle}</p>
          <ul>
            {checks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p>{L.checkWhere}</p>
        </div>
      )}
      <Table
        id={`${prefix}-table`}
        caption={L.tableCaption}
        head={[L.item, L.amount, L.comesBack]}
        rows={[
          [L.deposit, amount(r.deposit), L.back],
          [L.annualFee, cell(fmt.yuan(r.annualFee.grossYuan), r.annualFee.grossYuan), L.no],
          ...(r.annualFee.refundYuan > 0 ? [[fill(L.feeRefund, { pct: r.annualFee.refundPct }), cell(fmt.yuan(-r.annualFee.refundYuan), -r.annualFee.refundYuan), L.backAfterYear] as Cell[]] : []),
          [fill(L.commission, { pct: rate.kind === 'known' ? pct(rate.pct) : '?' }), r.commission.yuan === null ? L.unknown : cell(fmt.yuan(r.commission.yuan), r.commission.yuan), L.no],
          ...(r.basicFee.pct > 0 ? [[fill(L.basicFee, { pct: pct(r.basicFee.pct) }), cell(fmt.yuan(r.basicFee.yuan), r.basicFee.yuan), L.no] as Cell[]] : []),
        ]}
        foot={[
          [L.cash, r.firstYearCashYuan === null ? L.unknown : cell(fmt.yuan(r.firstYearCashYuan), r.firstYearCashYuan), ''],
          [L.recoverable, r.recoverableYuan === null ? L.unknown : cell(fmt.yuan(r.recoverableYuan), r.recoverableYuan), ''],
          [L.cost, r.costYuan === null ? L.unknown : cell(fmt.yuan(r.costYuan), r.costYuan), ''],
          [L.costShare, r.costShareOfSales === null ? '–' : cell(fmt.share(r.costShareOfSales), r.costShareOfSales), ''],
        ]}
        C={C}
      />
      <p class="calc-open">
        <a href={href}>{L.openPayback}</a> <span class="calc-hint">{L.openPaybackHint}</span>
      </p>
    </>
  );

  const compare = (x: EntryCostInput, y: EntryCostResult) =>
    [
      [L.schedule, L.schedules[x.schedule]],
      [L.storeType, L.storeTypes[x.storeType]],
      [L.trademark, L.trademarks[x.trademark]],
      [L.held, amount(y.deposit)],
      [L.spent, y.costYuan === null ? L.unknown : cell(fmt.yuan(y.costYuan), y.costYuan)],
      [L.cash, y.firstYearCashYuan === null ? L.unknown : cell(fmt.yuan(y.firstYearCashYuan), y.firstYearCashYuan)],
    ] as const;
  const presets = (Object.keys(entryCostPresets) as EntryCostPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presets} inputs={inputs} results={results} compare={compare} />;
}

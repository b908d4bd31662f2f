import { useMemo } from 'preact/hooks';
import { computePayback, type PaybackResult } from '../../../calculators/payback/payback';
import { paybackFields, paybackPresets, type PaybackInput, type PaybackPresetId } from '../../../calculators/payback/payback.schema';
import { choice, ListEditor, num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { fill } from '../kit/format';
import { cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { PaybackLabels } from './labels.en';
import { describeOutcome, PaybackResults } from './PaybackResults';

export const paybackDef: CalcDef<typeof paybackFields, PaybackResult> = { specs: paybackFields, presets: paybackPresets, compute: computePayback };

const costKeys = ['promotionPct', 'personnelPct', 'commissionPct', 'shippingPct', 'taxPct', 'otherPct'] as const;

/** The investment and payback calculator. */
export default function PaybackIsland(p: IslandProps<PaybackLabels['calc'], PaybackPresetId>) {
  const L = p.labels.calc;
  // Preset item names are label keys (`tmallDeposit`): shown, and linked, in the page's language.
  const presets = useMemo(() => {
    const localName = (name: string) => (L.itemNames as Record<string, string>)[name] ?? name;
    const out: Record<string, PaybackInput> = {};
    for (const [id, v] of Object.entries(paybackPresets)) out[id] = { ...v, items: v.items.map((i) => ({ ...i, name: localName(i.name) })) };
    return out;
  }, []);
  const calc = useCalc(paybackDef, p, { presets });
  const { fmt, values: v } = calc;
  const itemName = (row: Record<string, string>, n: number) => row['name'] || fill(L.itemNumber, { n });

  const inputs = (
    <>
      <div class="calc-grid-fields">
        {num(calc, 'startMonth')}
        {num(calc, 'horizonMonths', { hint: L.horizonHint })}
      </div>
      {choice(calc, 'revenueMode', L.revenueModes)}
      <div class="calc-grid-fields">
        {num(calc, 'revenueYuan', { label: v.revenueMode === 'ramp' ? L.revenueYuanRamp : L.revenueYuan })}
        <div class="calc-subgrid" hidden={v.revenueMode !== 'ramp'}>
          {num(calc, 'rampStartYuan')}
          {num(calc, 'rampMonths')}
        </div>
      </div>
      {choice(calc, 'marginMode', L.marginModes)}
      <div class="calc-grid-fields" hidden={v.marginMode !== 'net'}>
        {num(calc, 'netMarginPct')}
      </div>
      <div hidden={v.marginMode !== 'structure'}>
        <div class="calc-grid-fields">{num(calc, 'grossMarginPct')}</div>
        <fieldset class="calc-grid-fields calc-costs">
          <legend>{L.costsLegend}</legend>
          {costKeys.map((k) => num(calc, k))}
        </fieldset>
      </div>
      <div class="calc-grid-fields">
        {num(calc, 'fixedMonthlyYuan')}
        {num(calc, 'discountPct')}
        {num(calc, 'targetMonths')}
      </div>
      <ListEditor
        calc={calc as never}
        field="items"
        legend={L.itemsLegend}
        labels={{ name: L.itemName, amountYuan: L.itemAmount, month: L.itemMonth, returns: L.itemReturns, returnMonth: L.itemReturnMonth }}
        options={{ returns: L.returnsOptions }}
        shows={(row, k) => k !== 'returnMonth' || row['returns'] === 'month'}
        newRow={(n) => ({ name: fill(L.itemNumber, { n }), amountYuan: '10000', month: '1', returns: 'no', returnMonth: '' })}
        rowName={itemName}
        add={L.addItem}
        remove={L.removeItem}
      />
    </>
  );

  const compare = (x: PaybackInput, r: PaybackResult) =>
    [
      [L.revenueYuan, cell(fmt.yuan(x.revenueYuan), x.revenueYuan)],
      [L.netMargin, cell(fmt.share(r.netMarginPct / 100), r.netMarginPct / 100)],
      [L.upfront, cell(fmt.yuan(r.totals.upfrontYuan), r.totals.upfrontYuan)],
      [L.sunk, cell(fmt.yuan(r.totals.sunkYuan), r.totals.sunkYuan)],
      [L.cashTitle, r.cash.kind === 'paid-back' ? cell(describeOutcome(L, fmt, r.cash), Math.round(r.cash.paybackMonths * 10) / 10) : describeOutcome(L, fmt, r.cash)],
      [L.positionTitle, r.position.kind === 'paid-back' ? cell(describeOutcome(L, fmt, r.position), Math.round(r.position.paybackMonths * 10) / 10) : describeOutcome(L, fmt, r.position)],
    ] as const;
  const presetList = (Object.keys(paybackPresets) as PaybackPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presetList} inputs={inputs} results={<PaybackResults calc={calc} />} compare={compare} />;
}

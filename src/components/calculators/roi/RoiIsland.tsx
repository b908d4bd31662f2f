import type { ComponentChildren } from 'preact';
import { computeRoi, type RoiResult } from '../../../calculators/roi/roi';
import { roiFields, roiPresets, type RoiInput, type RoiPresetId } from '../../../calculators/roi/roi.schema';
import { num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { RoiLabels } from './labels.en';
import { RoiResults, ratioCell } from './RoiResults';

export const roiDef: CalcDef<typeof roiFields, RoiResult> = { specs: roiFields, presets: roiPresets, compute: computeRoi };

/** The ROAS (投产比) and break-even calculator: per order, with refunds, CPC and two "solve for" questions. */
export default function RoiIsland(p: IslandProps<RoiLabels['calc'], RoiPresetId>) {
  const calc = useCalc(roiDef, p);
  const { L, fmt } = calc;
  const group = (legend: string, children: ComponentChildren, hint?: string) => (
    <fieldset class="calc-grid-fields calc-group">
      <legend>{legend}</legend>
      {hint && <p class="calc-hint calc-group-hint">{hint}</p>}
      {children}
    </fieldset>
  );

  const inputs = (
    <>
      {group(
        L.perOrder,
        <>
          {num(calc, 'priceYuan')}
          {num(calc, 'costYuan')}
          {num(calc, 'commissionPct', { hint: L.ratesHint })}
          {num(calc, 'otherPct', { hint: L.ratesHint })}
          {num(calc, 'packagingYuan')}
          {num(calc, 'shippingYuan')}
        </>,
      )}
      {group(
        L.refunds,
        <>
          {num(calc, 'refundPct')}
          {num(calc, 'returnLossYuan', { hint: L.returnLossHint })}
        </>,
      )}
      {group(
        L.ads,
        <>
          {num(calc, 'conversionPct')}
          {num(calc, 'targetProfitPct', { hint: L.targetHint })}
        </>,
      )}
      {group(
        L.campaign,
        <>
          {num(calc, 'spendYuan')}
          {num(calc, 'gmvYuan')}
        </>,
        L.campaignHint,
      )}
      {group(
        L.solve,
        <>
          {num(calc, 'solveRoas', { hint: L.solveRoasHint })}
          {num(calc, 'solveCpcYuan', { hint: L.solveCpcHint })}
        </>,
      )}
    </>
  );

  const compare = (x: RoiInput, r: RoiResult) =>
    [
      [L.priceYuan, cell(fmt.yuan(x.priceYuan), x.priceYuan)],
      [L.marginPerOrder, cell(fmt.yuanFine(r.marginPerOrderYuan), r.marginPerOrderYuan)],
      [L.refundPct, cell(fmt.share(x.refundPct / 100), x.refundPct / 100)],
      [L.breakEvenRefunds, ratioCell(L, fmt, r.breakEvenWithRefunds)],
      [L.breakEvenCpc, cell(fmt.yuanFine(r.breakEvenCpcYuan), r.breakEvenCpcYuan)],
      [r.campaign && r.campaign.profitYuan < 0 ? L.loss : L.profit, r.campaign ? cell(fmt.yuan(r.campaign.profitYuan), r.campaign.profitYuan) : '–'],
    ] as const;
  const presets = (Object.keys(roiPresets) as RoiPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presets} inputs={inputs} results={<RoiResults calc={calc} />} compare={compare} />;
}

import type { FunnelResult } from '../../../calculators/funnel/funnel';
import type { funnelFields } from '../../../calculators/funnel/funnel.schema';
import { fill } from '../kit/format';
import { Sensitivity, Table, cell, type Cell } from '../kit/Table';
import type { Calc } from '../kit/use-calc';
import type { FunnelLabels } from './labels.en';

/** The sensitivity grid: the reader's conversion and CPC, and these multiples of them. */
const factors = [0.5, 0.75, 1, 1.5, 2] as const;

type OkResult = Extract<FunnelResult, { kind: 'ok' }>;

/** Results of a solved funnel: the headline, the step of the table, a day and a month, the grid. */
export function FunnelResults({ calc, r, roasText }: { calc: Calc<typeof funnelFields, FunnelResult, FunnelLabels['calc']>; r: OkResult; roasText: string }) {
  const { L, C, fmt, values: v, prefix } = calc;
  const { day, month, ads, step } = r;
  const be = ads.breakEven;
  const fill2 = { visitors: fmt.number(Math.ceil(day.visitors - 1e-9)), orders: fmt.number(day.orders, 1), gmv: fmt.yuan(day.gmvYuan), rate: fmt.share(day.conversionRate), aov: fmt.yuanFine(day.aovYuan) };
  const stepText =
    step.kind === 'steps'
      ? fill(L.stepFit, { visitors: fill2.visitors, steps: step.steps.join(calc.locale === 'en' ? ' or ' : ' 或 ') })
      : step.kind === 'below'
        ? L.stepBelow
        : fill(L.stepBeyond, { times: fmt.number(step.times, 1) });
  const both = (label: string, a: number, b: number, text: (n: number) => string): Cell[] => [label, cell(text(a), a), cell(text(b), b)];
  const one = (label: string, c: Cell): Cell[] => [label, c, ''];
  const beRoas = be?.kind === 'ratio' ? be.roas : null;
  const rates = factors.map((f) => v.conversionPct * f);
  const cpcs = factors.map((f) => v.cpcYuan * f);
  return (
    <>
      <dl class="calc-headline" aria-live="polite">
        <div>
          <dt>{L.headVisitors}</dt>
          <dd>{fill2.visitors}</dd>
        </div>
        <div>
          <dt>{L.headOrders}</dt>
          <dd>{fill2.orders}</dd>
        </div>
        <div>
          <dt>{L.headGmv}</dt>
          <dd>{fmt.yuanHeadline(day.gmvYuan)}</dd>
        </div>
        <div class={beRoas !== null && ads.roas.kind === 'ratio' && ads.roas.value < beRoas ? 'calc-bad' : undefined}>
          <dt>{L.roas}</dt>
          <dd>{roasText}</dd>
        </div>
      </dl>
      <p>
        {fill(L.solved[r.solve], fill2)} {stepText}
      </p>
      <p class="calc-hint">{L.roasHint}</p>
      {be?.kind === 'ratio' && <p>{v.cpcYuan > be.cpcYuan + 1e-9 ? L.cpcVerdictOver : L.cpcVerdictUnder}</p>}
      <Table
        id={`${prefix}-table`}
        caption={L.tableCaption}
        head={[L.figure, L.day, L.month]}
        rows={[
          both(L.headVisitors, day.visitors, month.visitors, (x) => fmt.number(x)),
          both(L.headOrders, day.orders, month.orders, (x) => fmt.number(x, 1)),
          both(L.headGmv, day.gmvYuan, month.gmvYuan, fmt.yuan),
          both(L.paidVisitors, ads.paidVisitors, ads.paidVisitors * 30, (x) => fmt.number(x)),
          both(L.spend, ads.spendYuan, month.spendYuan, fmt.yuan),
          ...(be ? [both(L.profitAfterAds, be.profitYuan, be.profitYuan * 30, fmt.yuan)] : []),
          one(L.headRate, cell(fill2.rate, day.conversionRate)),
          one(L.headAov, cell(fmt.yuanFine(day.aovYuan), day.aovYuan)),
          one(L.roas, cell(roasText, ads.roas.kind === 'ratio' ? ads.roas.value : '')),
          one(L.spendShare, ads.spendShareOfGmv === null ? '–' : cell(fmt.share(ads.spendShareOfGmv), ads.spendShareOfGmv)),
          ...(be ? [one(L.breakEvenCpc, be.kind === 'ratio' ? cell(fmt.yuanFine(be.cpcYuan), be.cpcYuan) : L.never), one(L.breakEvenRoas, be.kind === 'ratio' ? cell(fmt.roi(be.roas), be.roas) : L.never)] : []),
        ]}
        C={C}
      />
      {v.conversionPct > 0 && v.cpcYuan > 0 && (
        <>
          <Sensitivity
            id={`${prefix}-sensitivity`}
            caption={L.sensitivity}
            corner={L.sensitivityCorner}
            rows={rates.map((x) => ({ label: fmt.share(x / 100), value: x }))}
            cols={cpcs.map((x) => ({ label: fmt.yuanFine(x), value: x }))}
            at={(rate, cpc) => ((rate / 100) * day.aovYuan) / cpc}
            format={(x) => fmt.roi(x)}
            none="–"
            toneOf={(x) => (beRoas === null || x === null ? 1 : x >= beRoas * 1.5 ? 0 : x >= beRoas ? 1 : x >= beRoas * 0.75 ? 2 : 3)}
            current={[2, 2]}
            C={C}
          />
          <p class="calc-hint">{L.sensitivityNote}</p>
        </>
      )}
    </>
  );
}

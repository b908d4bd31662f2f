import { computeCsPay, type CsPayResult } from '../../../calculators/cs-pay/cs-pay';
import { csPayFields, csPayPresets, type CsPayInput, type CsPayPresetId } from '../../../calculators/cs-pay/cs-pay.schema';
import { num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { fill } from '../kit/format';
import { Sensitivity, Table, cell, type Cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { CsPayLabels } from './labels.en';

export const csPayDef: CalcDef<typeof csPayFields, CsPayResult> = { specs: csPayFields, presets: csPayPresets, compute: computeCsPay };

const payKeys = ['agentBaseYuan', 'leadBaseYuan', 'managerBaseYuan', 'commissionPct', 'teamCommissionPct', 'indirectPoolPct'] as const;
const bonusKeys = ['bonusYuan', 'replyWeightPct', 'closeWeightPct', 'satisfactionWeightPct', 'replyScorePct', 'closeScorePct', 'satisfactionScorePct'] as const;
/** Sensitivity rows: the reader's sales times these. */
const salesFactors = [0.5, 1, 2, 5, 10] as const;

/** Plan 002's customer-service pay (篇五) on a team of the reader's size. */
export default function CsPayIsland(p: IslandProps<CsPayLabels['calc'], CsPayPresetId>) {
  const calc = useCalc(csPayDef, p);
  const { L, C, fmt, values: v, result: r, prefix } = calc;

  const inputs = (
    <>
      <div class="calc-grid-fields">
        {num(calc, 'revenueYuan')}
        {num(calc, 'silentSharePct', { hint: L.silentHint })}
        {num(calc, 'agents')}
        {num(calc, 'leads')}
        {num(calc, 'managers')}
        {num(calc, 'indirectStaff')}
      </div>
      <fieldset class="calc-grid-fields calc-costs">
        <legend>{L.payLegend}</legend>
        {payKeys.map((k) => num(calc, k))}
        {num(calc, 'indirectBaseYuan', { hint: L.indirectBaseHint })}
      </fieldset>
      <details class="calc-more" open={bonusKeys.some((k) => calc.text[k] !== '')}>
        <summary>{L.bonusLegend}</summary>
        <p class="calc-hint">{L.bonusNote}</p>
        <div class="calc-grid-fields">{bonusKeys.map((k) => num(calc, k))}</div>
      </details>
    </>
  );

  const agent = r.rows.find((x) => x.role === 'agent');
  const money = (x: number | null) => (x === null ? L.noBase : cell(fmt.yuan(x), x));
  const b = r.bonus;
  const bonusLine =
    b.kind === 'no-weights' ? L.noWeights : b.kind === 'missing-score' ? fill(L.missingScore, { list: b.measures.map((m) => L.measures[m]).join(calc.locale === 'en' ? ', ' : '、') }) : b.kind === 'paid' ? fill(L.bonusPaid, { score: fmt.share(b.scorePct / 100), bonus: fmt.yuan(b.yuanPerAgent) }) : null;
  const agentCounts = [...new Set([Math.max(1, v.agents - 1), Math.max(1, v.agents), v.agents + 1, v.agents + 2])];
  const shareAt = (sales: number, agents: number) => computeCsPay({ ...v, revenueYuan: sales, agents }).csTeam.shareOfRevenue;

  const results = (
    <>
      <dl class="calc-headline" aria-live="polite">
        <div>
          <dt>{L.agentPay}</dt>
          <dd>{agent?.totalYuan != null ? fmt.yuan(agent.totalYuan) : '–'}</dd>
        </div>
        <div>
          <dt>{L.teamPay}</dt>
          <dd>{fmt.yuanHeadline(r.csTeam.payYuan)}</dd>
        </div>
        <div>
          <dt>{L.teamShare}</dt>
          <dd>{r.csTeam.shareOfRevenue === null ? '–' : fmt.share(r.csTeam.shareOfRevenue)}</dd>
        </div>
        <div>
          <dt>{L.commissionTotal}</dt>
          <dd>{fmt.yuan(r.commissionTotalYuan)}</dd>
        </div>
      </dl>
      <p class="calc-hint">{L.wageYear}</p>
      {bonusLine && <p class={b.kind === 'paid' ? undefined : 'calc-cautions'}>{bonusLine}</p>}
      {r.unassignedSalesYuan > 0 && <p class="calc-cautions">{fill(L.unassigned, { sales: fmt.yuan(r.unassignedSalesYuan) })}</p>}
      <Table
        id={`${prefix}-table`}
        caption={L.tableCaption}
        head={[L.role, L.count, L.base, L.commissionOn, L.commission, L.bonus, L.total]}
        rows={r.rows.map((x): Cell[] => [
          L.roles[x.role],
          cell(String(x.count), x.count),
          money(x.baseYuan),
          cell(fmt.yuan(x.commissionBaseYuan), x.commissionBaseYuan),
          cell(fmt.yuanFine(x.commissionYuan), x.commissionYuan),
          cell(fmt.yuan(x.bonusYuan), x.bonusYuan),
          money(x.totalYuan),
        ])}
        foot={[
          [L.csTeam, cell(String(r.csTeam.headcount), r.csTeam.headcount), '', '', cell(fmt.yuanFine(r.csTeam.commissionYuan), r.csTeam.commissionYuan), '', cell(fmt.yuan(r.csTeam.payYuan), r.csTeam.payYuan)],
          [r.indirectPool.perPersonYuan === null ? L.poolUnshared : L.pool, '', '', cell(fmt.yuan(r.silentSalesYuan), r.silentSalesYuan), cell(fmt.yuanFine(r.indirectPool.yuan), r.indirectPool.yuan), '', r.indirectPool.perPersonYuan === null ? '–' : cell(fmt.yuanFine(r.indirectPool.perPersonYuan), r.indirectPool.perPersonYuan)],
        ]}
        C={C}
      />
      {v.revenueYuan > 0 && (
        <>
          <Sensitivity
            id={`${prefix}-sensitivity`}
            caption={L.sensitivity}
            corner={L.sensitivityCorner}
            rows={salesFactors.map((f) => ({ label: fmt.yuanHeadline(v.revenueYuan * f), value: v.revenueYuan * f }))}
            cols={agentCounts.map((n) => ({ label: String(n), value: n }))}
            at={shareAt}
            format={(x) => fmt.share(x)}
            none="–"
            toneOf={(x) => (x === null ? 3 : x <= 0.06 ? 0 : x <= 0.1 ? 1 : x <= 0.2 ? 2 : 3)}
            current={[1, agentCounts.indexOf(v.agents)]}
            C={C}
          />
          <p class="calc-hint">{L.sensitivityNote}</p>
        </>
      )}
    </>
  );

  const compare = (x: CsPayInput, y: CsPayResult) =>
    [
      [L.revenueYuan, cell(fmt.yuan(x.revenueYuan), x.revenueYuan)],
      [L.agents, cell(String(x.agents), x.agents)],
      [L.agentPay, money(y.rows.find((row) => row.role === 'agent')?.totalYuan ?? null)],
      [L.teamPay, cell(fmt.yuan(y.csTeam.payYuan), y.csTeam.payYuan)],
      [L.teamShare, y.csTeam.shareOfRevenue === null ? '–' : cell(fmt.share(y.csTeam.shareOfRevenue), y.csTeam.shareOfRevenue)],
      [L.commissionTotal, cell(fmt.yuan(y.commissionTotalYuan), y.commissionTotalYuan)],
    ] as const;
  const presets = (Object.keys(csPayPresets) as CsPayPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presets} inputs={inputs} results={results} compare={compare} />;
}

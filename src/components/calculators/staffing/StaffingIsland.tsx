import { computeStaffing, type DepartmentRow, type StaffingResult } from '../../../calculators/staffing/staffing';
import { departments, roles, tiers, type Role, type Tier } from '../../../calculators/staffing/staffing.data';
import { payField, staffingFields, staffingPresets, type StaffingInput, type StaffingPresetId } from '../../../calculators/staffing/staffing.schema';
import { BarChart } from '../../ui/BarChart';
import { num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { fill } from '../kit/format';
import { Table, cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { StaffingLabels } from './labels.en';

export const staffingDef: CalcDef<typeof staffingFields, StaffingResult> = { specs: staffingFields, presets: staffingPresets, compute: computeStaffing };

/** The pay the source implies for a role at a tier, or at the nearest tier that has the role. */
function sourcePay(role: Role, tier: Tier | undefined): number {
  const at = (t: Tier | undefined) => t?.roles.find((r) => r.role === role)?.payYuan;
  return at(tier) ?? at(tiers.find((t) => t.revenueYuan > (tier?.revenueYuan ?? 0) && at(t) !== undefined)) ?? at(tiers.at(-1))!;
}

/** The staffing calculator (002 篇六's tiers). */
export default function StaffingIsland(p: IslandProps<StaffingLabels['calc'], StaffingPresetId>) {
  const calc = useCalc(staffingDef, p, { label: (key) => p.labels.calc.roles[roles.find((r) => payField(r) === key)!] });
  const { L, C, fmt, result: r } = calc;
  const zh = calc.locale !== 'en';
  const [tier, current] = r.kind === 'tier' ? [r.tier, r.departments] : [undefined, [] as const];
  const next = r.next;
  const chartDepartments = departments.filter((d) => [current, next?.departments ?? []].some((rows) => rows.some((x) => x.department === d)));
  const countIn = (rows: readonly DepartmentRow[], d: string) => rows.find((x) => x.department === d)?.headcount ?? 0;
  const chartSeries = [
    ...(tier ? [{ id: 'now', label: fill(L.legendNow, { tier: tier.tier }), values: chartDepartments.map((d) => countIn(current, d)) }] : []),
    ...(next ? [{ id: 'next', label: fill(L.legendNext, { tier: next.tier }), values: chartDepartments.map((d) => countIn(next.departments, d)) }] : []),
  ];
  const tierText = (x: StaffingResult) => (x.kind === 'tier' ? fill(L.tierReached, { tier: x.tier.tier }) : L.belowFirst);
  const showTier3Note = tier?.tier === 3 || next?.tier === 3;
  const showTier2Note = r.kind === 'tier' && r.statedTotalGapYuan !== null && r.statedTotalGapYuan !== 0;

  const inputs = (
    <>
      {num(calc, 'revenueYuan', { hint: L.revenueHint })}
      <details class="calc-more" open={roles.some((role) => calc.text[payField(role)] !== '')}>
        <summary>{L.payTitle}</summary>
        <div class="calc-grid-fields">
          {roles.map((role) => {
            const pay = sourcePay(role, tier);
            return num(calc, payField(role), { label: L.roles[role], hint: fill(L.payHint, { pay: fmt.yuan(pay) }), placeholder: fmt.number(pay) });
          })}
        </div>
      </details>
    </>
  );

  const results = (
    <>
      <dl class="calc-headline" aria-live="polite">
        <div>
          <dt>{L.tier}</dt>
          <dd>{tierText(r)}</dd>
        </div>
        {r.kind === 'tier' && (
          <>
            <div>
              <dt>{L.headcount}</dt>
              <dd>{fill(L.people, { n: r.headcount })}</dd>
            </div>
            <div>
              <dt>{L.monthlyCost}</dt>
              <dd>{fmt.yuanHeadline(r.monthlyCostYuan)}</dd>
            </div>
            <div>
              <dt>{L.share}</dt>
              <dd>{fmt.share(r.shareOfRevenue)}</dd>
            </div>
          </>
        )}
        <div class="calc-headline-alt">
          <dt>{L.ruleTitle}</dt>
          <dd>{fill(L.ruleBudget, { low: fmt.yuanHeadline(r.rule.lowYuan), high: fmt.yuanHeadline(r.rule.highYuan) })}</dd>
        </div>
      </dl>
      {r.kind === 'below-first-tier' && <p>{fill(L.belowFirstText, { threshold: fmt.yuan(tiers[0]!.revenueYuan) })}</p>}
      {r.kind === 'tier' && (
        <p>
          {r.departments.some((d) => d.roles.some((x) => !x.paySetByUser)) && <>{L.wageYear} </>}
          {r.rule.highYuan > 0 && r.monthlyCostYuan > r.rule.highYuan ? fill(L.ruleCompare, { times: fmt.number(r.monthlyCostYuan / r.rule.highYuan, 1) }) : L.ruleCompareUnder}{' '}
          {fill(L.tierBudget, { budget: fmt.yuan(r.tier.budgetYuan), share: fmt.share(r.tableBudgetShare), threshold: fmt.yuan(r.tier.revenueYuan) })}
          {r.overBudgetYuan > 0 && <> {fill(L.overBudget, { over: fmt.yuan(r.overBudgetYuan) })}</>}
        </p>
      )}
      <div class="calc-next">
        <p class="calc-next-title">{L.nextTitle}</p>
        <p>
          {next
            ? `${fill(L.next, { tier: next.tier, threshold: fmt.yuan(next.thresholdYuan), gap: fmt.yuan(next.gapYuan) })} ${fill(L.adds, {
                list: next.adds.map((a) => `${L.roles[a.role]} × ${a.count}`).join(zh ? '、' : ', '),
                headcount: next.headcount,
                cost: fmt.yuan(next.monthlyCostYuan),
              })}`
            : L.lastTier}
        </p>
      </div>
      {r.kind === 'tier' && (
        <Table
          id={`${calc.prefix}-departments`}
          caption={tierText(r)}
          head={[`${L.department} · ${L.rolesColumn}`, L.headcount, L.cost]}
          rows={r.departments.map((d) => [
            `${L.departments[d.department]}${zh ? '：' : ': '}${d.roles.map((x) => `${fill(L.roleCount, { role: L.roles[x.role], n: x.count, pay: fmt.yuan(x.payYuan) })}${x.paySetByUser ? ` ${L.yourPay}` : ''}`).join(zh ? '；' : '; ')}`,
            cell(String(d.headcount), d.headcount),
            cell(fmt.yuan(d.monthlyCostYuan), d.monthlyCostYuan),
          ])}
          foot={[[C.total, cell(String(r.headcount), r.headcount), cell(fmt.yuan(r.monthlyCostYuan), r.monthlyCostYuan)]]}
          C={C}
        />
      )}
      {chartSeries.length > 0 && (
        <BarChart
          id={`${calc.prefix}-chart`}
          title={L.chartTitle}
          desc={fill(L.chartDesc, {
            tier: tier?.tier ?? '-',
            next: next ? fill(L.chartDescNext, { tier: next.tier }) : '',
            list: chartDepartments.map((d, i) => `${L.departments[d]} ${chartSeries.map((s) => s.values[i]).join(' / ')}`).join('; '),
          })}
          categories={chartDepartments.map((d) => L.departments[d])}
          series={chartSeries}
        />
      )}
      {(showTier3Note || showTier2Note) && (
        <details class="calc-more calc-source-issues">
          <summary>{L.sourceIssues}</summary>
          <ul>
            {showTier3Note && <li>{L.noteTier3}</li>}
            {showTier2Note && <li>{L.noteTier2}</li>}
          </ul>
        </details>
      )}
    </>
  );

  const compare = (v: StaffingInput, x: StaffingResult) =>
    [
      [L.compareRevenue, cell(fmt.yuan(v.revenueYuan), v.revenueYuan)],
      [L.tier, tierText(x)],
      [L.headcount, cell(x.kind === 'tier' ? String(x.headcount) : '0', x.kind === 'tier' ? x.headcount : 0)],
      [L.monthlyCost, cell(fmt.yuan(x.kind === 'tier' ? x.monthlyCostYuan : 0), x.kind === 'tier' ? x.monthlyCostYuan : 0)],
      [L.share, x.kind === 'tier' ? cell(fmt.share(x.shareOfRevenue), x.shareOfRevenue) : '–'],
    ] as const;
  const presets = (Object.keys(staffingPresets) as StaffingPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presets} inputs={inputs} results={results} compare={compare} />;
}

import { useMemo } from 'preact/hooks';
import { computeStaffing, type DepartmentRow } from '../../calculators/staffing/staffing';
import { departments, impliedPay, roles, tiers, type Role } from '../../calculators/staffing/staffing.data';
import { payField, staffingFields, staffingPrefix, staffingPresets, type StaffingPresetId } from '../../calculators/staffing/staffing.schema';
import { BarChart } from '../ui/BarChart';
import { CalcFrame } from './CalcFrame';
import { numberInput } from './field-ui';
import { fill, formatters, type CalcLocale } from './format';
import type { StaffingLabels } from './labels/en';
import { useCalculator } from './use-calculator';

export interface StaffingIslandProps {
  locale: CalcLocale;
  labels: StaffingLabels;
  preset: StaffingPresetId;
  /** Query prefix and id stem; the wrapper numbers a second instance on a page (`pay2`). */
  prefix?: string;
  /** Shown after the title when a page embeds a named preset ("· Plan 002, reading A"), so two embeds differ. */
  titleSuffix?: string | undefined;
}

/** Source pay per role for the hint: one figure, or the tier 2-3 and tier 4 figures. */
const sourcePay: Record<Role, readonly number[]> = {
  csLead: [impliedPay.csLeadEarly, impliedPay.csLeadTier4],
  csStaff: [impliedPay.csStaff],
  designer: [impliedPay.designerEarly, impliedPay.designerTier4],
  promoter: [impliedPay.promoter],
  merchandiser: [impliedPay.merchandiser],
  logisticsLead: [impliedPay.logisticsLead],
  logisticsStaff: [impliedPay.logisticsStaff],
  copywriter: [impliedPay.copywriter],
};

/** The staffing calculator (002 篇六's tiers), hydrated with `client:visible`. */
export default function StaffingIsland({ locale, labels, preset, prefix = staffingPrefix, titleSuffix }: StaffingIslandProps) {
  const L = labels.staffing;
  const C = labels.common;
  const fmt = formatters(locale);
  const state = useCalculator({
    specs: staffingFields,
    prefix: prefix,
    presets: staffingPresets,
    initialPreset: preset,
    describeRejected: (r) => fill(C.badParam, { field: fieldLabel(r.field), raw: r.raw }),
  });
  const r = useMemo(() => computeStaffing(state.check.values), [state.check.values]);
  const ctx = { state, specs: staffingFields, prefix: prefix, labels, fmt };
  function fieldLabel(field: string): string {
    if (field === 'revenueYuan') return L.revenueYuan;
    const role = roles.find((x) => payField(x) === field);
    return role ? L.roles[role] : field;
  }

  const current = r.kind === 'tier' ? r.departments : [];
  const next = r.next;
  const chartDepartments = departments.filter((d) => current.some((x) => x.department === d) || next?.departments.some((x) => x.department === d));
  const countIn = (rows: readonly DepartmentRow[], d: string) => rows.find((x) => x.department === d)?.headcount ?? 0;
  const chartSeries = [
    ...(r.kind === 'tier' ? [{ id: 'now', label: fill(L.legendNow, { tier: r.tier.tier }), values: chartDepartments.map((d) => countIn(current, d)) }] : []),
    ...(next ? [{ id: 'next', label: fill(L.legendNext, { tier: next.tier }), values: chartDepartments.map((d) => countIn(next.departments, d)) }] : []),
  ];
  const showTier3Note = (r.kind === 'tier' && r.tier.tier === 3) || next?.tier === 3;
  const ruleTop = r.rule.highYuan;

  const inputs = (
    <>
      {numberInput(ctx, 'revenueYuan', L.revenueYuan, { hint: L.revenueHint })}
      <details class="calc-more" open={roles.some((role) => state.text[payField(role)] !== '')}>
        <summary>{L.payTitle}</summary>
        <div class="calc-grid-fields">
          {roles.map((role) => {
            const pay = sourcePay[role];
            const hint =
              pay.length === 1 ? fill(L.payHint, { pay: fmt.yuan(pay[0]!) }) : fill(L.payHintTiered, { early: fmt.yuan(pay[0]!), late: fmt.yuan(pay[1]!) });
            return numberInput(ctx, payField(role), L.roles[role], { hint, placeholder: fmt.number(pay.at(-1)!) });
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
          <dd>{r.kind === 'tier' ? fill(L.tierReached, { tier: r.tier.tier }) : L.belowFirst}</dd>
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
          {ruleTop > 0 && r.monthlyCostYuan > ruleTop ? fill(L.ruleCompare, { times: fmt.number(r.monthlyCostYuan / ruleTop, 1) }) : L.ruleCompareUnder}{' '}
          {fill(L.tierBudget, { budget: fmt.yuan(r.tier.budgetYuan), share: fmt.share(r.tableBudgetShare), threshold: fmt.yuan(r.tier.revenueYuan) })}
          {r.overBudgetYuan > 0 && <> {fill(L.overBudget, { over: fmt.yuan(r.overBudgetYuan) })}</>}
        </p>
      )}
      {(showTier3Note || (r.kind === 'tier' && r.statedTotalGapYuan)) && (
        <ul class="calc-cautions">
          {showTier3Note && <li>{L.noteTier3}</li>}
          {r.kind === 'tier' && r.statedTotalGapYuan ? <li>{L.noteTier2}</li> : null}
        </ul>
      )}
      <div class="calc-next">
        <p class="calc-next-title">{L.nextTitle}</p>
        {next ? (
          <p>
            {fill(L.next, { tier: next.tier, threshold: fmt.yuan(next.thresholdYuan), gap: fmt.yuan(next.gapYuan) })}{' '}
            {fill(L.adds, {
              list: next.adds.map((a) => `${L.roles[a.role]} × ${a.count}`).join(locale === 'en' ? ', ' : '、'),
              headcount: next.headcount,
              cost: fmt.yuan(next.monthlyCostYuan),
            })}
          </p>
        ) : (
          <p>{L.lastTier}</p>
        )}
      </div>
      {r.kind === 'tier' && (
        <div class="calc-table-wrap" tabIndex={0} role="group" aria-label={fill(L.tierReached, { tier: r.tier.tier })}>
        <table class="calc-table">
          <caption>{fill(L.tierReached, { tier: r.tier.tier })}</caption>
          <thead>
            <tr>
              <th scope="col">
                {L.department} · {L.rolesColumn}
              </th>
              <th scope="col" class="num">
                {L.headcount}
              </th>
              <th scope="col" class="num">
                {L.cost}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.departments.map((d) => (
              <tr key={d.department}>
                <th scope="row">
                  {L.departments[d.department]}
                  {d.roles.map((x) => (
                    <span key={x.role} class="calc-role">
                      {fill(L.roleCount, { role: L.roles[x.role], n: x.count, pay: fmt.yuan(x.payYuan) })}
                      {x.paySetByUser && ` ${L.yourPay}`}
                    </span>
                  ))}
                </th>
                <td class="num">{d.headcount}</td>
                <td class="num">{fmt.yuan(d.monthlyCostYuan)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{C.total}</th>
              <td class="num">{r.headcount}</td>
              <td class="num">{fmt.yuan(r.monthlyCostYuan)}</td>
            </tr>
          </tfoot>
        </table>
        </div>
      )}
      {chartSeries.length > 0 && (
        <BarChart
          id={`${prefix}-chart`}
          title={L.chartTitle}
          desc={fill(L.chartDesc, {
            tier: r.kind === 'tier' ? r.tier.tier : '-',
            next: next ? fill(L.chartDescNext, { tier: next.tier }) : '',
            list: chartDepartments.map((d, i) => `${L.departments[d]} ${chartSeries.map((s) => s.values[i]).join(' / ')}`).join('; '),
          })}
          categories={chartDepartments.map((d) => L.departments[d])}
          series={chartSeries}
        />
      )}
    </>
  );

  return (
    <CalcFrame
      prefix={prefix}
      labels={L}
      titleSuffix={titleSuffix}
      common={C}
      presetIds={Object.keys(staffingPresets) as StaffingPresetId[]}
      state={state}
      inputs={inputs}
      results={results}
    />
  );
}

import { computeFunnel, type FunnelResult } from '../../../calculators/funnel/funnel';
import { funnelFields, funnelGivens, funnelPresets, type FunnelInput, type FunnelPresetId } from '../../../calculators/funnel/funnel.schema';
import { choice, num } from '../kit/Form';
import { Frame } from '../kit/Frame';
import { cell, type Cell } from '../kit/Table';
import { useCalc, type CalcDef, type IslandProps } from '../kit/use-calc';
import type { FunnelLabels } from './labels.en';
import { FunnelResults } from './FunnelResults';

export const funnelDef: CalcDef<typeof funnelFields, FunnelResult> = { specs: funnelFields, presets: funnelPresets, compute: computeFunnel };

const quantities = ['visitors', 'orders', 'conversionPct', 'aovYuan', 'gmvYuan'] as const;

/** The traffic funnel calculator (001 篇1's five steps, the 200-order goal). */
export default function FunnelIsland(p: IslandProps<FunnelLabels['calc'], FunnelPresetId>) {
  const calc = useCalc(funnelDef, p);
  const { L, fmt, values: v, result: r } = calc;
  const givens: readonly string[] = funnelGivens[v.solve];

  const inputs = (
    <>
      {choice(calc, 'solve', L.solves)}
      {/* Every field stays in the form (hidden, not removed) so a GET submit keeps every value. */}
      <div class="calc-grid-fields">
        {quantities.map((k) => (
          <div class="calc-subgrid" key={k} hidden={!givens.includes(k)}>
            {num(calc, k)}
          </div>
        ))}
      </div>
      <p class="calc-hint">{L.perDay}</p>
      <div class="calc-grid-fields">
        {num(calc, 'paidSharePct')}
        {num(calc, 'cpcYuan')}
        {num(calc, 'marginPct', { hint: L.marginHint })}
      </div>
    </>
  );

  const roasText = (x: FunnelResult) => (x.kind === 'ok' && x.ads.roas.kind === 'ratio' ? fmt.roi(x.ads.roas.value) : L.noSpend);
  const results =
    r.kind === 'impossible' ? (
      <p class="calc-cautions" aria-live="polite">
        {L.impossible[r.reason]}
      </p>
    ) : (
      <FunnelResults calc={calc} r={r} roasText={roasText(r)} />
    );

  const compare = (x: FunnelInput, y: FunnelResult): readonly (readonly [string, Cell])[] => {
    const d = y.kind === 'ok' ? y.day : null;
    const n = (value: number | undefined, text: (n: number) => string) => (value === undefined ? '–' : cell(text(value), value));
    return [
      [L.solve, L.solves[x.solve]],
      [L.headVisitors, n(d?.visitors, (a) => fmt.number(a))],
      [L.headOrders, n(d?.orders, (a) => fmt.number(a, 1))],
      [L.headRate, n(d?.conversionRate, fmt.share)],
      [L.headGmv, n(d?.gmvYuan, fmt.yuan)],
      [L.headSpend, n(y.kind === 'ok' ? y.ads.spendYuan : undefined, fmt.yuan)],
      [L.roas, roasText(y)],
    ];
  };
  const presets = (Object.keys(funnelPresets) as FunnelPresetId[]).map((id) => ({ id, label: L.presets[id], note: L.presetNotes[id] }));
  return <Frame calc={calc} title={L.title} presets={presets} inputs={inputs} results={results} compare={compare} />;
}

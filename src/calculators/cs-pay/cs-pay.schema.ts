import { numberField, type FieldValues } from '../shared/fields';
import { csTiers, plan002Pay } from './cs-pay.data';

const yuan = numberField('yuan', 0, 100_000_000_000);
const pay = numberField('yuan', 0, 10_000_000);
const rate = numberField('percent', 0, 100);
const optionalPct = numberField('percent', 0, 100, { optional: true });

/**
 * Inputs, per month. Sales are split into the orders an agent handled (the CS team's sales,
 * shared equally among agents and among groups) and silent orders (静默下单) placed without a
 * chat, whose pool goes to the indirect departments. The bonus tied to the CS measures is
 * optional: the reader sets its size, the weights and each measure's score.
 */
export const csPayFields = {
  revenueYuan: yuan,
  silentSharePct: rate,
  agents: numberField('count', 0, 1_000, { integer: true }),
  leads: numberField('count', 0, 100, { integer: true }),
  managers: numberField('count', 0, 10, { integer: true }),
  agentBaseYuan: pay,
  leadBaseYuan: pay,
  managerBaseYuan: pay,
  commissionPct: rate,
  teamCommissionPct: rate,
  indirectStaff: numberField('count', 0, 1_000, { integer: true }),
  indirectPoolPct: rate,
  indirectBaseYuan: numberField('yuan', 0, 10_000_000, { optional: true }),
  bonusYuan: numberField('yuan', 0, 10_000_000, { optional: true }),
  replyWeightPct: optionalPct,
  closeWeightPct: optionalPct,
  satisfactionWeightPct: optionalPct,
  replyScorePct: optionalPct,
  closeScorePct: optionalPct,
  satisfactionScorePct: optionalPct,
} as const;

export type CsPayInput = FieldValues<typeof csPayFields>;

/** Query-parameter prefix: `cs.agents`. */
export const csPayPrefix = 'cs';

const p = plan002Pay;
const plan = {
  agentBaseYuan: p.agentBaseYuan.value,
  leadBaseYuan: p.leadBaseYuan.value,
  managerBaseYuan: p.managerBaseYuan.value,
  commissionPct: p.agentCommissionPct.value,
  teamCommissionPct: p.teamCommissionPct.value,
  indirectPoolPct: p.indirectPoolPct.value,
  indirectBaseYuan: undefined,
  bonusYuan: undefined,
  replyWeightPct: undefined,
  closeWeightPct: undefined,
  satisfactionWeightPct: undefined,
  replyScorePct: undefined,
  closeScorePct: undefined,
  satisfactionScorePct: undefined,
} as const;

/** A silent-order share where the plan gives none: an example, marked so on the page. */
export const exampleSilentSharePct = 30;

const t2 = csTiers.tier2.value;
const t4 = csTiers.tier4.value;

/**
 * Presets (pay from 002 篇五, teams from 篇六):
 * - `tier-4`: 100,000 a month, 3 agents and a head paid as a manager, every order through an
 *   agent (the reading of pay-and-kpis): commission 200 to the agents + 200 to the manager = 400;
 * - `tier-4-silent`: the same with an example 30 % of silent orders, whose 1 % goes to the 7
 *   indirect staff;
 * - `tier-2`: 50,000 a month, 2 agents and a lead, 3 indirect staff.
 */
export const csPayPresets = {
  'tier-4': { revenueYuan: t4.revenueYuan, silentSharePct: 0, agents: t4.agents, leads: t4.leads, managers: t4.managers, indirectStaff: t4.indirectStaff, ...plan },
  'tier-4-silent': {
    revenueYuan: t4.revenueYuan,
    silentSharePct: exampleSilentSharePct,
    agents: t4.agents,
    leads: t4.leads,
    managers: t4.managers,
    indirectStaff: t4.indirectStaff,
    ...plan,
  },
  'tier-2': { revenueYuan: t2.revenueYuan, silentSharePct: 0, agents: t2.agents, leads: t2.leads, managers: t2.managers, indirectStaff: t2.indirectStaff, ...plan },
} as const satisfies Record<string, CsPayInput>;

export type CsPayPresetId = keyof typeof csPayPresets;
export const defaultCsPayPreset: CsPayPresetId = 'tier-4';

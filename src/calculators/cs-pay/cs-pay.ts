import type { CsPayInput } from './cs-pay.schema';

/**
 * Plan 002's customer-service pay (篇五). Per month:
 * - team sales = revenue x (1 - silent share): orders an agent handled; silent sales the rest;
 * - an agent: base + commission x own sales (team sales / agents, shared equally);
 * - a lead: lead base + team commission x the group's sales (team sales / leads);
 * - a manager: manager base + team commission x the whole team's sales;
 * - indirect staff: the pool (pool % x silent sales) shared equally, plus a base if entered;
 * - an optional bonus per agent = bonus x (weighted score of the three measures), weights the
 *   reader's own: the plan names the measures but gives no weights.
 */

export type Role = 'agent' | 'lead' | 'manager' | 'indirect';

/** Pay of one person in a role (everyone in a role earns the same under equal shares). */
export interface PayRow {
  readonly role: Role;
  readonly count: number;
  /** Base pay; null for indirect staff when no base was entered. */
  readonly baseYuan: number | null;
  /** The sales the person's commission is taken on (the pool for indirect staff). */
  readonly commissionBaseYuan: number;
  readonly commissionYuan: number;
  readonly bonusYuan: number;
  /** Base + commission + bonus; null when the base is unknown. */
  readonly totalYuan: number | null;
}

/** The measures' bonus per agent, or why none is paid. */
export type BonusOutcome =
  | { readonly kind: 'none' }
  /** A bonus was set but no weight: the plan gives none, the reader must. */
  | { readonly kind: 'no-weights' }
  /** A weighted measure has no score. */
  | { readonly kind: 'missing-score'; readonly measures: readonly Measure[] }
  | { readonly kind: 'paid'; readonly scorePct: number; readonly yuanPerAgent: number };

export type Measure = 'reply' | 'close' | 'satisfaction';

export interface CsPayResult {
  readonly teamSalesYuan: number;
  readonly silentSalesYuan: number;
  /** Roles with at least one person, in the order agent, lead, manager, indirect. */
  readonly rows: readonly PayRow[];
  /** The CS team (agents, leads, managers): headcount, pay, commission and pay / revenue. */
  readonly csTeam: { readonly headcount: number; readonly payYuan: number; readonly commissionYuan: number; readonly shareOfRevenue: number | null };
  /** The indirect departments' pool; `perPersonYuan` null when nobody is there to share it. */
  readonly indirectPool: { readonly yuan: number; readonly perPersonYuan: number | null };
  /** Every commission paid: the CS team's plus the indirect pool (if shared). */
  readonly commissionTotalYuan: number;
  readonly bonus: BonusOutcome;
  /** Team sales no agent earns commission on because there are no agents. */
  readonly unassignedSalesYuan: number;
}

const measures: readonly Measure[] = ['reply', 'close', 'satisfaction'];
const weightKey = { reply: 'replyWeightPct', close: 'closeWeightPct', satisfaction: 'satisfactionWeightPct' } as const;
const scoreKey = { reply: 'replyScorePct', close: 'closeScorePct', satisfaction: 'satisfactionScorePct' } as const;

/** The weighted score (0-100) of the measures, as the reader weights them. */
export function bonusOf(input: CsPayInput): BonusOutcome {
  if (input.bonusYuan === undefined || input.bonusYuan === 0) return { kind: 'none' };
  const weighted = measures.filter((m) => (input[weightKey[m]] ?? 0) > 0);
  if (weighted.length === 0) return { kind: 'no-weights' };
  const missing = weighted.filter((m) => input[scoreKey[m]] === undefined);
  if (missing.length > 0) return { kind: 'missing-score', measures: missing };
  const totalWeight = weighted.reduce((s, m) => s + input[weightKey[m]]!, 0);
  const scorePct = weighted.reduce((s, m) => s + input[weightKey[m]]! * input[scoreKey[m]]!, 0) / totalWeight;
  return { kind: 'paid', scorePct, yuanPerAgent: (input.bonusYuan * scorePct) / 100 };
}

/** Below half a fen of revenue there is no share to speak of (keeps pay / revenue finite). */
const minRevenueYuan = 0.005;

/** The whole calculation. */
export function computeCsPay(input: CsPayInput): CsPayResult {
  const teamSalesYuan = input.revenueYuan * (1 - input.silentSharePct / 100);
  const silentSalesYuan = input.revenueYuan - teamSalesYuan;
  const bonus = bonusOf(input);
  const bonusPerAgent = bonus.kind === 'paid' ? bonus.yuanPerAgent : 0;
  const rows: PayRow[] = [];
  const add = (role: Role, count: number, baseYuan: number | null, commissionBaseYuan: number, pct: number, bonusYuan = 0) => {
    if (count <= 0) return;
    const commissionYuan = (commissionBaseYuan * pct) / 100;
    rows.push({ role, count, baseYuan, commissionBaseYuan, commissionYuan, bonusYuan, totalYuan: baseYuan === null ? null : baseYuan + commissionYuan + bonusYuan });
  };
  add('agent', input.agents, input.agentBaseYuan, input.agents > 0 ? teamSalesYuan / input.agents : 0, input.commissionPct, bonusPerAgent);
  add('lead', input.leads, input.leadBaseYuan, input.leads > 0 ? teamSalesYuan / input.leads : 0, input.teamCommissionPct);
  add('manager', input.managers, input.managerBaseYuan, teamSalesYuan, input.teamCommissionPct);
  const poolYuan = (silentSalesYuan * input.indirectPoolPct) / 100;
  add('indirect', input.indirectStaff, input.indirectBaseYuan ?? null, input.indirectStaff > 0 ? poolYuan / input.indirectStaff : 0, 100);
  const cs = rows.filter((r) => r.role !== 'indirect');
  const csPay = cs.reduce((s, r) => s + r.count * r.totalYuan!, 0);
  const csCommission = cs.reduce((s, r) => s + r.count * r.commissionYuan, 0);
  const shared = input.indirectStaff > 0;
  return {
    teamSalesYuan,
    silentSalesYuan,
    rows,
    csTeam: {
      headcount: cs.reduce((s, r) => s + r.count, 0),
      payYuan: csPay,
      commissionYuan: csCommission,
      shareOfRevenue: input.revenueYuan >= minRevenueYuan ? csPay / input.revenueYuan : null,
    },
    indirectPool: { yuan: poolYuan, perPersonYuan: shared ? poolYuan / input.indirectStaff : null },
    commissionTotalYuan: csCommission + (shared ? poolYuan : 0),
    bonus,
    unassignedSalesYuan: input.agents > 0 ? 0 : teamSalesYuan,
  };
}

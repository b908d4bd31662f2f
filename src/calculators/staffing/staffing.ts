import { personnelRulePct, roles, departments, roleDepartment, tiers, type Department, type Role, type Tier } from './staffing.data';
import { payField, type StaffingInput } from './staffing.schema';

/** One role as staffed: head count, pay per head, and whether the pay is the source's or the user's. */
export interface StaffedRole {
  readonly role: Role;
  readonly count: number;
  readonly payYuan: number;
  readonly paySetByUser: boolean;
}

/** One department at a tier. */
export interface DepartmentRow {
  readonly department: Department;
  readonly headcount: number;
  readonly monthlyCostYuan: number;
  readonly roles: readonly StaffedRole[];
}

/** The source's "6-7 % of revenue" personnel rule applied to the revenue entered. */
export interface RuleBudget {
  readonly lowPct: number;
  readonly highPct: number;
  readonly lowYuan: number;
  readonly highYuan: number;
}

/** The next tier: how far away it is and who it adds. */
export interface NextTier {
  readonly tier: Tier['tier'];
  readonly thresholdYuan: number;
  /** Revenue still missing to reach it. */
  readonly gapYuan: number;
  /** Heads added per role (only roles that grow). */
  readonly adds: readonly { readonly role: Role; readonly count: number }[];
  readonly headcount: number;
  readonly monthlyCostYuan: number;
  /** Departments at the next tier, for the side-by-side chart. */
  readonly departments: readonly DepartmentRow[];
}

/** Result when revenue reaches a tier. */
export interface StaffingAtTier {
  readonly kind: 'tier';
  readonly revenueYuan: number;
  readonly tier: Tier;
  readonly departments: readonly DepartmentRow[];
  readonly headcount: number;
  readonly monthlyCostYuan: number;
  /** Personnel cost / revenue entered, as a fraction. */
  readonly shareOfRevenue: number;
  /** The tier's budget / the tier's threshold revenue (40 %, 30 %, ~22 %, 34 %). */
  readonly tableBudgetShare: number;
  /** Staffed cost minus the tier's own budget: positive when over (0 with the source's pay). */
  readonly overBudgetYuan: number;
  /**
   * The printed "总成本" minus the sum of the printed department costs, or null where no total
   * is printed. Tier 2 prints 16,500 for departments that add up to 15,000: 1,500.
   */
  readonly statedTotalGapYuan: number | null;
  readonly rule: RuleBudget;
  readonly next: NextTier | null;
}

/** Result below 10,000 a month: the source has no structure there. */
export interface StaffingBelowFirstTier {
  readonly kind: 'below-first-tier';
  readonly revenueYuan: number;
  readonly rule: RuleBudget;
  readonly next: NextTier;
}

export type StaffingResult = StaffingAtTier | StaffingBelowFirstTier;

/** The tier a monthly revenue reaches, or undefined below the first threshold. */
export function findTier(revenueYuan: number): Tier | undefined {
  let reached: Tier | undefined;
  for (const tier of tiers) if (revenueYuan >= tier.revenueYuan) reached = tier;
  return reached;
}

/** Staffs a tier's departments with the source pay, or the user's where given. */
export function staffTier(tier: Tier, input: StaffingInput): DepartmentRow[] {
  return departments.flatMap((department) => {
    const staffed = tier.roles
      .filter((r) => roleDepartment[r.role] === department)
      .map((r): StaffedRole => {
        const own = input[payField(r.role)];
        return { role: r.role, count: r.count, payYuan: own ?? r.payYuan, paySetByUser: own !== undefined };
      });
    if (staffed.length === 0) return [];
    return [
      {
        department,
        headcount: sum(staffed.map((r) => r.count)),
        monthlyCostYuan: sum(staffed.map((r) => r.count * r.payYuan)),
        roles: staffed,
      },
    ];
  });
}

/** The 6-7 % rule's budget for a revenue. */
export function ruleBudget(revenueYuan: number): RuleBudget {
  const { low, high } = personnelRulePct.value;
  return { lowPct: low, highPct: high, lowYuan: (revenueYuan * low) / 100, highYuan: (revenueYuan * high) / 100 };
}

function countsByRole(tier: Tier | undefined): Record<Role, number> {
  const counts = Object.fromEntries(roles.map((r) => [r, 0])) as Record<Role, number>;
  for (const r of tier?.roles ?? []) counts[r.role] += r.count;
  return counts;
}

function describeNext(current: Tier | undefined, next: Tier, revenueYuan: number, input: StaffingInput): NextTier {
  const before = countsByRole(current);
  const after = countsByRole(next);
  const rows = staffTier(next, input);
  return {
    tier: next.tier,
    thresholdYuan: next.revenueYuan,
    gapYuan: next.revenueYuan - revenueYuan,
    adds: roles.filter((r) => after[r] > before[r]).map((role) => ({ role, count: after[role] - before[role] })),
    headcount: sum(rows.map((d) => d.headcount)),
    monthlyCostYuan: sum(rows.map((d) => d.monthlyCostYuan)),
    departments: rows,
  };
}

/**
 * Staffing for a monthly revenue, after 002 篇六: the highest tier whose threshold the revenue
 * reaches, its departments and cost, the cost's share of revenue, the 6-7 % rule beside it,
 * and the next tier. The tier table and the rule disagree; both are returned, neither is "fixed".
 */
export function computeStaffing(input: StaffingInput): StaffingResult {
  const { revenueYuan } = input;
  const tier = findTier(revenueYuan);
  const rule = ruleBudget(revenueYuan);
  const nextTier = tiers.find((t) => t.revenueYuan > revenueYuan);
  if (!tier) {
    return { kind: 'below-first-tier', revenueYuan, rule, next: describeNext(undefined, tiers[0]!, revenueYuan, input) };
  }
  const rows = staffTier(tier, input);
  const monthlyCostYuan = sum(rows.map((d) => d.monthlyCostYuan));
  return {
    kind: 'tier',
    revenueYuan,
    tier,
    departments: rows,
    headcount: sum(rows.map((d) => d.headcount)),
    monthlyCostYuan,
    // revenueYuan >= 10,000 here, so the share is always finite.
    shareOfRevenue: monthlyCostYuan / revenueYuan,
    tableBudgetShare: tier.budgetYuan / tier.revenueYuan,
    overBudgetYuan: monthlyCostYuan - tier.budgetYuan,
    statedTotalGapYuan: tier.statedTotalYuan === null ? null : tier.statedTotalYuan - sum(Object.values(tier.statedDepartmentYuan)),
    rule,
    next: nextTier ? describeNext(tier, nextTier, revenueYuan, input) : null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

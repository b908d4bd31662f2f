import { SRC_002_6, type SourceRef, type Sourced } from '../shared/sources';

/**
 * The staffing tiers of 002 篇六 (篇七 repeats them verbatim). Monthly figures in yuan. Pay per
 * head is not printed: it is implied by each department's stated cost (see `impliedPay`).
 */

/** Departments in the order the source lists them. */
export const departments = ['cs', 'design', 'promotion', 'merchandise', 'logistics', 'planning'] as const;
export type Department = (typeof departments)[number];

/** Roles the tiers hire, each in one department. */
export const roles = ['csLead', 'csStaff', 'designer', 'promoter', 'merchandiser', 'logisticsLead', 'logisticsStaff', 'copywriter'] as const;
export type Role = (typeof roles)[number];

/** The department each role belongs to. */
export const roleDepartment: Readonly<Record<Role, Department>> = {
  csLead: 'cs',
  csStaff: 'cs',
  designer: 'design',
  promoter: 'promotion',
  merchandiser: 'merchandise',
  logisticsLead: 'logistics',
  logisticsStaff: 'logistics',
  copywriter: 'planning',
};

/** One role in a tier: how many, and the monthly pay per head the source's figures imply. */
export interface TierRole {
  readonly role: Role;
  readonly count: number;
  readonly payYuan: number;
}

/** One tier of the source table. */
export interface Tier {
  readonly tier: 1 | 2 | 3 | 4;
  /** Monthly revenue at which the source moves to this structure (tier 3 corrected, see below). */
  readonly revenueYuan: number;
  /** Revenue as printed; differs from `revenueYuan` only for tier 3 ("800000"). */
  readonly printedRevenueYuan: number;
  /** "可用人员成本" / "人员成本": the personnel budget the source allows at this tier. */
  readonly budgetYuan: number;
  /** "总成本" where the source prints one (tiers 2 and 4 only). */
  readonly statedTotalYuan: number | null;
  /** Each department's cost as printed ("共计 6500元"). */
  readonly statedDepartmentYuan: Readonly<Partial<Record<Department, number>>>;
  readonly roles: readonly TierRole[];
  readonly source: SourceRef;
}

/**
 * Monthly pay per head implied by the stated department costs. Where a department mixes a lead
 * and staff, the staff pay is carried over from the tier that prints it alone and the lead gets
 * the rest: CS lead 6,500 - 2 x 2,000 = 2,500 at tiers 2-3, 9,000 - 3 x 2,000 = 3,000 at tier 4;
 * logistics lead 8,000 - 2 x 2,500 = 3,000. Tier 4's two designers cost 8,000: 4,000 on average.
 */
export const impliedPay = {
  csStaff: 2_000,
  csLeadEarly: 2_500,
  csLeadTier4: 3_000,
  designerEarly: 3_000,
  designerTier4: 4_000,
  promoter: 3_000,
  merchandiser: 3_000,
  logisticsStaff: 2_500,
  logisticsLead: 3_000,
  copywriter: 3_000,
} as const;

const p = impliedPay;

/** The four tiers of 002 篇六, tier 3 read as 80,000 (printed 800,000). */
export const tiers: readonly Tier[] = [
  {
    tier: 1,
    revenueYuan: 10_000,
    printedRevenueYuan: 10_000,
    budgetYuan: 4_000,
    statedTotalYuan: null,
    statedDepartmentYuan: { cs: 4_000 },
    roles: [{ role: 'csStaff', count: 2, payYuan: p.csStaff }],
    source: SRC_002_6,
  },
  {
    tier: 2,
    revenueYuan: 50_000,
    printedRevenueYuan: 50_000,
    budgetYuan: 15_000,
    statedTotalYuan: 16_500,
    statedDepartmentYuan: { cs: 6_500, design: 3_000, promotion: 3_000, logistics: 2_500 },
    roles: [
      { role: 'csLead', count: 1, payYuan: p.csLeadEarly },
      { role: 'csStaff', count: 2, payYuan: p.csStaff },
      { role: 'designer', count: 1, payYuan: p.designerEarly },
      { role: 'promoter', count: 1, payYuan: p.promoter },
      { role: 'logisticsStaff', count: 1, payYuan: p.logisticsStaff },
    ],
    source: SRC_002_6,
  },
  {
    tier: 3,
    revenueYuan: 80_000,
    printedRevenueYuan: 800_000,
    budgetYuan: 17_500,
    statedTotalYuan: null,
    statedDepartmentYuan: { cs: 6_500, design: 3_000, promotion: 3_000, logistics: 5_000 },
    roles: [
      { role: 'csLead', count: 1, payYuan: p.csLeadEarly },
      { role: 'csStaff', count: 2, payYuan: p.csStaff },
      { role: 'designer', count: 1, payYuan: p.designerEarly },
      { role: 'promoter', count: 1, payYuan: p.promoter },
      { role: 'logisticsStaff', count: 2, payYuan: p.logisticsStaff },
    ],
    source: SRC_002_6,
  },
  {
    tier: 4,
    revenueYuan: 100_000,
    printedRevenueYuan: 100_000,
    budgetYuan: 34_000,
    statedTotalYuan: 34_000,
    statedDepartmentYuan: { cs: 9_000, design: 8_000, promotion: 3_000, merchandise: 3_000, logistics: 8_000, planning: 3_000 },
    roles: [
      { role: 'csLead', count: 1, payYuan: p.csLeadTier4 },
      { role: 'csStaff', count: 3, payYuan: p.csStaff },
      { role: 'designer', count: 2, payYuan: p.designerTier4 },
      { role: 'promoter', count: 1, payYuan: p.promoter },
      { role: 'merchandiser', count: 1, payYuan: p.merchandiser },
      { role: 'logisticsLead', count: 1, payYuan: p.logisticsLead },
      { role: 'logisticsStaff', count: 2, payYuan: p.logisticsStaff },
      { role: 'copywriter', count: 1, payYuan: p.copywriter },
    ],
    source: SRC_002_6,
  },
];

/** "每个阶段人员支出成本为营业额的6%-7%": the rule the table itself does not follow. */
export const personnelRulePct: Sourced<{ readonly low: number; readonly high: number }> = {
  value: { low: 6, high: 7 },
  source: SRC_002_6,
};

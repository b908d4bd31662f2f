import type { SourceRef, Sourced } from '../shared/sources';

/**
 * Plan 002's pay system for customer service (篇五): grade base pay plus commission, the
 * team commission starting at the group lead, and the indirect departments' share of the
 * orders nobody chatted about (静默下单). 篇六's staffing tiers give the headcounts.
 */

/** 002 篇五: the pay system ("客服部属于直接营销部门…"). */
export const SRC_002_5: SourceRef = { seed: '002', part: '篇五' };
/** 002 篇六: the staffing tiers (headcounts and department totals). */
export const SRC_002_6: SourceRef = { seed: '002', part: '篇六' };

/** 002 篇五's figures, monthly, yuan and percent. */
export const plan002Pay = {
  /** "客服人员…底薪为2000元". */
  agentBaseYuan: { value: 2_000, source: SRC_002_5 },
  /** "提成为个人业绩0.2个点": 0.2 % of the agent's own sales. */
  agentCommissionPct: { value: 0.2, source: SRC_002_5 },
  /** "客服组长底薪2500元". */
  leadBaseYuan: { value: 2_500, source: SRC_002_5 },
  /** "客服经理底薪3000元". */
  managerBaseYuan: { value: 3_000, source: SRC_002_5 },
  /** "提成为团队业绩0.2%", for the lead and the manager alike. */
  teamCommissionPct: { value: 0.2, source: SRC_002_5 },
  /** "此四个部门团队业绩提成为整店静默下单1%平均分配到每个人". */
  indirectPoolPct: { value: 1, source: SRC_002_5 },
} as const satisfies Record<string, Sourced<number>>;

/** The four indirect departments 篇五 names: 策划部, 推广部, 设计部, 仓储部. */
export const indirectDepartments: Sourced<readonly ['planning', 'promotion', 'design', 'warehouse']> = {
  value: ['planning', 'promotion', 'design', 'warehouse'],
  source: SRC_002_5,
};

/**
 * The three CS measures 篇五 names (回复率, 成交率, 客户满意度), satisfaction "the most important";
 * it gives no weights, so the calculator takes the reader's.
 */
export const csMeasures: Sourced<readonly ['reply', 'close', 'satisfaction']> = { value: ['reply', 'close', 'satisfaction'], source: SRC_002_5 };

/**
 * 002 篇六's tiers as this calculator uses them: monthly revenue, CS headcount and the
 * indirect departments' headcount (planning, promotion, design and warehouse/logistics staff).
 * Tier 2: "客服部:主管1人,员工2人,共计6500元" = 2,500 + 2 x 2,000 (a lead); tier 4:
 * "主管1人,员工3人,共计9000元" = 3,000 + 3 x 2,000 (paid as a manager).
 */
export const csTiers = {
  tier2: {
    value: { revenueYuan: 50_000, agents: 2, leads: 1, managers: 0, statedCsCostYuan: 6_500, indirectStaff: 3 },
    source: SRC_002_6,
  },
  tier4: {
    value: { revenueYuan: 100_000, agents: 3, leads: 0, managers: 1, statedCsCostYuan: 9_000, indirectStaff: 7 },
    source: SRC_002_6,
  },
} as const satisfies Record<string, Sourced<unknown>>;

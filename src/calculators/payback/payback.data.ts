import { SRC_002_6, type Sourced } from '../shared/sources';

/**
 * 002 篇六's investment plan (篇七 repeats it). Months are the plan's own: "20xx2" is month 2,
 * "20xx.3" month 3, and so on. Only the total, the deposit and the 聚划算 money are printed.
 */
export const plan002 = {
  /** "总投入270650元". */
  totalInvestmentYuan: { value: 270_650, source: SRC_002_6 },
  /** "20xx2投入160000元天猫保证金": the Tmall deposit, in month 2. */
  tmallDepositYuan: { value: 160_000, source: SRC_002_6 },
  tmallDepositMonth: { value: 2, source: SRC_002_6 },
  /** "20xx.3 / 20xx.7 投入硬件设施,前期人员工资": hardware and early salaries, amounts not printed. */
  hardwareMonths: { value: [3, 7] as const, source: SRC_002_6 },
  /** "20xx.8投入400000元聚划算经费"; its deposit "later serves as working capital". */
  juhuasuanYuan: { value: 400_000, source: SRC_002_6 },
  juhuasuanMonth: { value: 8, source: SRC_002_6 },
  /** "第一年可收回24w元毛利". */
  yearOneGrossProfitYuan: { value: 240_000, source: SRC_002_6 },
  /** "预期2年半可收回全部投入并盈利": 2.5 years. */
  claimedPaybackMonths: { value: 30, source: SRC_002_6 },
  /** Steady-state gross margin and the costs that take it down to about 7.5 % net. */
  grossMarginPct: { value: 40, source: SRC_002_6 },
  promotionPct: { value: 10, source: SRC_002_6 },
  personnelPct: { value: 6, source: SRC_002_6 },
  commissionPct: { value: 5, source: SRC_002_6 },
  shippingPct: { value: 5, source: SRC_002_6 },
  taxPct: { value: 4.5, source: SRC_002_6 },
  otherPct: { value: 2, source: SRC_002_6 },
} as const satisfies Record<string, Sourced<unknown>>;

/**
 * The printed total minus the deposit: what hardware and early salaries must have cost
 * (270,650 - 160,000 = 110,650), split evenly between months 3 and 7 by assumption.
 */
export const hardwareEachYuan = (plan002.totalInvestmentYuan.value - plan002.tmallDepositYuan.value) / plan002.hardwareMonths.value.length;

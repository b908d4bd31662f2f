import { computePayback } from '../calculators/payback/payback';
import { paybackPresets } from '../calculators/payback/payback.schema';
import type { UpfrontItem } from '../calculators/payback/payback.schema';
import { t, type Cell, type TemplateDef, type Text } from './template';

const preset = paybackPresets['plan-002-a'];
const result = computePayback(preset);
const paidBack = result.cash.kind === 'paid-back' ? Math.ceil(result.cash.paybackMonths) : undefined;
if (paidBack === undefined) throw new Error('cash-flow template: reading A of 002 篇六 no longer pays back');
/** The monthly profit once trading starts, printed in the notes (20,000 in reading A). */
const monthlyProfit = new Intl.NumberFormat('en').format(result.months[preset.startMonth - 1]!.operatingYuan);

/** What each upfront item of the preset is, in words (the preset names them by label key). */
const itemNotes: Record<string, Text> = {
  tmallDeposit: t('天猫保证金（关店时退回）', 'Tmall deposit (returned when the store closes)'),
  hardwareSalaries: t('硬件和前期工资（原文只给总额，按两个月平分）', 'hardware and early salaries (the plan gives only the total; split over two months)'),
  juhuasuan: t('聚划算经费（假定次月收回）', 'Juhuasuan (聚划算) money (assumed back the next month)'),
};

function notesFor(month: number, items: readonly UpfrontItem[]): Cell {
  const paid = items.filter((i) => i.month === month).map((i) => itemNotes[i.name]);
  const back = items.filter((i) => i.returns === 'month' && i.returnMonth === month).map(() => t('聚划算经费收回', 'Juhuasuan money back'));
  const all = [...paid, ...back].filter((x): x is Text => x !== undefined);
  if (month === preset.startMonth) all.push(t(`开始营业：每月利润 ${monthlyProfit} 元`, `trading starts: ${monthlyProfit} yuan profit a month`));
  if (all.length === 0) return null;
  return t(all.map((x) => x.zh).join('；'), all.map((x) => x.en).join('; '));
}

const sum = (items: readonly UpfrontItem[]) => items.reduce((s, i) => s + i.amountYuan, 0);

/**
 * An investment cash-flow sheet, filled with 002 篇六's plan in reading A (the investment-and-payback
 * page explains both readings), computed at build by the payback calculator's own function, from
 * the first month to the month the cumulative cash is back above zero. Deposits are split from
 * spending because they come back.
 */
export const cashFlow: TemplateDef = {
  id: 'cash-flow',
  title: t('投资现金流表', 'Investment cash-flow sheet'),
  columns: [
    { label: t('月份', 'Month') },
    { label: t('花掉的投入（元）', 'Spent, not coming back (yuan)') },
    { label: t('押出去的钱（元）', 'Deposits paid (yuan)') },
    { label: t('收回的钱（元）', 'Money back (yuan)') },
    { label: t('经营利润（元）', 'Operating profit (yuan)') },
    { label: t('当月净现金流（元）', 'Net cash flow (yuan)') },
    { label: t('累计现金流（元）', 'Cumulative cash (yuan)') },
    { label: t('说明', 'Notes') },
  ],
  rows: result.months.slice(0, paidBack).map((m) => {
    const paid = preset.items.filter((i) => i.month === m.month);
    return [
      m.month,
      sum(paid.filter((i) => i.returns === 'no')),
      sum(paid.filter((i) => i.returns !== 'no')),
      m.returnedYuan,
      m.operatingYuan,
      m.netYuan,
      m.cumulativeYuan,
      notesFor(m.month, preset.items),
    ];
  }),
  blankRows: 3,
  sources: [{ seed: '002', part: '篇六' }],
  note: t(
    `示例：002 篇六 的投资计划按读法 A 计算（月利润 ${monthlyProfit} 元），由回本计算器在构建时算出；换成自己的数字时，押金和保证金写在“押出去的钱”里，收回那个月写进“收回的钱”。`,
    `Example: 002 part 6’s investment plan in reading A (${monthlyProfit} yuan profit a month), computed at build by the payback calculator; with your own figures, put deposits under “Deposits paid” and record them under “Money back” in the month they return.`,
  ),
};

import { t, type TemplateDef } from './template';

/**
 * The daily sheet 001 篇3 and 002 篇四 ask a store to keep (UV, PV, conversion, bounce rate; order
 * value from the target decomposition; refund rate from the 淘品牌 criteria), plus ad spend and the
 * ad-attributed GMV that ROAS (投产比) needs.
 */
export const dailyKpi: TemplateDef = {
  id: 'daily-kpi',
  title: t('每日数据表', 'Daily KPI sheet'),
  columns: [
    { label: t('日期', 'Date') },
    { label: t('访客数（UV）', 'Visitors (UV)') },
    { label: t('浏览量（PV）', 'Page views (PV)') },
    { label: t('成交人数', 'Buyers') },
    { label: t('成交额（元）', 'GMV (yuan)') },
    { label: t('转化率', 'Conversion rate') },
    { label: t('跳失率', 'Bounce rate (跳失率)') },
    { label: t('客单价（元）', 'Average order value (客单价, yuan)') },
    { label: t('推广花费（元）', 'Ad spend (yuan)') },
    { label: t('推广带来的成交额（元）', 'Ad-attributed GMV (yuan)') },
    { label: t('投产比', 'ROAS (投产比)') },
    { label: t('退款金额（元）', 'Refunds (yuan)') },
    { label: t('退款率', 'Refund rate') },
    { label: t('备注', 'Notes') },
  ],
  rows: [],
  blankRows: 7,
  sources: [{ seed: '001', part: '篇3' }, { seed: '002', part: '篇四' }],
  note: t(
    '转化率 = 成交人数 ÷ 访客数；客单价 = 成交额 ÷ 成交人数；投产比 = 推广带来的成交额 ÷ 推广花费；退款率 = 退款金额 ÷ 成交额。平台后台的同名指标口径可能不同，以后台说明为准。',
    'Conversion rate = buyers ÷ visitors; average order value = GMV ÷ buyers; ROAS = ad-attributed GMV ÷ ad spend; refund rate = refunds ÷ GMV. The back office may define metrics of the same name differently: follow its definitions.',
  ),
};

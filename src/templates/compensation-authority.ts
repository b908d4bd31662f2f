import { t, type TemplateDef } from './template';

const problemLog = t('问题登记表', 'problem register');
const returnsLog = t('退换货登记表', 'returns register');

/**
 * What an agent may grant on the spot and what needs a supervisor: 002 篇五's compensation rule
 * (agree the method and amount with management; its example is a 5–10 yuan voucher for a late or
 * crushed parcel), 002 篇八's after-sales cases, and 003's registers for the record.
 */
export const compensationAuthority: TemplateDef = {
  id: 'compensation-authority',
  title: t('补偿权限表', 'Compensation-authority table'),
  columns: [
    { label: t('情形', 'Situation') },
    { label: t('客服可以当场给', 'Agent may grant on the spot') },
    { label: t('需要主管批准', 'Needs a supervisor') },
    { label: t('记在哪里', 'Log in') },
  ],
  rows: [
    [
      t('物流延误、外包装挤压', 'late delivery; crushed box'),
      t('小额店铺抵扣券（来源示例 5–10 元）', 'a small store voucher (the source’s example: 5–10 yuan)'),
      t('买家因延误有实际损失', 'the delay cost the buyer real money'),
      problemLog,
    ],
    [
      t('轻微瑕疵，买家愿意留下', 'minor flaw, buyer keeps the item'),
      t('部分退款或抵扣券，不超过自定上限', 'partial refund or voucher up to a set limit'),
      t('超过上限', 'above the limit'),
      problemLog,
    ],
    [
      t('发错货、漏发', 'wrong or missing item'),
      t('补发或换货，来回运费由店铺承担', 'send the right item or exchange; the store pays shipping both ways'),
      t('补发的商品价值高', 'a high-value replacement'),
      returnsLog,
    ],
    [
      t('质量问题', 'quality defect'),
      t('退货退款或换货', 'return and refund, or exchange'),
      t('有争议、需要检测', 'disputed, needs testing'),
      returnsLog,
    ],
    [
      t('快递丢件', 'parcel lost by the courier'),
      t('先补发或退款，再向快递索赔', 'replace or refund first, claim from the courier afterwards'),
      t('金额高或责任不清', 'large amount or unclear fault'),
      problemLog,
    ],
    [
      t('破损、缺配件', 'damaged, or parts missing'),
      t('补寄配件；整件坏了补发或退款', 'send the missing part; replace or refund a broken item'),
      t('运输与打包责任说不清', 'unclear whether transport or packing was at fault'),
      returnsLog,
    ],
  ],
  sources: [{ seed: '002', part: '篇五' }, { seed: '002', part: '篇八' }, { seed: '003' }],
  note: t(
    '金额上限按自己的客单价和毛利定。补偿针对买家的损失，不以修改评价为条件。',
    'Set the limits from your own order value and margin. Compensation makes good a loss; it is never conditional on changing a review.',
  ),
};

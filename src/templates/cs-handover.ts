import { t, type TemplateDef } from './template';

const start = t('上班时', 'Start of shift');
const during = t('当班', 'During the shift');
const end = t('下班前', 'End of shift');

/**
 * The handover sheet: the shift checklist of the customer-service page (built from 002 篇五's
 * answer library, 002 篇八's stock-out rule, 003's registers and 004's service rules) as a form.
 */
export const csHandover: TemplateDef = {
  id: 'cs-handover',
  title: t('客服交接班记录', 'CS handover sheet'),
  columns: [
    { label: t('时段', 'When') },
    { label: t('检查项', 'Check') },
    { label: t('完成', 'Done') },
    { label: t('说明 / 未完结事项', 'Notes / open cases') },
  ],
  rows: [
    [start, t('读上一班的交接记录和问题登记表', 'read the last shift’s handover notes and the problem register'), null, null],
    [start, t('核对当天的促销、价格和库存变化，更新快捷回复', 'check today’s changes to promotions, prices and stock; update the quick replies'), null, null],
    [during, t('按标准答案接待；答案库里没有的问题记下来', 'answer from the standard answers; note questions the library lacks'), null, null],
    [during, t('买家的特殊要求（规格、颜色、赠品、备注）完整转给仓库', 'pass every special request (size, colour, gift, order note) to the warehouse'), null, null],
    [during, t('看当天的新评价，低分的尽快联系买家', 'read today’s new reviews; contact low scorers promptly'), null, null],
    [during, t('跟进物流异常的订单，先告诉买家', 'follow parcels with tracking problems; tell the buyer first'), null, null],
    [end, t('把未完结事项写进交接记录：买家、订单号、下一步、由谁跟进', 'write open cases into the handover: buyer, order number, next step, who follows up'), null, null],
  ],
  blankRows: 3,
  sources: [{ seed: '002', part: '篇五' }, { seed: '002', part: '篇八' }, { seed: '003' }, { seed: '004' }],
  note: t(
    '每班一张；表头写上日期、班次、交班人和接班人。',
    'One sheet per shift; write the date, the shift and who hands over to whom at the top.',
  ),
};

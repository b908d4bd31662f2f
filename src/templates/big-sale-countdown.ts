import { t, type TemplateDef } from './template';

const ops = t('运营', 'Operations');

/**
 * A big sale planned backwards from the day. Dated steps from the sources: 001 篇3 (ads tested
 * from the month before, plan final 10 days ahead, 7–10 days of preparation per event, a review
 * afterwards), 000 篇1 (stock settled at least a week ahead; designers help pack), 002 篇六
 * (traffic and sales forecast, CS and dispatch rosters, pre-packed boxes). The other timings are
 * suggestions, and the page says so.
 */
export const bigSaleCountdown: TemplateDef = {
  id: 'big-sale-countdown',
  title: t('大促倒排表', 'Big-sale countdown'),
  columns: [
    { label: t('时间', 'When') },
    { label: t('事项', 'Task') },
    { label: t('负责', 'Owner') },
    { label: t('完成标志', 'Done when') },
    { label: t('完成', 'Done') },
  ],
  rows: [
    [t('提前 1 个月', '1 month ahead'), t('测试广告素材和人群，记下点击率和成本', 'test ad creatives and audiences; note click-through rates and costs'), t('推广', 'Promotion'), t('选定要用的素材和人群', 'creatives and audiences chosen'), null],
    [t('提前 1 个月', '1 month ahead'), t('选活动商品，定折扣，算清每件的利润', 'pick the sale items, set discounts, work out the profit per item'), ops, t('活动商品和价格表', 'item and price list'), null],
    [t('T−10', 'D−10'), t('活动方案和推广计划定稿', 'finalise the event plan and the promotion plan'), t('运营、推广', 'Operations, promotion'), t('方案评审通过', 'plan signed off'), null],
    [t('T−10 至 T−7', 'D−10 to D−7'), t('做活动页面、海报和主图；设置优惠券和活动价', 'build the event page, posters and main images; set up coupons and sale prices'), t('美工、策划', 'Design, planning'), t('页面和设置可以预览', 'page and settings ready to preview'), null],
    [t('T−7', 'D−7'), t('按平时的流量比例预估当天的流量、转化和销量', 'forecast the day’s traffic, conversion and sales from normal traffic ratios'), ops, t('预估表', 'forecast sheet'), null],
    [t('T−7', 'D−7'), t('定下备货量，需要加产的通知工厂', 'settle the stock; tell the factory about extra production'), t('运营、仓储', 'Operations, warehouse'), t('采购单已下', 'purchase order placed'), null],
    [t('T−5', 'D−5'), t('排大促前后的客服班表和发货班表，约好打包帮手', 'draw up the CS and dispatch rosters around the sale; line up packing help'), t('客服主管、仓储', 'CS lead, warehouse'), t('两张班表', 'both rosters'), null],
    [t('T−3', 'D−3'), t('备好包装盒，热销款提前装好', 'stock up on boxes; pre-pack the best sellers'), t('仓储', 'Warehouse'), t('预包装数量', 'pre-packed count'), null],
    [t('T−1', 'D−1'), t('逐个核对活动价、划线价、优惠券和库存；更新客服快捷回复', 'check every sale price, reference price, coupon and stock level; update the CS quick replies'), t('运营、客服', 'Operations, CS'), t('核对清单打完勾', 'checklist ticked'), null],
    [t('当天', 'D-day'), t('按小时看访客、转化和库存；缺货马上通知客服', 'watch visitors, conversion and stock hourly; tell CS about stock-outs at once'), t('运营、仓储', 'Operations, warehouse'), t('每小时一条记录', 'an entry every hour'), null],
    [t('T+1 至 T+3', 'D+1 to D+3'), t('发完积压订单；处理售后', 'ship the backlog; handle after-sales'), t('仓储、客服', 'Warehouse, CS'), t('待发订单清零', 'no orders left to ship'), null],
    [t('T+7', 'D+7'), t('复盘：数据、得失、下次改什么', 'review: figures, what worked, what to change next time'), t('全员', 'Everyone'), t('复盘记录', 'review notes'), null],
  ],
  sources: [{ seed: '001', part: '篇3' }, { seed: '000', part: '篇1' }, { seed: '002', part: '篇六' }, { seed: '002', part: '篇八' }],
  note: t(
    '来源给出的时点：双 11 的广告 10 月就开始测、方案提前 10 天定稿、每个活动准备 7–10 天、备货至少提前一周；其余时点是建议，按自己的节奏改。',
    'Timings from the sources: Double 11 ads tested from October, plan final 10 days ahead, 7–10 days of preparation per event, stock settled at least a week ahead; the other timings are suggestions to adjust.',
  ),
};

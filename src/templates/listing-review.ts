import { t, type TemplateDef } from './template';

const ops = t('运营', 'Operations');
const design = t('美工', 'Designer');

/**
 * The monthly listing review of the listing-and-visuals page: 002 篇四's monthly adjustment of the
 * store's design (focus banners, category navigation, related items, bundles), 002 篇五's product
 * page checks, 004's listing steps and 000 篇5's store overhaul, as one sheet per month.
 */
export const listingReview: TemplateDef = {
  id: 'listing-review',
  title: t('商品月度检查表', 'Monthly listing review'),
  columns: [
    { label: t('检查项', 'Item') },
    { label: t('看什么', 'What to look at') },
    { label: t('看哪些数据', 'Data to read') },
    { label: t('本月结论和动作', 'This month: finding and action') },
    { label: t('负责', 'Owner') },
  ],
  rows: [
    [t('标题', 'Title'), t('关键词是不是买家还在搜的词；有没有和商品无关的词、绝对化用语', 'are the keywords still what buyers search for; any words unrelated to the item, any absolute claims'), t('进店搜索词', 'search terms that bring visits'), null, ops],
    [t('主图与白底图', 'Main and white-background images'), t('和实物一致吗；点击率有没有掉；是否符合平台当前的图片规范', 'do they match the item; has click-through fallen; do they meet the platform’s current image rules'), t('点击率', 'click-through rate'), null, design],
    [t('视频', 'Video'), t('有没有；是否还是当前的款式和卖点', 'is there one; does it show the current version and selling points'), null, null, design],
    [t('详情页', 'Detail page'), t('买家问得最多的问题写进去了没有；跳失率高不高', 'are the most-asked questions answered on the page; is the bounce rate high'), t('问题登记表、跳失率', 'problem register, bounce rate'), null, t('美工、客服', 'Designer, CS')],
    [t('SKU 与价格带', 'SKUs and price bands'), t('哪些规格卖不动、哪些断货；价格带和同类商品还对得上吗', 'which variants do not sell, which are out of stock; does the price band still fit the category'), t('各 SKU 的销量和库存', 'sales and stock per SKU'), null, ops],
    [t('运费模板', 'Freight template'), t('区域价格、包邮条件、偏远地区是否和运费表一致', 'do zone prices, free-shipping terms and remote areas match the rate table'), t('全国运费表', 'national rate table'), null, t('仓储', 'Warehouse')],
    [t('焦点图与分类导航', 'Focus banners and category navigation'), t('按上月销售和本月计划调整主推位置', 'move the featured items to match last month’s sales and this month’s plan'), t('上月各商品销量', 'last month’s sales per item'), null, design],
    [t('关联搭配与套餐', 'Related items and bundles'), t('套餐还卖得动吗；搭配的商品是否合理', 'do the bundles still sell; do the pairings make sense'), t('套餐成交', 'bundle sales'), null, ops],
    [t('价格标示', 'Price display'), t('划线价、活动价和优惠说明是否真实、有据可查', 'are reference prices, sale prices and offer terms true and documented'), t('价格记录', 'price history'), null, ops],
    [t('评价与问答', 'Reviews and Q&A'), t('差评集中在哪些问题；每条都回复了吗', 'which problems do poor reviews share; has each had a reply'), t('评价', 'reviews'), null, t('客服', 'CS')],
  ],
  sources: [{ seed: '002', part: '篇四' }, { seed: '002', part: '篇五' }, { seed: '004' }, { seed: '000', part: '篇5' }],
  note: t(
    '每月一张，每个主推款各填一张；结论栏写“保持”也算结论。',
    'One sheet a month, one per featured item; “no change” counts as a finding.',
  ),
};

import { t, type TemplateDef } from './template';

const perContract = t('按合同', 'per contract');

/**
 * The national shipping-rate table 001 篇3 and 002 篇四 ask for before launch, with 004's rule of
 * setting freight by the buyer's region. A skeleton: the amounts come from the store's own contract.
 */
export const courierRates: TemplateDef = {
  id: 'courier-rates',
  title: t('全国运费表', 'National shipping-rate table'),
  columns: [
    { label: t('区域', 'Zone') },
    { label: t('包含省份', 'Provinces') },
    { label: t('快递公司', 'Courier') },
    { label: t('首重价格（元）', 'First kilogram (yuan)') },
    { label: t('续重价格（元/千克）', 'Each extra kilogram (yuan)') },
    { label: t('预计时效', 'Expected delivery time') },
    { label: t('是否包邮', 'Free shipping?') },
  ],
  rows: [
    [t('同省', 'Same province'), t('仓库所在省', 'the warehouse’s province'), null, perContract, perContract, null, null],
    [t('邻近省份', 'Neighbouring provinces'), null, null, perContract, perContract, null, null],
    [t('其他省份', 'Other provinces'), null, null, perContract, perContract, null, null],
    [t('偏远地区', 'Remote areas'), t('如新疆、西藏', 'e.g. Xinjiang, Tibet'), null, perContract, perContract, null, null],
  ],
  sources: [{ seed: '004' }, { seed: '002', part: '篇四' }, { seed: '001', part: '篇3' }],
  note: t(
    '这张表同时是后台运费模板的底稿：按区域填好价格，再照着设置运费模板。',
    'The table is also the draft of the back-office freight template: fill in the prices by zone, then set the template from it.',
  ),
};

import type { CalcLocale } from '../kit/format';
import type { ItemNames } from '../../../lib/worked-example';

/** The worked example's strings: payback item names and the embeds' title suffixes, per language. */
export const workedLabels: Record<CalcLocale, { items: ItemNames; suffix: Record<'entry' | 'staffing' | 'funnel' | 'roi' | 'payback' | 'stress', string> }> = {
  'zh-CN': {
    items: {
      deposit: '天猫保证金',
      setup: '开店投入（装修、拍摄、样品、设备）',
      stock: '双 11 备货',
      stockSold: '双 11 备货：卖出的一半',
      stockUnsold: '双 11 备货：清仓收回',
      clearanceLoss: '清仓折价损失',
    },
    suffix: { entry: '示例店', staffing: '示例店第 12 个月', funnel: '示例店的目标', roi: '示例店的推广', payback: '示例店', stress: '示例店双 11 压力测试' },
  },
  en: {
    items: {
      deposit: 'Tmall deposit',
      setup: 'Setup (decoration, photos, samples, equipment)',
      stock: '双11 stock',
      stockSold: '双11 stock: the half sold',
      stockUnsold: '双11 stock: cleared later',
      clearanceLoss: 'Clearance loss',
    },
    suffix: { entry: 'the example store', staffing: 'the example store, month 12', funnel: 'the example store’s goal', roi: 'the example store’s ads', payback: 'the example store', stress: 'the example store, 双11 stress test' },
  },
};

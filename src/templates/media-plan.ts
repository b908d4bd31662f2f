import { t, type TemplateDef } from './template';

/**
 * The media schedule 002 篇二 asks for once a new product's word of mouth is seeded: which kinds of
 * media, which outlets, the ad format and schedule, the copy and design, the expected result; with a
 * budget column, the result actually achieved, and whether the piece is marked as an ad.
 */
export const mediaPlan: TemplateDef = {
  id: 'media-plan',
  title: t('媒体排期表', 'Media schedule'),
  columns: [
    { label: t('渠道', 'Channel') },
    { label: t('形式', 'Format') },
    { label: t('开始', 'Start') },
    { label: t('结束', 'End') },
    { label: t('预算（元）', 'Budget (yuan)') },
    { label: t('文案与设计', 'Copy and design') },
    { label: t('预期效果', 'Expected result') },
    { label: t('实际效果', 'Actual result') },
    { label: t('标明“广告”', 'Marked as an ad') },
  ],
  rows: [],
  blankRows: 6,
  sources: [{ seed: '002', part: '篇二' }, { seed: '001', part: '篇3' }],
  note: t(
    '预期和实际效果写同一种数字（访客、成交或关注），投完一期就填“实际效果”，下一期的排期按它调整。',
    'Write expected and actual results in the same unit (visits, orders or followers); fill in the actual result after each run and plan the next one from it.',
  ),
};

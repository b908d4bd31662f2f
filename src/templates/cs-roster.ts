import { t, type TemplateDef } from './template';

const days = [
  t('周一', 'Mon'),
  t('周二', 'Tue'),
  t('周三', 'Wed'),
  t('周四', 'Thu'),
  t('周五', 'Fri'),
  t('周六', 'Sat'),
  t('周日', 'Sun'),
];

/**
 * A week's CS roster for the smallest team: 002 篇六's tier 1 (two agents, an early and a late
 * shift), with the columns the staffing page says the plan forgot: who is off and who covers.
 */
export const csRoster: TemplateDef = {
  id: 'cs-roster',
  title: t('客服排班表', 'CS roster'),
  columns: [
    { label: t('星期', 'Day') },
    { label: t('日期', 'Date') },
    { label: t('早班', 'Early shift') },
    { label: t('晚班', 'Late shift') },
    { label: t('休息', 'Day off') },
    { label: t('顶班', 'Cover') },
    { label: t('当天活动', 'Promotion that day') },
    { label: t('备注', 'Notes') },
  ],
  rows: days.map((d) => [d, null, null, null, null, null, null, null]),
  sources: [{ seed: '002', part: '篇六' }],
  note: t(
    '早晚两班各一人是第 1 档的配法；写清每天谁休息、谁顶班，大促前后另排一张。',
    'One agent on each of two shifts is the tier-1 set-up; write down who is off and who covers each day, and draw up a separate sheet around big sales.',
  ),
};

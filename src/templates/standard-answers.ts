import { t, type TemplateDef } from './template';

const shipping = t('发货与快递', 'Dispatch and couriers');

/**
 * The standard-answer library of 002 篇五 (collect, sort, keep the best answer, polish; "亲，"
 * first, a friendly particle last), with starter entries. Answers stay in Chinese in both editions:
 * buyers read them; the English edition adds a column with their meaning.
 */
export const standardAnswers: TemplateDef = {
  id: 'standard-answers',
  title: t('标准答案库', 'Standard-answer library'),
  columns: [
    { label: t('分类', 'Topic') },
    { label: t('买家的问题', 'Buyer’s question') },
    { label: t('标准答案', 'Standard answer (Chinese, as sent)') },
    { label: t('英文意思', 'Meaning'), only: 'en' },
    { label: t('依据 / 备注', 'Basis / note') },
    { label: t('最后核对', 'Last checked') },
  ],
  rows: [
    [
      shipping,
      t('什么时候发货？', 'When will it ship?'),
      t('亲，下午 4 点前付款的订单当天发出，之后付款的次日发出哦～', '亲，下午 4 点前付款的订单当天发出，之后付款的次日发出哦～'),
      t('', 'Dear, orders paid before 4 pm ship the same day, later ones the next day.'),
      t('按仓库实际的截单时间改', 'use your warehouse’s real cut-off time'),
      null,
    ],
    [
      shipping,
      t('发什么快递？', 'Which courier?'),
      t('亲，默认发××快递，偏远地区可以改发邮政，需要的话下单时备注一下呢', '亲，默认发××快递，偏远地区可以改发邮政，需要的话下单时备注一下呢'),
      t('', 'Dear, we ship with courier X; remote areas can switch to China Post: just add an order note.'),
      t('写实际合作的快递', 'name the couriers you really use'),
      null,
    ],
    [
      t('退换货', 'Returns'),
      t('不合适可以退吗？', 'Can I return it if it doesn’t fit?'),
      t('亲，支持 7 天无理由退换，商品不影响二次销售就可以，运费按平台规则承担哦', '亲，支持 7 天无理由退换，商品不影响二次销售就可以，运费按平台规则承担哦'),
      t('', 'Dear, returns within 7 days need no reason as long as the item can be resold; shipping follows the platform’s rules.'),
      t('先对照平台现行规则再用', 'check against the platform’s current rules first'),
      null,
    ],
    [
      t('价格与优惠', 'Prices and offers'),
      t('能便宜点吗？', 'Can you do a better price?'),
      t('亲，店里每位买家都是同一个价哦，现在有××活动，下单前可以领券呢', '亲，店里每位买家都是同一个价哦，现在有××活动，下单前可以领券呢'),
      t('', 'Dear, every buyer pays the same price; there is offer X on now, and you can claim a coupon before ordering.'),
      t('一口价，客服不私下改价；活动以页面为准', 'one price; agents never change prices privately; offers as shown on the page'),
      null,
    ],
    [
      t('尺码与规格', 'Size and specification'),
      t('我该选哪个尺码？', 'Which size should I choose?'),
      t('亲，告诉我您的身高和体重，我帮您对照尺码表挑一下哦', '亲，告诉我您的身高和体重，我帮您对照尺码表挑一下哦'),
      t('', 'Dear, tell me your height and weight and I will check the size chart for you.'),
      t('附上尺码表；不确定就说不确定', 'attach the size chart; say so when unsure'),
      null,
    ],
    [
      t('售后', 'After-sales'),
      t('收到的东西坏了怎么办？', 'It arrived broken: what now?'),
      t('亲，真的很抱歉！麻烦拍一下外包装、面单和损坏的地方，我马上帮您处理', '亲，真的很抱歉！麻烦拍一下外包装、面单和损坏的地方，我马上帮您处理'),
      t('', 'Dear, we are so sorry! Please photograph the box, the shipping label and the damage, and I will sort it out right away.'),
      t('按补偿权限表处理', 'follow the compensation-authority table'),
      null,
    ],
  ],
  blankRows: 4,
  sources: [{ seed: '002', part: '篇五' }, { seed: '002', part: '篇八' }, { seed: '002', part: '篇二' }, { seed: '004' }],
  note: t(
    '示例条目里的时间和规则要换成自己店里的；“××”处填实际内容。每次规则或活动变了，改答案并更新“最后核对”。',
    'Replace the times and rules in the sample entries with your store’s own and fill in the “××”. Whenever a rule or offer changes, edit the answer and the “Last checked” date.',
  ),
};

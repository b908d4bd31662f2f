/**
 * The search query set: what readers type, in both editions, and where each query should lead.
 * Terms, aliases (双十一, Singles' Day), English glosses, the hanzi English readers copy from a
 * page, two-character terms (客服, 售后) and a few topic phrases. test/e2e/search.test.ts types every
 * query into the built site's search dialog and reports two figures (issue 10, item 7):
 * - the expected page among the top three results (goal: at least 95% of queries);
 * - the top result's section link lands on a section that contains the searched term (any form
 *   of it, for a glossary term; goal: at least 90%).
 *
 * `page` is the path under the base ('' is the zh-CN home page); `section` the heading id the
 * query is really about (informative: reported, not asserted). `first` lists the pages one of
 * which must come first (issue 10: 投产比 finds the ROAS page first). Queries whose page belongs to
 * another branch (compliance, primer, first-30-days) are skipped while the page is not in the
 * build; the test fails when more than `maxSkipped` are.
 */
export interface SearchCase {
  q: string;
  page: string;
  section?: string;
  kind: 'term' | 'alias' | 'gloss' | 'hanzi' | 'two-char' | 'phrase' | 'page';
  /** Pages one of which must come first (the ROAS page: the playbook section or the calculator). */
  first?: string[];
}

export const maxSkipped = 6;

export const queries: SearchCase[] = [
  // zh-CN: glossary terms and their aliases
  { q: '保证金', page: 'opening-a-tmall-store/', section: 'entry-cost', kind: 'term' },
  { q: '双11', page: 'promotion-and-campaigns/', section: 'double-11', kind: 'term' },
  { q: '双十一', page: 'promotion-and-campaigns/', section: 'double-11', kind: 'alias' },
  { q: '光棍节', page: 'glossary/', section: 'double-11', kind: 'alias' },
  { q: '投产比', page: 'targets-costs-roi/', section: 'roi', kind: 'term', first: ['targets-costs-roi/', 'calculators/roi/'] },
  { q: '投入产出比', page: 'targets-costs-roi/', section: 'roi', kind: 'alias' },
  { q: '保本投产比', page: 'targets-costs-roi/', section: 'break-even', kind: 'term' },
  { q: '保本 ROI', page: 'targets-costs-roi/', section: 'break-even', kind: 'alias' },
  { q: '直通车', page: 'promotion-and-campaigns/', section: 'paid-tools', kind: 'term' },
  { q: '钻展', page: 'promotion-and-campaigns/', section: 'paid-tools', kind: 'alias' },
  { q: '淘宝客', page: 'promotion-and-campaigns/', section: 'paid-tools', kind: 'term' },
  { q: '聚划算', page: 'promotion-and-campaigns/', section: 'paid-tools', kind: 'term' },
  { q: '淘金币', page: 'promotion-and-campaigns/', section: 'paid-tools', kind: 'term' },
  { q: '爆款', page: 'products-and-inventory/', section: 'hot-items', kind: 'two-char' },
  { q: '主推款', page: 'products-and-inventory/', section: 'how-many-hero-items', kind: 'term' },
  { q: '引流款', page: 'products-and-inventory/', section: 'four-product-roles', kind: 'term' },
  { q: '利润款', page: 'products-and-inventory/', section: 'four-product-roles', kind: 'term' },
  { q: '转化率', page: 'traffic-ramp/', section: 'implied-conversion', kind: 'term' },
  // 客单价 is defined among the daily metrics (the promotion page's section is about raising it).
  { q: '客单价', page: 'targets-costs-roi/', section: 'daily-metrics', kind: 'term' },
  { q: '回收期', page: 'investment-and-payback/', section: 'payback-basics', kind: 'alias' },
  { q: '回本', page: 'investment-and-payback/', section: 'payback-basics', kind: 'alias' },
  { q: '复购率', page: 'customers-and-membership/', section: 'repurchase-target', kind: 'term' },
  { q: '好评率', page: 'traffic-ramp/', section: 'order-targets', kind: 'term' },
  { q: '专营店', page: 'opening-a-tmall-store/', section: 'materials', kind: 'term' },
  { q: '旗舰店', page: 'opening-a-tmall-store/', section: 'store-types', kind: 'term' },
  { q: '静默下单', page: 'pay-and-kpis/', section: 'indirect-pay', kind: 'term' },
  { q: '询单', page: 'pay-and-kpis/', section: 'inquiry-definition', kind: 'alias' },
  // The primer explains the store scores (DSR) and what replaced them.
  { q: '动态评分', page: 'primer/', section: 'store-scores', kind: 'alias' },
  { q: '七天无理由', page: 'glossary/', section: 'seven-day-returns', kind: 'alias' },
  // zh-CN: two-character terms (the segmenter cuts them into single characters)
  { q: '客服', page: 'customer-service/', kind: 'two-char' },
  { q: '售后', page: 'customer-service/', section: 'after-sales-casebook', kind: 'two-char' },
  { q: '售前', page: 'customer-service/', section: 'cs-roles', kind: 'two-char' },
  { q: '扣点', page: 'opening-a-tmall-store/', section: 'fees', kind: 'two-char' },
  { q: '年费', page: 'opening-a-tmall-store/', section: 'fees', kind: 'two-char' },
  { q: '首重', page: 'warehouse-and-shipping/', section: 'national-rate-table', kind: 'two-char' },
  { q: '包邮', page: 'promotion-and-campaigns/', section: 'store-activities', kind: 'two-char' },
  { q: '软文', page: 'content-and-brand/', kind: 'two-char' },
  // zh-CN: topics and page names
  { q: '人员配置', page: 'staffing-by-revenue/', kind: 'phrase' },
  { q: '四档', page: 'staffing-by-revenue/', section: 'tiers', kind: 'phrase' },
  { q: '术语表', page: 'glossary/', kind: 'page' },
  { q: '第一个月', page: 'first-30-days/', kind: 'phrase' },
  { q: '刷单', page: 'compliance/', kind: 'two-char' },
  { q: '新手速览', page: 'primer/', kind: 'page' },
  // English: glosses, aliases, and the hanzi printed beside them
  { q: 'deposit', page: 'en/opening-a-tmall-store/', section: 'entry-cost', kind: 'gloss' },
  { q: 'customer service', page: 'en/customer-service/', kind: 'gloss' },
  { q: 'after-sales', page: 'en/customer-service/', section: 'after-sales-casebook', kind: 'gloss' },
  { q: 'Double 11', page: 'en/promotion-and-campaigns/', section: 'double-11', kind: 'gloss' },
  { q: "Singles' Day", page: 'en/promotion-and-campaigns/', section: 'double-11', kind: 'alias' },
  { q: '11.11', page: 'en/promotion-and-campaigns/', section: 'double-11', kind: 'alias' },
  { q: 'ROAS', page: 'en/calculators/roi/', kind: 'gloss', first: ['en/calculators/roi/', 'en/targets-costs-roi/'] },
  { q: 'return on ad spend', page: 'en/targets-costs-roi/', section: 'roi', kind: 'alias' },
  { q: '投产比', page: 'en/targets-costs-roi/', section: 'roi', kind: 'hanzi' },
  { q: 'break-even ROAS', page: 'en/targets-costs-roi/', section: 'break-even', kind: 'gloss' },
  { q: 'Zhitongche', page: 'en/promotion-and-campaigns/', section: 'paid-tools', kind: 'gloss' },
  { q: 'ZTC', page: 'en/promotion-and-campaigns/', section: 'paid-tools', kind: 'alias' },
  { q: '直通车', page: 'en/promotion-and-campaigns/', section: 'paid-tools', kind: 'hanzi' },
  { q: 'hot item', page: 'en/products-and-inventory/', section: 'hot-items', kind: 'gloss' },
  { q: 'baokuan', page: 'en/products-and-inventory/', section: 'hot-items', kind: 'alias' },
  { q: 'hero item', page: 'en/products-and-inventory/', section: 'how-many-hero-items', kind: 'gloss' },
  { q: 'conversion rate', page: 'en/traffic-ramp/', section: 'implied-conversion', kind: 'gloss' },
  { q: 'payback period', page: 'en/investment-and-payback/', section: 'payback-basics', kind: 'gloss' },
  { q: 'commission', page: 'en/opening-a-tmall-store/', section: 'fees', kind: 'gloss' },
  { q: 'annual fee', page: 'en/opening-a-tmall-store/', section: 'fees', kind: 'alias' },
  { q: 'Juhuasuan', page: 'en/promotion-and-campaigns/', section: 'paid-tools', kind: 'gloss' },
  { q: 'Taobao coins', page: 'en/promotion-and-campaigns/', section: 'paid-tools', kind: 'alias' },
  { q: 'silent order', page: 'en/pay-and-kpis/', section: 'indirect-pay', kind: 'gloss' },
  { q: 'repurchase rate', page: 'en/customers-and-membership/', section: 'repurchase-target', kind: 'gloss' },
  { q: 'specialty store', page: 'en/opening-a-tmall-store/', section: 'materials', kind: 'gloss' },
  { q: 'free shipping', page: 'en/promotion-and-campaigns/', section: 'store-activities', kind: 'gloss' },
  // English: topics and page names
  { q: 'staffing tiers', page: 'en/staffing-by-revenue/', section: 'tiers', kind: 'phrase' },
  { q: 'five steps', page: 'en/traffic-ramp/', section: 'five-steps', kind: 'phrase' },
  { q: 'glossary', page: 'en/glossary/', kind: 'page' },
  { q: 'first 30 days', page: 'en/first-30-days/', kind: 'phrase' },
  { q: 'compliance', page: 'en/compliance/', kind: 'page' },
];

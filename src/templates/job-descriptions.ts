import { t, type TemplateDef } from './template';

/**
 * Job descriptions for a small store team: 004's seven-person team (roles, headcount, duties),
 * with the KPIs 002 篇五 sets per role and the reporting lines 003 writes down.
 */
export const jobDescriptions: TemplateDef = {
  id: 'job-descriptions',
  title: t('岗位说明书', 'Job descriptions'),
  columns: [
    { label: t('岗位', 'Role') },
    { label: t('人数', 'Headcount') },
    { label: t('向谁汇报', 'Reports to') },
    { label: t('主要职责', 'Main duties') },
    { label: t('考核看什么', 'Measured by') },
  ],
  rows: [
    [
      t('运营总监', 'Head of operations'),
      1,
      t('总经理', 'General manager'),
      t(
        '定网络营销方案和推广策略；建立运营的管理制度；开拓推广资源和渠道；对推广和销售指标负责；协调店长、仓库、设计、策划之间的工作',
        'sets the online marketing plan and promotion strategy; writes the team’s operating rules; finds new promotion resources and channels; owns the promotion and sales targets; coordinates the store manager, warehouse, design and planning',
      ),
      t('销售目标完成率；运营成本', 'share of the sales target reached; operating cost'),
    ],
    [
      t('店长', 'Store manager'),
      1,
      t('运营总监', 'Head of operations'),
      t(
        '店铺日常运营：商品上下架、标题与关键词、付费推广和站内活动；活动结束后统计数据、写效果分析；每天看经营数据找问题，每周交运营报表',
        'runs the store day to day: listing and delisting, titles and keywords, paid promotion and platform events; after each event, collects the data and reports on results; reads the figures daily to find problems and hands in a weekly operations report',
      ),
      t('访客数、转化率、销售额；周报按时交', 'visitors, conversion rate, sales; weekly report on time'),
    ],
    [
      t('客服', 'Customer service (客服)'),
      2,
      t('店长（人多后设客服主管）', 'Store manager (a CS lead once the team grows)'),
      t(
        '在旺旺上答疑、促成下单；盯发货和物流，有异常主动告诉买家；处理退换货和纠纷；建客户档案、定期回访',
        'answers buyers in 旺旺 (Wangwang chat) and guides them to order; follows dispatch and tracking and tells buyers about problems first; handles returns, exchanges and disputes; keeps customer files and calls customers back',
      ),
      t(
        '回复率、询单转化率（原文称旺旺成功率）、满意度；应答时间',
        'reply rate, inquiry conversion rate (询单转化率; the plan says 旺旺成功率), satisfaction; response time',
      ),
    ],
    [
      t('美工（设计）', 'Designer (美工)'),
      1,
      t('店长', 'Store manager'),
      t(
        '店铺装修；商品详情页设计；配合推广和活动做广告图；宣传册等周边物料',
        'store design; product detail pages; banners and ads for promotions and events; brochures and other printed material',
      ),
      t('任务按时完成、返工次数', 'tasks delivered on time; rework'),
    ],
    [
      t('策划（文案）', 'Planner / copywriter'),
      1,
      t('店长', 'Store manager'),
      t(
        '店内活动策划，协助店长完善活动方案；广告位文字；宣传册文案；站外推广文章（署名商家，不冒充买家）',
        'plans store events and helps the store manager finish event plans; copy for ad slots; brochure copy; articles for outside sites (signed by the store, never posing as a buyer)',
      ),
      t('活动按期上线；任务完成度', 'events launched on schedule; tasks completed'),
    ],
    [
      t('推广', 'Promotion specialist'),
      t('1（营业额到第 2 档时）', '1 (from revenue tier 2)'),
      t('店长', 'Store manager'),
      t(
        '付费推广的投放和优化：选词、出价、预算；看流量来源和花费；出推广报表',
        'runs and tunes paid promotion: keywords, bids, budget; watches traffic sources and spend; reports on promotion',
      ),
      t('点击率、流量成本、投产比', 'click-through rate, cost per visit, ROAS (投产比)'),
    ],
    [
      t('仓储', 'Warehouse'),
      1,
      t('运营总监', 'Head of operations'),
      t(
        '每天登记进出货；按发货单配货、打包；空闲时做质检；整理库房、定期盘点',
        'logs goods in and out every day; picks and packs against the dispatch list; checks quality in quiet hours; keeps the stockroom in order and counts stock regularly',
      ),
      t(
        '发货速度、错发率、质量问题退货占比',
        'dispatch speed, wrong-parcel rate, share of returns for quality problems',
      ),
    ],
  ],
  sources: [{ seed: '004' }, { seed: '002', part: '篇五' }, { seed: '002', part: '篇六' }, { seed: '003' }],
  note: t(
    '人数和职责按 004 的七人团队（推广一行按 002 篇六 的第 2 档），考核项按 002 篇五，汇报关系参考 003；改成自己店里的岗位和人名再用。',
    'Headcount and duties follow 004’s seven-person team (the promotion row follows 002 part 6’s tier 2), the measures 002 part 5, the reporting lines 003; replace them with your own roles and names.',
  ),
};

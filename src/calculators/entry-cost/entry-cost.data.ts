import type { SourceRef, Sourced } from '../shared/sources';

/**
 * Tmall entry fees: the one dated data file. Two kinds of figure live here:
 * - present-day fees, each with the public web page it was read from (address, publisher, kind
 *   of source) and the date the page states it as of. Official pages rank above news, news
 *   above reprints. Where no source gives a figure, the row holds `null` and the calculator tells
 *   the reader what to check and where (Tmall's yearly 资费标准 in the merchant rule centre);
 * - plan 002's figures (about 2014), cited by seed and part like every other source figure.
 *
 * Reviewed 2026-11-29 (`reviewedOn`). A fee here is never a promise that it still holds: the
 * page prints each row's date, and the reader checks the current schedule before paying.
 */

/** When this file was last checked against its sources. */
export const reviewedOn = '2026-11-29';

/** How far a web source can be trusted: Tmall's own page, a news report, or a third-party reprint. */
export type SourceKind = 'official' | 'news' | 'reprint';

/** A public web page a fee was read from. `asOf` is the date the page states the fee for. */
export interface WebSource {
  readonly url: string;
  readonly publisher: string;
  readonly kind: SourceKind;
  /** ISO date (`2024-07-27`) or year (`2012`) the page gives its figure for. */
  readonly asOf: string;
  /** What the reader should know about the page (undated, reprint of …). */
  readonly note?: string;
}

/**
 * Tmall's English fee schedule: deposits by store type and trademark status, special categories.
 * Official, but undated; its headline statistics are for 2012.
 */
export const tmallFeeSchedulePage: WebSource = {
  url: 'https://about.tmall.com/tmall/fee_schedule',
  publisher: 'Tmall',
  kind: 'official',
  asOf: '2012',
  note: 'undated page; its platform statistics are for 2012',
};

/**
 * A store-software vendor's 2023 reprint of Tmall's deposit rules (旗舰店/专卖店 10万 TM, 5万 ®;
 * 专营店 15万 TM, 10万 ®; 图书音像 5万/10万): the latest dated statement of the same amounts found.
 */
export const depositReprint2023: WebSource = {
  url: 'http://www.cxbxf.com/news_7127.html',
  publisher: 'TPshop 搜豹商城 (store-software vendor)',
  kind: 'reprint',
  asOf: '2023-04-04',
  note: 'reprint of Tmall\'s deposit rules, not Tmall\'s own page',
};

/**
 * South China Morning Post, 2024-07-27 (as reproduced, with its date, at the address below): from
 * 1 September 2024 Tmall waives the annual software service fee that ranged from 30,000 to 60,000
 * yuan by category; fees paid in advance are refunded; merchants joining after September are exempt.
 */
export const annualFeeWaiverReport: WebSource = {
  url: 'https://cargreen.es/2024/07/27/bl-wlv/rtsd440586ltcu46uihtml/alibabas-tmall-waives-annual-service-fee-while-taobao-relaxes-refund-only-policy',
  publisher: 'South China Morning Post (reproduced copy)',
  kind: 'news',
  asOf: '2024-07-27',
  note: 'the SCMP report as reproduced on another site; the same news: beijingtimes.com, 2024-07-27',
};

/**
 * TapTechNews, 2024-07-26, reporting LatePost: Taobao and Tmall Group (淘天) will charge a basic
 * software service fee of 0.6 % of each order's confirmed-receipt amount.
 */
export const basicFeeNews: WebSource = {
  url: 'https://taptechnews.com/25de10852675ac6e.html',
  publisher: 'TapTechNews, reporting LatePost',
  kind: 'news',
  asOf: '2024-07-26',
};

/**
 * A merchant-news site's summary of 《天猫商家基础软件服务费规则》 (consultation from 2024-07-26,
 * effective 2024-08-09): for orders placed after 1 September 2024, 0.6 % of the amount confirmed
 * as received (buyer payment, shipping and platform subsidies included); nothing before
 * receipt is confirmed, no refund of it after.
 */
export const basicFeeRuleSummary: WebSource = {
  url: 'https://m.taopuwang.com/article/64692',
  publisher: '淘铺网 (store-transfer marketplace)',
  kind: 'reprint',
  asOf: '2024-09-09',
  note: 'third-party summary of the rule; check the rule itself in the rule centre',
};

/** Where to check a fee this file cannot give: the page prints it in the reader's language. */
export const whereToCheck = {
  url: 'https://rule.tmall.com/',
  /** The label keys the islands turn into "Tmall rule centre → 资费标准 of the current year". */
  what: 'feeStandard',
} as const;

export const storeTypes = ['flagship', 'franchise', 'specialty'] as const;
/** 旗舰店 (flagship), 专卖店 (franchise: one authorised brand), 专营店 (specialty: several brands). */
export type StoreType = (typeof storeTypes)[number];

export const trademarks = ['tm', 'r'] as const;
/** `tm`: an application accepted (商标注册申请受理通知书); `r`: every mark registered (注册商标). */
export type Trademark = (typeof trademarks)[number];

export const categories = ['general', 'books-av', 'medicine', 'other-special'] as const;
/**
 * Category groups the deposit rules single out. `general`: every category without a rule of
 * its own. `other-special`: services, e-tickets, games, mobile top-up, travel: the sources
 * disagree and have changed over the years, so the calculator gives no figure.
 */
export type Category = (typeof categories)[number];

/** A deposit row: an amount (or null when no source gives a current one) and where it comes from. */
export interface DepositRow {
  readonly storeTypes: readonly StoreType[];
  /** `any` when the trademark status does not change the amount. */
  readonly trademark: Trademark | 'any';
  readonly category: Category;
  readonly yuan: number | null;
  /** The newest source first. */
  readonly sources: readonly WebSource[];
}

const allTypes = storeTypes;
const brandStores = ['flagship', 'franchise'] as const;

/** Deposits (保证金): frozen in the merchant's Alipay account, released when the contract ends. */
export const tmallDeposits: readonly DepositRow[] = [
  { storeTypes: brandStores, trademark: 'tm', category: 'general', yuan: 100_000, sources: [depositReprint2023, tmallFeeSchedulePage] },
  { storeTypes: brandStores, trademark: 'r', category: 'general', yuan: 50_000, sources: [depositReprint2023, tmallFeeSchedulePage] },
  { storeTypes: ['specialty'], trademark: 'tm', category: 'general', yuan: 150_000, sources: [depositReprint2023, tmallFeeSchedulePage] },
  { storeTypes: ['specialty'], trademark: 'r', category: 'general', yuan: 100_000, sources: [depositReprint2023, tmallFeeSchedulePage] },
  { storeTypes: brandStores, trademark: 'any', category: 'books-av', yuan: 50_000, sources: [depositReprint2023, tmallFeeSchedulePage] },
  { storeTypes: ['specialty'], trademark: 'any', category: 'books-av', yuan: 100_000, sources: [depositReprint2023, tmallFeeSchedulePage] },
  { storeTypes: allTypes, trademark: 'any', category: 'medicine', yuan: 300_000, sources: [tmallFeeSchedulePage] },
  { storeTypes: allTypes, trademark: 'any', category: 'other-special', yuan: null, sources: [depositReprint2023, tmallFeeSchedulePage] },
];

/**
 * The annual software service fee (软件服务年费 / 技术服务费年费): 30,000 or 60,000 by first-level
 * category until it was waived from 1 September 2024. Today's value is 0 for a new merchant.
 */
export const tmallAnnualFee = { yuan: 0, since: '2024-09-01', formerRangeYuan: { low: 30_000, high: 60_000 }, sources: [annualFeeWaiverReport] } as const;

/** The basic software service fee (基础软件服务费), percent of the amount confirmed as received. */
export const tmallBasicFee = { pct: 0.6, since: '2024-09-01', sources: [basicFeeNews, basicFeeRuleSummary] } as const;

/**
 * Commission (实时划扣技术服务费, "佣金"): a percentage of sales set per category. No current
 * table was found in a citable source, so no figure: the reader looks up their category.
 */
export const tmallCommission = { pct: null, sources: [] as readonly WebSource[] } as const;

/** 002 篇一: the fees of a 专营店 (specialty store), the only store type the plan prices. */
export const SRC_002_1: SourceRef = { seed: '002', part: '篇一' };
/** 002 篇二: the annual fee is 30,000 or 60,000 by first-level category. */
export const SRC_002_2: SourceRef = { seed: '002', part: '篇二' };
/** 002 篇五: "入驻费用为13万元(tm商标)", and refunds of the annual fee by last year's sales (table lost). */
export const SRC_002_5: SourceRef = { seed: '002', part: '篇五' };
/** 002 篇十: a lower, apparently older set (annual fee 5,000, deposit 100,000, 2 % commission). */
export const SRC_002_10: SourceRef = { seed: '002', part: '篇十' };

/**
 * Plan 002's figures, about 2014 (the plan's investment timeline is dated 2014 in 篇五): a
 * specialty store pays an annual fee of 30,000, a deposit of 150,000 with a TM mark or 100,000
 * when every mark is ®, and 5 % of each sale.
 */
export const plan002Fees = {
  annualFeeYuan: { value: 30_000, source: SRC_002_1 },
  depositTmYuan: { value: 150_000, source: SRC_002_1 },
  depositRYuan: { value: 100_000, source: SRC_002_1 },
  commissionPct: { value: 5, source: SRC_002_1 },
  /** The two annual-fee tiers. */
  annualFeeTiersYuan: { value: [30_000, 60_000] as const, source: SRC_002_2 },
  /** "入驻费用为13万元(tm商标)": contradicts 篇一 (30,000 + 150,000 = 180,000 for TM). */
  entryCostTmYuan: { value: 130_000, source: SRC_002_5 },
  /** 篇十's set. */
  part10: { value: { annualFeeYuan: 5_000, depositYuan: 100_000, commissionPct: 2 }, source: SRC_002_10 },
} as const satisfies Record<string, Sourced<unknown>>;

/**
 * The five source plans in ../shared/seeds, with the parts each one is divided into.
 * Source references on the site (`<Src seed="002" part="篇六" />`) are checked against this table.
 */
export interface Seed {
  id: SeedId;
  file: string;
  titleZh: string;
  titleEn: string;
  /** Part labels as the plan prints them, in order; empty when the plan is one undivided text. */
  parts: readonly string[];
}

export const seedIds = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof seedIds)[number];

const arabicParts = ['篇1', '篇2', '篇3', '篇4', '篇5'] as const;
const chineseParts = ['篇一', '篇二', '篇三', '篇四', '篇五', '篇六', '篇七', '篇八', '篇九', '篇十'] as const;

export const seeds: Record<SeedId, Seed> = {
  '000': { id: '000', file: '000_6a7c1b90f570f982.md', titleZh: '商业运营部工作计划', titleEn: 'Commercial operations department work plans', parts: arabicParts },
  '001': { id: '001', file: '001_1d61cf71b15b94ef.md', titleZh: '电商运营 2022 工作计划 5 篇', titleEn: 'E-commerce operations work plans 2022 (five plans)', parts: arabicParts },
  '002': { id: '002', file: '002_b10b5c9ea90475b7.md', titleZh: '天猫开店运营计划书', titleEn: 'Tmall store opening and operations plan', parts: chineseParts },
  '003': { id: '003', file: '003_a0a72543a1204ada.md', titleZh: '艺术品电商平台运营计划书', titleEn: 'Art e-commerce platform operations plan', parts: [] },
  '004': { id: '004', file: '004_06fc9445e0743f7f.md', titleZh: '电子商务运营方案', titleEn: 'E-commerce operations scheme', parts: [] },
};

/** The 1-based number of a part (`篇六` -> 6), or undefined for an unknown part. */
export function partNumber(seed: SeedId, part: string): number | undefined {
  const i = seeds[seed].parts.indexOf(part);
  return i === -1 ? undefined : i + 1;
}

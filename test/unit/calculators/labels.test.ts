import { describe, expect, test } from 'vitest';
import { en } from '../../../src/components/calculators/labels/en';
import { zhCN } from '../../../src/components/calculators/labels/zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, string]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const enLeaves = new Map(leaves(en as unknown as Tree));
const zhLeaves = new Map(leaves(zhCN as unknown as Tree));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff]/;
/** Chinese platform terms the English edition keeps beside their gloss (content rules). */
const allowedInEnglish = ['投入产出比', '聚划算'];

describe('calculator labels', () => {
  test('zh-CN has exactly the keys of en', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  test.each([...enLeaves.keys()])('%s: same placeholders in both languages', (key) => {
    expect(placeholders(zhLeaves.get(key)!)).toEqual(placeholders(enLeaves.get(key)!));
  });

  test('no Chinese in English strings, except the platform terms kept beside their gloss', () => {
    const offenders = [...enLeaves].filter(([, s]) => CJK.test(allowedInEnglish.reduce((t, term) => t.replaceAll(term, ''), s)));
    expect(offenders).toEqual([]);
  });

  test('every Chinese string with words is written in Chinese (terms such as GMV, ROI may sit inside)', () => {
    const offenders = [...zhLeaves].filter(([key, s]) => /[a-z]{3,}/i.test(s.replace(/\{\w+\}/g, '')) && !CJK.test(s) && !['roi.gmv'].includes(key));
    expect(offenders).toEqual([]);
  });

  test('the English ROI title names ROAS and the Chinese term', () => {
    expect(en.roi.title).toContain('ROAS (called ROI in China, 投入产出比)');
  });
});

import { describe, expect, test } from 'vitest';
import { kitEn } from '../../../src/components/calculators/kit/labels.en';
import { kitZhCN } from '../../../src/components/calculators/kit/labels.zh-CN';
import { staffingEn } from '../../../src/components/calculators/staffing/labels.en';
import { staffingZhCN } from '../../../src/components/calculators/staffing/labels.zh-CN';
import { roiEn } from '../../../src/components/calculators/roi/labels.en';
import { roiZhCN } from '../../../src/components/calculators/roi/labels.zh-CN';
import { paybackEn } from '../../../src/components/calculators/payback/labels.en';
import { paybackZhCN } from '../../../src/components/calculators/payback/labels.zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, string]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/** Each calculator's labels live beside it (src/components/calculators/<name>/labels.*.ts); the kit's in kit/. */
const sets = { kit: [kitEn, kitZhCN], staffing: [staffingEn, staffingZhCN], roi: [roiEn, roiZhCN], payback: [paybackEn, paybackZhCN] } as const;
const enLeaves = new Map(Object.entries(sets).flatMap(([name, [en]]) => leaves(en as unknown as Tree, `${name}.`)));
const zhLeaves = new Map(Object.entries(sets).flatMap(([name, [, zh]]) => leaves(zh as unknown as Tree, `${name}.`)));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff]/;
/** Chinese platform terms the English edition keeps beside their gloss (content rules). */
const allowedInEnglish = ['投入产出比', '投产比', '保本出价', '聚划算', '万'];

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

  test('every Chinese string with words is written in Chinese (terms such as GMV, ROI, CSV may sit inside)', () => {
    const offenders = [...zhLeaves].filter(([key, s]) => /[a-z]{3,}/i.test(s.replace(/\{\w+\}/g, '')) && !CJK.test(s) && !['roi.calc.gmv'].includes(key));
    expect(offenders).toEqual([]);
  });

  test('no bare ¥ in English strings (amounts are yuan or CN¥)', () => {
    expect([...enLeaves].filter(([, s]) => /(^|[^N])¥/.test(s))).toEqual([]);
  });

  test('the English ROI title names ROAS and the Chinese term', () => {
    expect(roiEn.calc.title).toMatch(/ROAS.*投(入)?产(出)?比/);
  });
});

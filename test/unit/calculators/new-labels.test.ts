import { describe, expect, test } from 'vitest';
import { funnelEn } from '../../../src/components/calculators/funnel/labels.en';
import { funnelZhCN } from '../../../src/components/calculators/funnel/labels.zh-CN';
import { entryCostEn } from '../../../src/components/calculators/entry-cost/labels.en';
import { entryCostZhCN } from '../../../src/components/calculators/entry-cost/labels.zh-CN';
import { csPayEn } from '../../../src/components/calculators/cs-pay/labels.en';
import { csPayZhCN } from '../../../src/components/calculators/cs-pay/labels.zh-CN';
import { funnelPresets, funnelSolveModes } from '../../../src/calculators/funnel/funnel.schema';
import { entryCostPresets } from '../../../src/calculators/entry-cost/entry-cost.schema';
import { csPayPresets } from '../../../src/calculators/cs-pay/cs-pay.schema';

/**
 * The labels of the funnel, entry-cost and CS-pay calculators (beside each calculator, as the kit
 * prescribes): the same keys and placeholders in both languages, English free of Chinese except
 * the platform terms kept beside their gloss, no bare ¥, and a label for every preset and mode.
 */
type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const sets = { funnel: [funnelEn, funnelZhCN], entryCost: [entryCostEn, entryCostZhCN], csPay: [csPayEn, csPayZhCN] } as const;
const en = new Map(Object.entries(sets).flatMap(([n, [e]]) => leaves(e as unknown as Tree, `${n}.`)));
const zh = new Map(Object.entries(sets).flatMap(([n, [, z]]) => leaves(z as unknown as Tree, `${n}.`)));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff]/;
/** Chinese terms the English edition keeps beside their gloss. */
const kept = ['投产比', '保本出价', '静默下单', '旗舰店', '专卖店', '专营店', '保证金', '资费标准', '双12'];

describe('labels of the new calculators', () => {
  test('zh-CN has exactly the keys of en', () => expect([...zh.keys()].sort()).toEqual([...en.keys()].sort()));

  test.each([...en.keys()])('%s: same placeholders in both languages', (key) => expect(placeholders(zh.get(key)!)).toEqual(placeholders(en.get(key)!)));

  test('no Chinese in English strings except the kept platform terms', () => {
    expect([...en].filter(([, s]) => CJK.test(kept.reduce((t, term) => t.replaceAll(term, ''), s)))).toEqual([]);
  });

  test('Chinese strings are written in Chinese', () => {
    expect([...zh].filter(([, s]) => /[a-z]{3,}/i.test(s.replace(/\{\w+\}|rule\.tmall\.com|CPC|UV|TM|GMV/g, '')) && !CJK.test(s))).toEqual([]);
  });

  test('no bare ¥ in English strings', () => expect([...en].filter(([, s]) => /(^|[^N])¥/.test(s))).toEqual([]));

  test('every preset and every solve mode has a name and a note', () => {
    for (const [labels, presets] of [
      [funnelEn, funnelPresets],
      [entryCostEn, entryCostPresets],
      [csPayEn, csPayPresets],
    ] as const) {
      expect(Object.keys(labels.calc.presets).sort()).toEqual(Object.keys(presets).sort());
      expect(Object.keys(labels.calc.presetNotes).sort()).toEqual(Object.keys(presets).sort());
    }
    expect(Object.keys(funnelEn.calc.solves).sort()).toEqual([...funnelSolveModes].sort());
    expect(Object.keys(funnelEn.calc.solved).sort()).toEqual([...funnelSolveModes].sort());
  });
});

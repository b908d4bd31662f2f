import { describe, expect, test } from 'vitest';
import { dictionary, localeCodes, otherLocale, toLocale } from '../../src/i18n';

describe('UI strings', () => {
  const en = dictionary('en');
  const zh = dictionary('zh-CN');

  test('both dictionaries have exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s is translated (not empty, and Chinese in zh-CN unless a name)', (key) => {
    const k = key as keyof typeof en;
    expect(en[k].length + zh[k].length).toBeGreaterThan(0);
    // Every English string is free of Han characters, except the switch to the other language.
    if (k !== 'lang.switch') expect(en[k]).not.toMatch(/[\u3400-\u9fff]/);
    // zh-CN strings are Chinese, except the link to the English edition and the empty part prefix.
    if (!['lang.switch', 'source.part'].includes(k)) expect(zh[k]).toMatch(/[\u3400-\u9fff]/);
  });
});

describe('locales', () => {
  test('zh-CN is the default and en the other edition', () => {
    expect(localeCodes).toEqual(['zh-CN', 'en']);
    expect(toLocale(undefined)).toBe('zh-CN');
    expect(toLocale('zh-cn')).toBe('zh-CN');
    expect(toLocale('EN')).toBe('en');
    expect(toLocale('fr')).toBe('zh-CN');
    expect(otherLocale('zh-CN')).toBe('en');
    expect(otherLocale('en')).toBe('zh-CN');
  });
});

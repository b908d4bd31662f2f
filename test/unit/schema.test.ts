import { describe, expect, test } from 'vitest';
import { PlaybookSchema } from '../../src/schemas/playbook';

const valid = {
  title: '开一家天猫店',
  description: '材料、费用、资质与入驻流程，一页讲清。',
  group: 'playbook',
  order: 1,
  sources: [{ seed: '002', part: '篇一' }, { seed: '003' }],
  lastReviewed: '2026-11-23',
};

function issues(data: unknown): string[] {
  const r = PlaybookSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('PlaybookSchema', () => {
  test('accepts a complete page and turns the date into a Date', () => {
    const r = PlaybookSchema.parse(valid);
    expect(r.lastReviewed).toBeInstanceOf(Date);
    expect(r.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  test.each([
    ['an unknown group', { group: 'blog' }, 'group'],
    ['a seed that does not exist', { sources: [{ seed: '005' }] }, 'sources.0.seed'],
    ['a part 002 does not have', { sources: [{ seed: '002', part: '篇十一' }] }, 'sources.0.part: seed 002 has no part "篇十一"'],
    ['a part on a plan without parts', { sources: [{ seed: '004', part: '篇1' }] }, 'sources.0.part: seed 004 has no parts'],
    ['no sources', { sources: [] }, 'sources'],
    ['a fractional order', { order: 1.5 }, 'order'],
    ['a missing description', { description: undefined }, 'description'],
    ['a date that is not a date', { lastReviewed: 'soon' }, 'lastReviewed'],
    ['an unknown field', { author: 'x' }, ''],
    ['a shortTitle over 20 characters (links use it in running text)', { shortTitle: '按营业额配置人员与四档团队架构及其计算器说明' }, 'shortTitle'],
    ['a title too long for <title>', { title: 'Opening a Tmall store: documents, qualifications, fees and application' }, 'title: at most 60 characters'],
  ])('rejects %s, naming the field', (_label, patch, expected) => {
    const found = issues({ ...valid, ...patch });
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => m.startsWith(expected))).toBe(true);
  });
});

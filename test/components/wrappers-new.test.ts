// @vitest-environment node
/**
 * The funnel, entry-cost, CS-pay and worked-example wrappers through Astro's Container API: each
 * server-renders its island with the default answer and the calculators' hydration directive;
 * the entry cost prints its dated fee table with every source address as text, not as a link
 * (the page asks no other host for anything); the worked example's embeds are static, with the
 * store's own figures and a link that opens them; an unknown step fails the build.
 */
import { describe, expect, test } from 'vitest';
import { useWrapperRenderer } from './container';
import FunnelCalculator from '../../src/components/calculators/funnel/FunnelCalculator.astro';
import EntryCostCalculator from '../../src/components/calculators/entry-cost/EntryCostCalculator.astro';
import CsPayCalculator from '../../src/components/calculators/cs-pay/CsPayCalculator.astro';
import WorkedExampleCalculator from '../../src/components/calculators/worked-example/WorkedExampleCalculator.astro';
import { tmallDeposits } from '../../src/calculators/entry-cost/entry-cost.data';

const render = useWrapperRenderer();

describe('new calculator wrappers', () => {
  test.each([
    ['funnel', FunnelCalculator, 'funnel', '10,000'],
    ['entry-cost', EntryCostCalculator, 'entry', '押在平台'],
    ['cs-pay', CsPayCalculator, 'cs', '9,400'],
  ] as const)('%s: server-rendered island with client:calc and the default result (zh-CN)', async (kind, component, prefix, result) => {
    const html = await render(component, '/calculators/x/');
    expect(html).toContain(`data-calculator="${kind}"`);
    expect(html).toContain(`id="calc-${prefix}"`);
    expect(html).toMatch(/<astro-island[^>]*client="calc"/);
    expect(html).toContain(result);
    expect(html).toMatch(/<form[^>]*method="get"/);
    expect(html).toContain('class="calc-how"');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  test('the entry cost prints every deposit row and every source address as text, never as a link', async () => {
    const html = await render(EntryCostCalculator, '/calculators/entry-cost/');
    const urls = [...new Set(tmallDeposits.flatMap((r) => r.sources.map((s) => s.url)))];
    for (const url of urls) {
      expect(html).toContain(`<code>${url}</code>`);
      expect(html).not.toContain(`href="${url}"`);
    }
    expect(html).toContain('2023-04-04');
    expect(html).toContain('2024-09-01');
    expect(html).not.toMatch(/href="https?:\/\//);
  });
});

describe('the worked example\'s embeds', () => {
  test.each(['entry', 'staffing', 'funnel', 'roi', 'payback', 'stress'])('%s: static, the store\'s figures, a link that opens them', async (step) => {
    const html = await render(WorkedExampleCalculator, '/worked-example/', { step }, {});
    expect(html).toContain('data-calculator=');
    expect(html).not.toContain('<astro-island');
    expect(html).toMatch(/class="calc-open"><a href="\/calculators\/[a-z-]+\/\?/);
    expect(html).toContain('示例店');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  test('the plan and its stress test on one page have distinct names', async () => {
    const locals = {};
    const plan = await render(WorkedExampleCalculator, '/worked-example/', { step: 'payback' }, locals);
    const stress = await render(WorkedExampleCalculator, '/worked-example/', { step: 'stress' }, locals);
    const label = (html: string) => /<section[^>]*aria-label="([^"]+)"/.exec(html)?.[1];
    expect(label(plan)).toBeTruthy();
    expect(label(stress)).not.toBe(label(plan));
    expect(stress).toContain('清仓折价损失');
  });

  test('an unknown step fails the build', async () => {
    await expect(render(WorkedExampleCalculator, '/worked-example/', { step: 'tax' })).rejects.toThrow(/unknown step "tax"/);
  });
});

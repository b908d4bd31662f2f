// @vitest-environment node
/**
 * The `.astro` wrappers through Astro's Container API: the island is server-rendered with the
 * preset's result and the calculators' own hydration directive, in the page's language, with a
 * unique prefix per instance; the first calculator of a page links the calculators' stylesheet;
 * an unknown preset fails loudly.
 */
import { describe, expect, test } from 'vitest';
import { useWrapperRenderer } from './container';
import StaffingCalculator from '../../src/components/calculators/staffing/StaffingCalculator.astro';
import RoiCalculator from '../../src/components/calculators/roi/RoiCalculator.astro';
import PaybackCalculator from '../../src/components/calculators/payback/PaybackCalculator.astro';

const render = useWrapperRenderer();

describe('calculator wrappers', () => {
  test.each([
    ['staffing', StaffingCalculator, 'staff', '第 2 档'],
    ['roi', RoiCalculator, 'roi', '1:3.92'],
    ['payback', PaybackCalculator, 'pay', '15.5 个月回本'],
  ] as const)('%s: server-rendered island with client:calc and the default result (zh-CN)', async (kind, component, prefix, result) => {
    const html = await render(component, '/calculators/x/');
    expect(html).toContain(`data-calculator="${kind}"`);
    expect(html).toContain(`id="calc-${prefix}"`);
    expect(html).toMatch(/<astro-island[^>]*client="calc"/);
    expect(html).toMatch(new RegExp(`<astro-island[^>]*opts="[^"]*&quot;value&quot;:&quot;${prefix}&quot;`));
    expect(html).toContain(result);
    expect(html).toMatch(/<form[^>]*method="get"/);
    expect(html).toContain(`name="${prefix}.`);
    expect(html).toContain('class="calc-how"');
    expect(html).toMatch(/<link rel="stylesheet" href/); // the built href is checked on dist/ (test/build/calculator-css.test.ts)
  });

  test('labels follow the page language: a Chinese page carries no English label', async () => {
    // The Container API has no routes, so Astro.currentLocale is the default (zh-CN) here; the
    // English edition is checked on the built site (test/e2e/calculators.test.ts).
    const html = await render(RoiCalculator, '/calculators/roi/', { preset: 'plan-001' });
    expect(html).toContain('保本');
    expect(html).not.toMatch(/Break-even|Ad spend|How this is computed|Copy link/);
  });

  test('a second instance of a calculator on a page gets its own prefix, no second method table and no second stylesheet', async () => {
    const locals = {};
    const first = await render(PaybackCalculator, '/investment-and-payback/', { preset: 'plan-002-a' }, locals);
    const second = await render(PaybackCalculator, '/investment-and-payback/', { preset: 'plan-002-b' }, locals);
    expect(first).toContain('name="pay.horizonMonths"');
    expect(second).toContain('name="pay2.horizonMonths"');
    expect(second).toContain('id="calc-pay2"');
    expect(second).not.toContain('class="calc-how"');
    expect(second).not.toContain('rel="stylesheet"');
  });

  test('an unknown preset fails the build, naming the presets', async () => {
    await expect(render(RoiCalculator, '/targets-costs-roi/', { preset: 'tmall-003' })).rejects.toThrow(/unknown preset "tmall-003".*tmall-002, plan-001/);
  });
});

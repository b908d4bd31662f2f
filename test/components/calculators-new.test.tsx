/**
 * The funnel, entry-cost and CS-pay islands in happy-dom: the server-rendered default answers,
 * switching what is solved for, bad input held at its field with the last good result, the
 * entry cost's link to the payback calculator, the CS bonus that waits for the reader's weights.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import FunnelIsland from '../../src/components/calculators/funnel/FunnelIsland';
import EntryCostIsland from '../../src/components/calculators/entry-cost/EntryCostIsland';
import CsPayIsland from '../../src/components/calculators/cs-pay/CsPayIsland';
import { funnelEn } from '../../src/components/calculators/funnel/labels.en';
import { funnelZhCN } from '../../src/components/calculators/funnel/labels.zh-CN';
import { entryCostEn } from '../../src/components/calculators/entry-cost/labels.en';
import { csPayEn } from '../../src/components/calculators/cs-pay/labels.en';
import { kitEn } from '../../src/components/calculators/kit/labels.en';
import { kitZhCN } from '../../src/components/calculators/kit/labels.zh-CN';

const C = kitEn.common;
const E = kitEn.errors;
const F = funnelEn.calc;
const N = entryCostEn.calc;
const S = csPayEn.calc;
const funnel = (preset: 'goal-2pct' | 'goal-1pct' | 'step-3' | 'step-5' = 'goal-2pct') => <FunnelIsland locale="en" labels={{ common: C, errors: E, calc: F }} preset={preset} prefix="funnel" />;
const entry = (preset: 'plan-002-tm' | 'plan-002-r' | 'latest-flagship-r' | 'latest-specialty-tm' = 'latest-flagship-r') => (
  <EntryCostIsland locale="en" labels={{ common: C, errors: E, calc: N }} preset={preset} prefix="entry" paybackUrl="/en/calculators/payback/" />
);
const cs = () => <CsPayIsland locale="en" labels={{ common: C, errors: E, calc: S }} preset="tier-4" prefix="cs" />;
const headline = (container: Element) => container.querySelector('.calc-headline')!.textContent!;
const results = (container: Element) => container.querySelector('.calc-results')!.textContent!;
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const params = () => new URLSearchParams(window.location.search);

beforeEach(() => window.history.replaceState(null, '', '/en/calculators/x/'));
afterEach(cleanup);

describe('FunnelIsland', () => {
  test('server-rendered in Chinese: 10,000 visitors for 200 orders at 2 % (000 篇1), past the five steps', () => {
    const html = renderToString(<FunnelIsland locale="zh-CN" labels={{ common: kitZhCN.common, errors: kitZhCN.errors, calc: funnelZhCN.calc }} preset="goal-2pct" prefix="funnel" />);
    expect(html).toContain('10,000');
    expect(html).toContain('已经超出五步表');
  });

  test('the solved quantity is not an input: its field is hidden, the givens are shown', () => {
    const { container } = render(funnel());
    const hidden = (name: string) => container.querySelector(`[name="funnel.${name}"]`)!.closest('[hidden]') !== null;
    expect(hidden('visitors')).toBe(true);
    expect(hidden('orders')).toBe(false);
    expect(hidden('gmvYuan')).toBe(true);
  });

  test('switching to "conversion" answers from visitors and orders (001 篇1 step 5: 2,000 and 100 -> 5 %)', async () => {
    const { container } = render(funnel('step-5'));
    expect(results(container)).toContain('A conversion rate of 5%.');
    fireEvent.input(field(F.orders), { target: { value: '40' } });
    await waitFor(() => expect(results(container)).toContain('A conversion rate of 2%.'));
  });

  test('an impossible question is a sentence, and a bad field keeps the last good answer', async () => {
    const { container } = render(funnel());
    fireEvent.input(field(F.conversionPct), { target: { value: '0' } });
    await waitFor(() => expect(results(container)).toContain(F.impossible['no-conversion']));
    fireEvent.input(field(F.conversionPct), { target: { value: '2' } });
    await waitFor(() => expect(headline(container)).toContain('10,000'));
    fireEvent.input(field(F.conversionPct), { target: { value: 'abc' } });
    await waitFor(() => expect(field(F.conversionPct).getAttribute('aria-invalid')).toBe('true'));
    expect(headline(container)).toContain('10,000');
    expect(container.querySelector('.calc-stale-note')).not.toBeNull();
  });
});

describe('EntryCostIsland', () => {
  test('latest figures: the deposit is held, not spent; commission unknown says where to check', () => {
    const { container } = render(entry());
    expect(headline(container)).toContain('CN¥50K');
    expect(headline(container)).toContain(N.unknown);
    expect(results(container)).toContain(N.checkCommission);
    expect(results(container)).toContain('rule.tmall.com');
    expect(results(container)).toContain('2023-04-04');
  });

  test('plan 002 (篇一): 150,000 deposit, 30,000 fee, 5 %; the payback link carries them', () => {
    const { container } = render(entry('plan-002-tm'));
    expect(headline(container)).toContain('CN¥150K');
    const href = container.querySelector<HTMLAnchorElement>('.calc-open a')!.getAttribute('href')!;
    expect(href.startsWith('/en/calculators/payback/?')).toBe(true);
    expect(href.endsWith('#calc-pay')).toBe(true);
    const q = new URLSearchParams(href.slice(href.indexOf('?'), href.indexOf('#')));
    expect(q.getAll('pay.i.amountYuan')).toEqual(['150000', '30000']);
    expect(q.getAll('pay.i.returns')).toEqual(['close', 'no']);
  });

  test('entering the category\'s commission fills in cost and year-one cash, and the link follows', async () => {
    const { container } = render(entry());
    fireEvent.input(field(N.commissionPct), { target: { value: '5' } });
    fireEvent.focusOut(field(N.commissionPct));
    // 1,200,000 of sales: 60,000 commission + 7,200 basic fee = 67,200 spent; + 50,000 deposit.
    await waitFor(() => expect(headline(container)).toContain('CN¥67.2K'));
    expect(headline(container)).toContain('CN¥117.2K');
    await waitFor(() => expect(params().get('entry.commissionPct')).toBe('5'));
  });
});

describe('CsPayIsland', () => {
  test('tier 4: an agent earns 2,067; the team 9,400 = 9.4 % of sales; commission 400 (zh review E5)', () => {
    const { container } = render(cs());
    const h = headline(container);
    expect(h).toContain('CN¥2,067');
    expect(h).toContain('CN¥9,400');
    expect(h).toContain('9.4%');
    expect(h).toContain('CN¥400');
    expect(container.textContent).toContain('about 2014');
  });

  test('a bonus without weights is not paid and says the plan gives none; with weights it is', async () => {
    const { container } = render(cs());
    fireEvent.input(field(S.bonusYuan), { target: { value: '500' } });
    await waitFor(() => expect(results(container)).toContain(S.noWeights));
    fireEvent.input(field(S.satisfactionWeightPct), { target: { value: '100' } });
    fireEvent.input(field(S.satisfactionScorePct), { target: { value: '80' } });
    await waitFor(() => expect(results(container)).toContain('Weighted score 80%: CN¥400 of bonus per agent.'));
  });
});

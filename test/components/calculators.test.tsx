/**
 * The calculator islands in happy-dom: the server-rendered default, typing, bad input, presets,
 * reset, and the link (URL query) in both directions.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import StaffingIsland from '../../src/components/calculators/StaffingIsland';
import RoiIsland from '../../src/components/calculators/RoiIsland';
import PaybackIsland from '../../src/components/calculators/PaybackIsland';
import { en } from '../../src/components/calculators/labels/en';
import { zhCN } from '../../src/components/calculators/labels/zh-CN';

const staffingLabels = { common: en.common, errors: en.errors, staffing: en.staffing };
const roiLabels = { common: en.common, errors: en.errors, roi: en.roi };
const paybackLabels = { common: en.common, errors: en.errors, payback: en.payback };

function setUrl(search: string, hash = '') {
  window.history.replaceState(null, '', `/en/calculators/x/${search}${hash}`);
}
const params = () => new URLSearchParams(window.location.search);
const headline = (container: Element) => container.querySelector('.calc-headline')!.textContent!;

beforeEach(() => setUrl(''));
afterEach(cleanup);

describe('StaffingIsland', () => {
  test('renders the source table preset: tier 2, 6 people, 15,000 a month, 30 %', () => {
    const { container } = render(<StaffingIsland locale="en" labels={staffingLabels} preset="source-table" />);
    expect(headline(container)).toContain('Tier 2 of 4');
    expect(headline(container)).toContain('6 people');
    expect(headline(container)).toContain('¥15K'); // compact in the headline; the table has ¥15,000
    expect(container.querySelector('tfoot')!.textContent).toContain('¥15,000');
    expect(headline(container)).toContain('30%');
    expect(container.textContent).toContain(en.staffing.noteTier2);
  });

  test('typing a revenue changes the result and writes the link, keeping the hash and other parameters', async () => {
    setUrl('?utm=x', '#calculator');
    const { container } = render(<StaffingIsland locale="en" labels={staffingLabels} preset="source-table" />);
    fireEvent.input(screen.getByLabelText(en.staffing.revenueYuan), { target: { value: '100,000' } });
    await waitFor(() => expect(headline(container)).toContain('Tier 4 of 4'));
    expect(headline(container)).toContain('12 people');
    await waitFor(() => expect(params().get('staff.revenueYuan')).toBe('100000'));
    expect(params().get('utm')).toBe('x');
    expect(window.location.hash).toBe('#calculator');
  });

  test('bad input: a message on the field, the text kept, the result from the last valid value', async () => {
    const { container } = render(<StaffingIsland locale="en" labels={staffingLabels} preset="source-table" />);
    const field = screen.getByLabelText(en.staffing.revenueYuan) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'lots' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.value).toBe('lots');
    expect(container.textContent).toContain(en.errors.number);
    expect(headline(container)).toContain('Tier 2 of 4');
    expect(screen.getAllByRole('alert').some((a) => a.textContent === en.common.fixFields)).toBe(true);
  });

  test('a shared link restores the state; a malformed parameter falls back for its field only, with a notice', async () => {
    setUrl('?staff.revenueYuan=80000&staff.csStaffPayYuan=oops');
    const { container } = render(<StaffingIsland locale="en" labels={staffingLabels} preset="source-table" />);
    await waitFor(() => expect(headline(container)).toContain('Tier 3 of 4'));
    expect(container.textContent).toContain('“CS agent” (oops)');
    expect(container.textContent).toContain(en.staffing.noteTier3);
  });

  test('presets and reset', async () => {
    setUrl('?staff.revenueYuan=5000');
    const { container } = render(<StaffingIsland locale="en" labels={staffingLabels} preset="source-table" />);
    await waitFor(() => expect(headline(container)).toContain(en.staffing.belowFirst));
    fireEvent.click(screen.getByRole('button', { name: en.staffing.presets['tier-4'] }));
    await waitFor(() => expect(headline(container)).toContain('Tier 4 of 4'));
    expect(screen.getByRole('button', { name: en.staffing.presets['tier-4'] }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: en.common.reset }));
    await waitFor(() => expect(headline(container)).toContain('Tier 2 of 4'));
    expect(params().has('staff.revenueYuan')).toBe(false);
  });

  test('the chart is an image with a title and a description naming each department', () => {
    render(<StaffingIsland locale="en" labels={staffingLabels} preset="source-table" />);
    const chart = screen.getByRole('img', { name: /Headcount per department/ });
    expect(chart.querySelector('desc')!.textContent).toContain('Customer service 3 / 3');
  });

  test('Chinese labels on a Chinese page, Chinese money format', () => {
    const { container } = render(<StaffingIsland locale="zh-CN" labels={{ common: zhCN.common, errors: zhCN.errors, staffing: zhCN.staffing }} preset="tier-4" />);
    expect(headline(container)).toContain('第 4 档');
    expect(container.textContent).not.toMatch(/Tier|people|Customer/);
  });
});

describe('RoiIsland', () => {
  test('the 002 preset: ROAS 1:10, break-even 1:3.92, profit 15,500', () => {
    const { container } = render(<RoiIsland locale="en" labels={roiLabels} preset="tmall-002" />);
    expect(headline(container)).toContain('1:10');
    expect(headline(container)).toContain('1:3.92');
    expect(headline(container)).toContain('¥15.5K');
    expect(container.textContent).toContain(en.roi.bandInside);
  });

  test('a margin at or below the costs: "never breaks even", no Infinity or NaN', async () => {
    const { container } = render(<RoiIsland locale="en" labels={roiLabels} preset="tmall-002" />);
    fireEvent.input(screen.getByLabelText(en.roi.marginPct), { target: { value: '14.5' } });
    await waitFor(() => expect(headline(container)).toContain(en.roi.never));
    expect(container.textContent).not.toMatch(/Infinity|NaN/);
    expect(container.textContent).toContain(en.roi.bandNever);
  });

  test('funnel mode: clicks x conversion x order value, with costs per click', async () => {
    const { container } = render(<RoiIsland locale="en" labels={roiLabels} preset="tmall-002" />);
    fireEvent.click(screen.getByLabelText(en.roi.gmvModes.funnel));
    await waitFor(() => expect(container.textContent).toContain(en.roi.breakEvenCpc));
    expect(within(container.querySelector('.calc-results') as HTMLElement).getByText('¥0.51')).toBeTruthy(); // 100 x 2 % x 25.5 %
    await waitFor(() => expect(params().get('roi.gmvMode')).toBe('funnel'));
  });

  test('the 001 preset from its button: break-even 1:4', async () => {
    const { container } = render(<RoiIsland locale="en" labels={roiLabels} preset="tmall-002" />);
    fireEvent.click(screen.getByRole('button', { name: en.roi.presets['plan-001'] }));
    await waitFor(() => expect(headline(container)).toContain('1:4'));
    expect(params().get('roi.otherPct')).toBe('25');
  });
});

describe('PaybackIsland', () => {
  test('reading A: back after 15.5 months, 13.5 after sales start, 14.5 sooner than 2.5 years', () => {
    const { container } = render(<PaybackIsland locale="en" labels={paybackLabels} preset="plan-002-a" />);
    expect(headline(container)).toContain('Paid back after 15.5 months (during month 16)');
    expect(container.textContent).toContain('13.5 months after sales start in month 3');
    expect(container.textContent).toContain('14.5 months sooner than the 30 months');
    expect(screen.getByDisplayValue('Tmall deposit')).toBeTruthy();
  });

  test('reading B: about 47.4 months, later than the plan', () => {
    const { container } = render(<PaybackIsland locale="en" labels={paybackLabels} preset="plan-002-b" />);
    expect(headline(container)).toContain('47.4 months');
    expect(container.textContent).toContain('17.4 months later');
  });

  test('items: add one, a bad return month is flagged, the row is kept', async () => {
    const { container } = render(<PaybackIsland locale="en" labels={paybackLabels} preset="simple" />);
    fireEvent.click(screen.getByRole('button', { name: en.payback.addItem }));
    const amounts = await screen.findAllByLabelText(en.payback.itemAmount);
    expect(amounts).toHaveLength(2);
    const selects = screen.getAllByLabelText(en.payback.itemReturns);
    fireEvent.change(selects[1]!, { target: { value: 'month' } });
    await waitFor(() => expect(container.textContent).toContain(en.errors.required));
    await waitFor(() => expect(params().getAll('pay.i.amountYuan')).toEqual(['100000', '10000']));
  });

  test('a shared link restores the items; an unreadable row is marked, kept, and left out of the result', async () => {
    setUrl('?pay.items=2&pay.i.name=A&pay.i.amountYuan=50000&pay.i.month=1&pay.i.returns=no&pay.i.returnMonth=&pay.i.name=B&pay.i.amountYuan=x&pay.i.month=1&pay.i.returns=no&pay.i.returnMonth=');
    const { container } = render(<PaybackIsland locale="en" labels={paybackLabels} preset="simple" />);
    await waitFor(() => expect(headline(container)).toContain('Paid back after 2.5 months'));
    expect(container.textContent).toContain('Item 2 in the link has a value that cannot be used');
    const amounts = screen.getAllByLabelText(en.payback.itemAmount) as HTMLInputElement[];
    expect(amounts.map((a) => a.value)).toEqual(['50000', 'x']);
    expect(amounts[1]!.getAttribute('aria-invalid')).toBe('true');
  });

  test('the monthly table is built when opened', async () => {
    const { container } = render(<PaybackIsland locale="en" labels={paybackLabels} preset="simple" />);
    const details = container.querySelector('details.calc-monthly') as HTMLDetailsElement;
    expect(details.querySelectorAll('tbody tr')).toHaveLength(0);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(details.querySelectorAll('tbody tr')).toHaveLength(24));
  });

  test('two instances keep separate parameters', async () => {
    render(
      <>
        <PaybackIsland locale="en" labels={paybackLabels} preset="plan-002-a" />
        <PaybackIsland locale="en" labels={paybackLabels} preset="plan-002-b" prefix="pay2" />
      </>,
    );
    const horizons = screen.getAllByLabelText(en.payback.horizonMonths);
    fireEvent.input(horizons[1]!, { target: { value: '72' } });
    await waitFor(() => expect(params().get('pay2.horizonMonths')).toBe('72'));
    expect(params().has('pay.horizonMonths')).toBe(false);
  });
});

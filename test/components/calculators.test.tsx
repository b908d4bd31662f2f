/**
 * The calculator islands in happy-dom: the server-rendered default, typing and committing, bad
 * input held and marked stale, presets and reset with undo, pinned scenarios, CSV, typing before
 * hydration, list rows and focus, and the link (URL query) in both directions.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import StaffingIsland from '../../src/components/calculators/staffing/StaffingIsland';
import PaybackIsland from '../../src/components/calculators/payback/PaybackIsland';
import RoiIsland from '../../src/components/calculators/roi/RoiIsland';
import { roiEn } from '../../src/components/calculators/roi/labels.en';
import { kitEn } from '../../src/components/calculators/kit/labels.en';
import { kitZhCN } from '../../src/components/calculators/kit/labels.zh-CN';
import { staffingEn } from '../../src/components/calculators/staffing/labels.en';
import { staffingZhCN } from '../../src/components/calculators/staffing/labels.zh-CN';
import { paybackEn } from '../../src/components/calculators/payback/labels.en';
import { parseCsv } from '../../src/lib/csv';

const C = kitEn.common;
const S = staffingEn.calc;
const P = paybackEn.calc;
const R = roiEn.calc;
const roi = (preset: 'tmall-002' | 'plan-001' | 'example' = 'tmall-002') => (
  <RoiIsland locale="en" labels={{ common: C, errors: kitEn.errors, calc: R }} preset={preset} prefix="roi" />
);
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const staffing = (preset: 'source-table' | 'tier-1' | 'tier-2' | 'tier-3' | 'tier-4' = 'source-table', prefix = 'staff') => (
  <StaffingIsland locale="en" labels={{ common: C, errors: kitEn.errors, calc: S }} preset={preset} prefix={prefix} />
);
const payback = (preset: 'plan-002-a' | 'plan-002-b' | 'simple', prefix = 'pay') => (
  <PaybackIsland locale="en" labels={{ common: C, errors: kitEn.errors, calc: P }} preset={preset} prefix={prefix} />
);

function setUrl(search: string, hash = '') {
  window.history.replaceState(null, '', `/en/calculators/x/${search}${hash}`);
}
const params = () => new URLSearchParams(window.location.search);
const headline = (container: Element) => container.querySelector('.calc-headline')!.textContent!;

beforeEach(() => setUrl(''));
afterEach(cleanup);

describe('StaffingIsland', () => {
  test('renders the source table preset: tier 2, 6 people, 15,000 a month, 30 %, with the wages’ year', () => {
    const { container } = render(staffing());
    expect(headline(container)).toContain('Tier 2 of 4');
    expect(headline(container)).toContain('6 people');
    expect(headline(container)).toContain('CN¥15K'); // compact in the headline; the table has CN¥15,000
    expect(container.querySelector('tfoot')!.textContent).toContain('CN¥15,000');
    expect(headline(container)).toContain('30%');
    expect(container.textContent).toContain('about 2014');
    // Source errata sit in a collapsed block, not in the answer.
    expect(container.querySelector('details.calc-source-issues')!.textContent).toContain(S.noteTier2);
  });

  test('usability test: no stray "0" at 100,000 and above (tier 4)', () => {
    const { container } = render(staffing('tier-4'));
    const results = container.querySelector('.calc-results')!;
    expect([...results.children].some((el) => el.textContent === '0')).toBe(false);
    expect(results.textContent).not.toMatch(/a month0|0Next tier/);
  });

  test('usability test: the CS lead placeholder is the pay the current tier uses (2,500 at tier 2, not 3,000)', () => {
    render(staffing());
    expect((screen.getByLabelText(S.roles.csLead) as HTMLInputElement).placeholder).toBe('2,500');
  });

  test('typing updates the result at once; the link follows when the field is committed, keeping the hash and other parameters', async () => {
    setUrl('?utm=x', '#calculator');
    const { container } = render(staffing());
    const field = screen.getByLabelText(S.revenueYuan);
    fireEvent.input(field, { target: { value: '十万' } });
    await waitFor(() => expect(headline(container)).toContain('Tier 4 of 4'));
    expect(params().get('staff.revenueYuan')).toBeNull();
    fireEvent.focusOut(field);
    await waitFor(() => expect(params().get('staff.revenueYuan')).toBe('100000'));
    expect(params().get('utm')).toBe('x');
    expect(window.location.hash).toBe('#calculator');
  });

  test('a half-typed value never drives the result: 1e309 is an error, the result holds and says it is stale', async () => {
    const { container } = render(staffing());
    const field = screen.getByLabelText(S.revenueYuan) as HTMLInputElement;
    for (const typed of ['1', '1e', '1e3', '1e30', '1e309']) fireEvent.input(field, { target: { value: typed } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.value).toBe('1e309');
    expect(headline(container)).toContain('Tier 2 of 4'); // the committed 50,000, not 1 or 1,000
    expect(container.querySelector('.calc-results')!.classList.contains('calc-stale')).toBe(true);
    expect(container.textContent).toContain(C.stale);
    fireEvent.focusOut(field);
    await waitFor(() => expect(params().get('staff.revenueYuan')).toBe('50000'));
  });

  test('a shared link restores the state; a malformed parameter falls back for its field only, with a notice', async () => {
    setUrl('?staff.revenueYuan=80000&staff.csStaffPayYuan=oops');
    const { container } = render(staffing());
    await waitFor(() => expect(headline(container)).toContain('Tier 3 of 4'));
    expect(container.textContent).toContain('“CS agent” (oops)');
  });

  test('a preset replaces the figures with one step of undo; reset goes back to the page’s preset and cleans the link', async () => {
    setUrl('?staff.revenueYuan=5000');
    const { container } = render(staffing());
    await waitFor(() => expect(headline(container)).toContain(S.belowFirst));
    fireEvent.click(screen.getByRole('button', { name: S.presets['tier-4'] }));
    await waitFor(() => expect(headline(container)).toContain('Tier 4 of 4'));
    expect(screen.getByRole('button', { name: S.presets['tier-4'] }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('Loaded “Tier 4”');
    fireEvent.click(screen.getByRole('button', { name: C.undo }));
    await waitFor(() => expect(headline(container)).toContain(S.belowFirst));
    expect(params().get('staff.revenueYuan')).toBe('5000');
    fireEvent.click(screen.getByRole('button', { name: C.reset }));
    await waitFor(() => expect(headline(container)).toContain('Tier 2 of 4'));
    expect(params().has('staff.revenueYuan')).toBe(false);
  });

  test('scenarios: pinning keeps up to three side by side, in the link; one loads back, one is removed', async () => {
    const { container } = render(staffing());
    const revenue = screen.getByLabelText(S.revenueYuan);
    fireEvent.click(screen.getByRole('button', { name: 'Pin as scenario A' }));
    fireEvent.input(revenue, { target: { value: '100000' } });
    fireEvent.focusOut(revenue);
    fireEvent.click(await screen.findByRole('button', { name: 'Pin as scenario B' }));
    await waitFor(() => expect(params().getAll('staff.pin')).toHaveLength(2));
    const table = container.querySelector('.calc-compare table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Figure', 'Now', 'Scenario A', 'Scenario B']);
    expect(table.textContent).toContain('Tier 2 of 4');
    expect(table.textContent).toContain('Tier 4 of 4');
    fireEvent.click(screen.getByRole('button', { name: 'Load A' }));
    await waitFor(() => expect(headline(container)).toContain('Tier 2 of 4'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove B' }));
    await waitFor(() => expect(params().getAll('staff.pin')).toHaveLength(1));
  });

  test('CSV: the department table downloads as UTF-8 with a BOM, raw numbers, the same rows', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(staffing('tier-4'));
    fireEvent.click(screen.getByRole('button', { name: 'Download “Tier 4 of 4” as CSV' }));
    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(['Department · Roles', 'Headcount', 'Cost a month']);
    expect(rows.at(-1)).toEqual(['Total', '12', '34000']); // 002 篇六's tier 4: 34,000
    create.mockRestore();
    click.mockRestore();
  });

  test('the chart is an image with a title and a description naming each department', () => {
    render(staffing());
    const chart = screen.getByRole('img', { name: /Headcount per department/ });
    expect(chart.querySelector('desc')!.textContent).toContain('Customer service 3 / 3');
  });

  test('Chinese labels on a Chinese page, Chinese money format', () => {
    const { container } = render(<StaffingIsland locale="zh-CN" labels={{ common: kitZhCN.common, errors: kitZhCN.errors, calc: staffingZhCN.calc }} preset="tier-4" prefix="staff" />);
    expect(headline(container)).toContain('第 4 档');
    expect(container.textContent).not.toMatch(/Tier|people|Customer|CN¥/);
  });

  test('what a reader typed before hydration is adopted, not replaced by the defaults', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = renderToString(staffing());
    const field = host.querySelector<HTMLInputElement>('[name="staff.revenueYuan"]')!;
    field.value = '80000'; // typed while the island's script was still on its way
    hydrate(staffing(), host);
    await waitFor(() => expect(host.querySelector('.calc-headline')!.textContent).toContain('Tier 3 of 4'));
    expect(field.value).toBe('80000');
    host.remove();
  });
});

describe('PaybackIsland', () => {
  test('reading A: back after 15.5 months, 13.5 after sales start, 14.5 sooner than 2.5 years', () => {
    const { container } = render(payback('plan-002-a'));
    expect(headline(container)).toContain('Paid back after 15.5 months (during month 16)');
    expect(container.textContent).toContain('13.5 months after sales start in month 3');
    expect(container.textContent).toContain('14.5 months sooner than the 30 months');
    expect(screen.getByDisplayValue('Tmall deposit')).toBeTruthy();
  });

  test('usability test: editing leaves the preset, and its "compare with 30 months" goes with it', async () => {
    const { container } = render(payback('plan-002-a'));
    const revenue = screen.getByLabelText(P.revenueYuan);
    fireEvent.input(revenue, { target: { value: '30000' } });
    await waitFor(() => expect((screen.getByLabelText(P.targetMonths) as HTMLInputElement).value).toBe(''));
    expect(container.textContent).not.toContain('months compared with');
  });

  test('the sensitivity table gives payback by margin and revenue, the reader’s own cell marked; it is built when opened', async () => {
    const { container } = render(payback('simple'));
    expect(container.querySelector('#pay-sensitivity')).toBeNull();
    const fold = [...container.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent === P.sensCaption)!;
    fold.open = true;
    fireEvent(fold, new Event('toggle'));
    await waitFor(() => expect(container.querySelector('#pay-sensitivity')).not.toBeNull());
    const table = container.querySelector<HTMLTableElement>('#pay-sensitivity')!;
    expect(table.querySelector('.calc-now')!.textContent).toBe('5 (now)');
    expect(table.querySelector('caption')!.textContent).toBe(P.sensCaption);
  });

  test('items: adding moves focus to the new row; a bad return month is flagged and the row kept; removing moves focus to a field, not another remove button', async () => {
    const { container } = render(payback('simple'));
    fireEvent.click(screen.getByRole('button', { name: P.addItem }));
    const amounts = await screen.findAllByLabelText(P.itemAmount);
    expect(amounts).toHaveLength(2);
    await waitFor(() => expect(document.activeElement?.id).toBe('pay-items-1-name'));
    const selects = screen.getAllByLabelText(P.itemReturns);
    fireEvent.change(selects[1]!, { target: { value: 'month' } });
    await waitFor(() => expect(container.textContent).toContain(kitEn.errors.required));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Setup costs' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('pay-items-0-name'));
    expect((document.activeElement as HTMLInputElement).value).toBe('Item 2');
  });

  test('a shared link restores the items; an unreadable row is marked, kept, and left out of the result', async () => {
    setUrl('?pay.items=2&pay.i.name=A&pay.i.amountYuan=50000&pay.i.month=1&pay.i.returns=no&pay.i.returnMonth=&pay.i.name=B&pay.i.amountYuan=x&pay.i.month=1&pay.i.returns=no&pay.i.returnMonth=');
    const { container } = render(payback('simple'));
    await waitFor(() => expect(headline(container)).toContain('Paid back after 2.5 months'));
    expect(container.textContent).toContain('Row 2 in the link has a value that cannot be used');
    const amounts = screen.getAllByLabelText(P.itemAmount) as HTMLInputElement[];
    expect(amounts.map((a) => a.value)).toEqual(['50000', 'x']);
    expect(amounts[1]!.getAttribute('aria-invalid')).toBe('true');
  });

  test('a margin typed as a fraction gets a question: 0.2 → "Did you mean 20%?"', async () => {
    render(payback('simple'));
    fireEvent.input(screen.getByRole('textbox', { name: P.netMarginPct }), { target: { value: '0.2' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Did you mean 20%?' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: P.netMarginPct }) as HTMLInputElement).value).toBe('20'));
    expect(params().get('pay.netMarginPct')).toBe('20');
  });

  test('the monthly table is built when opened', async () => {
    const { container } = render(payback('simple'));
    const details = [...container.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent === P.monthlyTable)!;
    expect(details.querySelectorAll('tbody tr')).toHaveLength(0);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(details.querySelectorAll('tbody tr')).toHaveLength(24));
  });

  test('two instances keep separate parameters', async () => {
    render(
      <>
        {payback('plan-002-a')}
        {payback('plan-002-b', 'pay2')}
      </>,
    );
    const horizons = screen.getAllByLabelText(P.horizonMonths);
    fireEvent.input(horizons[1]!, { target: { value: '72' } });
    fireEvent.focusOut(horizons[1]!);
    await waitFor(() => expect(params().get('pay2.horizonMonths')).toBe('72'));
    expect(params().has('pay.horizonMonths')).toBe(false);
  });
});

describe('RoiIsland', () => {
  test('the 002 preset: 25.50 left per order of 100, break-even 1:3.92, CPC 0.51; its campaign at 1:10 makes 15,500', () => {
    const { container } = render(roi());
    expect(headline(container)).toContain('CN¥25.50 · 25.5%');
    expect(headline(container)).toContain('1:3.92');
    expect(headline(container)).toContain('CN¥0.51');
    const results = container.querySelector('.calc-results')!.textContent!;
    expect(results).toContain('ROAS now: 1:10');
    expect(results).toContain('CN¥15,500');
    expect(results).toContain(R.bandInside);
  });

  test('worked example (calculators research §2.2): margin 45, break-even 1:2.22, CPC 1.35; ROAS 3 needs 33.3 %, a CPC of 1.5 needs 3.3 %', async () => {
    const { container } = render(roi());
    fireEvent.click(screen.getByRole('button', { name: R.presets.example }));
    await waitFor(() => expect(headline(container)).toContain('CN¥45.00 · 45%'));
    expect(headline(container)).toContain('1:2.22');
    expect(headline(container)).toContain('CN¥1.35');
    const results = container.querySelector('.calc-results')!.textContent!;
    expect(results).toContain('At ROAS 1:3 each order must leave CN¥33.33 (33.3% of the price): the product may cost at most CN¥51.67.');
    expect(results).toContain('At a CPC of CN¥1.50 the ads break even from a conversion rate of 3.3%.');
    expect(params().get('roi.solveRoas')).toBe('3');
  });

  test('refunds raise break-even and say what is sunk: 15 % refunded, 5 lost per return → 1:2.78', async () => {
    const { container } = render(roi('example'));
    fireEvent.input(field(R.refundPct), { target: { value: '15' } });
    fireEvent.input(field(R.returnLossYuan), { target: { value: '5' } });
    await waitFor(() => expect(headline(container)).toContain('1:2.78'));
    expect(headline(container)).toContain(R.breakEvenRefunds);
    expect(container.textContent).toContain('CN¥15.00 per refund');
  });

  test('usability test, task 1b: the example’s campaign never stands in for the reader’s: editing empties it', async () => {
    const { container } = render(roi());
    expect(field(R.gmvYuan).value).toBe('100000');
    fireEvent.input(field(R.spendYuan), { target: { value: '8000' } });
    await waitFor(() => expect(field(R.gmvYuan).value).toBe(''));
    expect(container.querySelector('.calc-results')!.textContent).not.toContain('ROAS now');
    fireEvent.input(field(R.gmvYuan), { target: { value: '60000' } });
    await waitFor(() => expect(container.querySelector('.calc-results')!.textContent).toContain('ROAS now: 1:7.5'));
  });

  test('costs that eat the price: "None", no Infinity or NaN anywhere', async () => {
    const { container } = render(roi('example'));
    fireEvent.input(field(R.costYuan), { target: { value: '90' } });
    await waitFor(() => expect(headline(container)).toContain(R.never));
    expect(container.textContent).toContain(R.neverText);
    expect(container.textContent).not.toMatch(/Infinity|NaN/);
  });

  test('the two sensitivity tables open to break-even ROAS by margin × refund and CPC by margin × conversion, the reader’s cell marked', async () => {
    const { container } = render(roi('example'));
    for (const caption of [R.sensRoas, R.sensCpc]) {
      const fold = [...container.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent === caption)!;
      fold.open = true;
      fireEvent(fold, new Event('toggle'));
    }
    await waitFor(() => expect(container.querySelector('#roi-by-conversion')).not.toBeNull());
    expect(container.querySelector('#roi-by-refund .calc-now')!.textContent).toBe('1:2.22 (now)');
    expect(container.querySelector('#roi-by-conversion .calc-now')!.textContent).toBe('CN¥1.35 (now)');
    // 60 % gross margin (cost 40), 20 % refunds, no loss per return: 0.8 × 55 − 10 = 34 left → 100 ÷ 34 = 1:2.94.
    const row = [...container.querySelectorAll('#roi-by-refund tbody tr')].find((tr) => tr.querySelector('th')!.textContent === '60%')!;
    const cols = [...container.querySelectorAll('#roi-by-refund thead th')].map((th) => th.textContent);
    expect(row.children[cols.indexOf('20%')]!.textContent).toBe('1:2.94');
  });
});

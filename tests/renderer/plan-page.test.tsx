// @vitest-environment jsdom
// The Plan page against a fake bridge: the parameters form sends cents, the
// unfunded backlog is shown, the compare view shows every scenario, and the
// schedule renders only the rows in view of a 100,000-item site.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../electron/api/contract';
import type { PlanItem, PlanParams, PlanSummary, PlanView, ScenarioComparison, ScenarioInfo } from '../../electron/api/plan-types';
import { setBridge } from '../../renderer/src/api/client';
import { I18nProvider, type Lang } from '../../renderer/src/i18n';
import { PlanPage } from '../../renderer/src/pages/PlanPage';

afterEach(cleanup);

const params: PlanParams = {
  start: '2026-04-01',
  budgets: [{ fy: '2026-27', capCents: 10_000_000 }],
  capacity: 40,
  contingencyPct: 10,
  escalationPct: 3,
  includeReview: false,
  phaseMode: 'fiscalYear',
  unitCosts: {},
};
const base: ScenarioInfo = { id: 1, name: 'Base plan', current: true, createdAt: '2026-01-01T00:00:00Z', runAt: null, params };
const faster: ScenarioInfo = { ...base, id: 2, name: 'faster', current: false, params: { ...params, budgets: [{ fy: '2026-27', capCents: 25_000_000 }] } };

function summary(over: Partial<PlanSummary> = {}): PlanSummary {
  const zero = { hardwareCents: 0, labourCents: 0, licenceCents: 0, disposalCents: 0, escalationCents: 0, contingencyCents: 0, totalCents: 0 };
  return {
    startMonth: '2026-04',
    finishDate: null,
    lastMonth: '2027-03',
    scopeDevices: 202,
    restrictedTotal: 202,
    fundedDevices: 169,
    fundedCostCents: 9_993_100,
    unfundedDevices: 33,
    unfundedCostCents: 6_480_000,
    byFiscalYear: [{ fy: '2026-27', capCents: 10_000_000, spend: { ...zero, totalCents: 9_993_100 }, devices: 169, restrictedRemaining: 33, cumulativeSpendCents: 9_993_100, cumulativeCapCents: 10_000_000 }],
    byMonth: [{ month: '2026-04', fy: '2026-27', devices: 8, spendCents: 100_000, restrictedRemaining: 194 }],
    sites: [
      { siteId: 7, siteName: 'Headquarters Tower', criticality: 1, phase: 1, firstMonth: '2026-04', lastMonth: '2026-09', devices: 100_000, costCents: 5_000_000, unfundedDevices: 0, placement: 'auto' },
    ],
    warnings: [],
    ...over,
  };
}

type Handler = (args: never) => unknown;
function fakeBridge(handlers: Record<string, Handler>, calls: Array<{ name: string; args: unknown }>): PlannerBridge {
  return {
    call: async (name, args) => {
      calls.push({ name, args });
      const h = handlers[name];
      if (!h) return { ok: false, error: { code: 'X', message: `no ${name}` } };
      return { ok: true, value: h(args as never) as never };
    },
    on: () => () => {},
  };
}

function renderPage(handlers: Record<string, Handler>, lang: Lang = 'en') {
  const calls: Array<{ name: string; args: unknown }> = [];
  const view: PlanView = { scenario: base, summary: summary() };
  setBridge(fakeBridge({ 'plan:get': () => view, 'scenarios:list': () => [base, faster], 'plan:sites': () => [], ...handlers }, calls));
  render(
    <I18nProvider initial={lang}>
      <PlanPage />
    </I18nProvider>,
  );
  return calls;
}

describe('PlanPage', () => {
  it('sends the caps typed in dollars as integer cents to plan:setParams, then runs the plan', async () => {
    const calls = renderPage({ 'plan:setParams': () => base, 'plan:run': () => summary() });
    const cap1 = await screen.findByLabelText('Cap in dollars, row 1');
    fireEvent.change(cap1, { target: { value: '1,234,567.89' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a fiscal year' }));
    expect((screen.getByLabelText('Fiscal year, row 2') as HTMLInputElement).value).toBe('2027-28');
    fireEvent.change(screen.getByLabelText('Cap in dollars, row 2'), { target: { value: '$250,000' } });
    fireEvent.change(screen.getByLabelText('Install capacity (devices per month)'), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Contingency (%)'), { target: { value: '7.5' } });
    fireEvent.click(screen.getByLabelText('By criticality tier'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(() => expect(calls.some((c) => c.name === 'plan:run')).toBe(true));
    const set = calls.find((c) => c.name === 'plan:setParams')!;
    expect(set.args).toEqual({
      scenarioId: 1,
      params: {
        start: '2026-04-01',
        budgets: [
          { fy: '2026-27', capCents: 123_456_789 },
          { fy: '2027-28', capCents: 25_000_000 },
        ],
        capacity: 12,
        contingencyPct: 7.5,
        escalationPct: 3,
        includeReview: false,
        phaseMode: 'criticality',
      },
    });
    expect(calls.find((c) => c.name === 'plan:run')!.args).toEqual({ scenarioId: 1 });
    await waitFor(() => expect(screen.getByTestId('plan-status').textContent).toBe('Re-planned “Base plan”: 169 devices funded, 33 in the unfunded backlog.'));
  });

  it('reads French amounts (250 000,50) and refuses what is not an amount, with a sentence and without calling the API', async () => {
    const calls = renderPage({ 'plan:setParams': () => base, 'plan:run': () => summary() }, 'fr');
    const cap = await screen.findByLabelText('Plafond en dollars, ligne 1');
    fireEvent.change(cap, { target: { value: 'beaucoup' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et replanifier' }));
    expect(await screen.findByText('Entrez le plafond en dollars, par exemple 250000 ou 250 000,50.')).toBeTruthy();
    expect(cap.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.name === 'plan:setParams')).toBe(false);
    fireEvent.change(cap, { target: { value: '250 000,50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et replanifier' }));
    await waitFor(() => expect(calls.some((c) => c.name === 'plan:setParams')).toBe(true));
    const sent = calls.find((c) => c.name === 'plan:setParams')!.args as { params: PlanParams };
    expect(sent.params.budgets).toEqual([{ fy: '2026-27', capCents: 25_000_050 }]);
  });

  it('shows the unfunded backlog (count and cost) and that the work does not finish within the budgeted years', async () => {
    renderPage({}, 'fr');
    const backlog = await screen.findByTestId('plan-backlog');
    expect(backlog.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('33 appareils, 64 800 $');
    expect(screen.getByTestId('plan-finish').textContent).toBe('Pas dans les exercices budgétés');
  });

  it('compares both scenarios side by side', async () => {
    const comparison: ScenarioComparison = {
      fiscalYears: ['2026-27'],
      rows: [
        { scenarioId: 1, name: 'Base plan', totalCostCents: 16_473_100, fundedCostCents: 9_993_100, finishDate: null, lastMonth: '2027-03', unfundedDevices: 33, unfundedCostCents: 6_480_000, byFiscalYear: [{ fy: '2026-27', capCents: 10_000_000, spendCents: 9_993_100, restrictedRemaining: 33 }], byMonth: [] },
        { scenarioId: 2, name: 'faster', totalCostCents: 16_000_000, fundedCostCents: 16_000_000, finishDate: '2026-12-31', lastMonth: '2026-12', unfundedDevices: 0, unfundedCostCents: 0, byFiscalYear: [{ fy: '2026-27', capCents: 25_000_000, spendCents: 16_000_000, restrictedRemaining: 0 }], byMonth: [] },
      ],
    };
    const calls = renderPage({ 'scenarios:compare': () => comparison });
    fireEvent.click(await screen.findByRole('tab', { name: 'Compare scenarios' }));
    const table = await screen.findByTestId('plan-compare');
    expect(calls.find((c) => c.name === 'scenarios:compare')!.args).toEqual({ ids: [1, 2] });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Measure', 'Base plan (on show)', 'faster']);
    const finish = within(table).getByRole('row', { name: /Finish date/ });
    expect(finish.textContent).toContain('Not within the budgeted years');
    expect(finish.textContent).toContain('Dec 31, 2026');
    expect(within(table).getByRole('row', { name: /Spend in fiscal year 2026-27/ }).textContent).toContain('$160,000 of $250,000');
  });

  it('renders only the schedule rows in view of a 100,000-device site and fetches them a page at a time', async () => {
    const calls = renderPage({
      'plan:items': (args: { offset: number; limit: number }) => ({
        total: 100_000,
        rows: Array.from({ length: args.limit }, (_, k): PlanItem => ({
          deviceId: args.offset + k + 1,
          siteId: 7,
          siteName: 'Headquarters Tower',
          type: 'camera',
          status: 'restricted',
          kind: 'replace',
          phase: 1,
          month: '2026-05',
          fy: '2026-27',
          cost: { hardwareCents: 85_000, labourCents: 34_500, licenceCents: 18_000, disposalCents: 2_500, escalationCents: 0, contingencyCents: 14_000, totalCents: 154_000 },
        })),
      }),
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Schedule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the devices of Headquarters Tower' }));
    const table = screen.getByTestId('plan-schedule');
    await waitFor(() => expect(table.textContent).toContain('No. 1Camera'));
    expect(table.getAttribute('aria-rowcount')).toBe(String(100_000 + 2));
    expect(within(table).getAllByRole('row').length).toBeLessThan(50);
    const pages = calls.filter((c) => c.name === 'plan:items');
    expect(pages.map((c) => c.args)).toEqual([{ scenarioId: 1, siteId: 7, offset: 0, limit: 100 }]);
    expect(table.textContent).toContain('$1,540.00');
  });
});

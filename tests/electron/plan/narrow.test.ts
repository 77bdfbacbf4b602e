// Narrowing a plan to some sites (the dashboard's region or site filter):
// roll-ups rebuilt from the items of those sites. Expected values by hand.
import { describe, expect, it } from 'vitest';
import type { CostBreakdown, FiscalYearSummary, PlanItem, PlanSummary } from '../../../electron/api/plan-types';
import { endOfMonth, narrowPlan } from '../../../electron/domain/plan/narrow';
import { cost, summary, year } from '../../fixtures/plan-summary';

describe('narrowPlan (region or site filter)', () => {
  const item = (deviceId: number, siteId: number, month: string | null, fy: string | null, totalHw: number, status: PlanItem['status'] = 'restricted'): PlanItem => ({
    deviceId,
    siteId,
    siteName: `Site ${siteId}`,
    type: 'camera',
    status,
    kind: 'replace',
    phase: 1,
    month,
    fy,
    cost: cost({ hardwareCents: totalHw }),
  });
  const plan = summary({
    byMonth: [
      { month: '2027-02', fy: '2026-27', devices: 0, spendCents: 0, restrictedRemaining: 0 },
      { month: '2027-03', fy: '2026-27', devices: 0, spendCents: 0, restrictedRemaining: 0 },
      { month: '2027-04', fy: '2027-28', devices: 0, spendCents: 0, restrictedRemaining: 0 },
    ],
    byFiscalYear: [year('2026-27', 10_000, {}), year('2027-28', 5_000, {})],
  });
  const items = [
    item(1, 1, '2027-02', '2026-27', 1_000),
    item(2, 1, '2027-04', '2027-28', 2_000),
    item(3, 2, '2027-03', '2026-27', 4_000),
    item(4, 1, null, null, 3_000),
    item(5, 1, '2027-03', '2026-27', 500, 'review'),
  ];

  it('recounts spend, remaining restricted and the backlog from the chosen sites only', () => {
    // Site 1 has 4 restricted devices in the inventory (one is not in the plan's items at all).
    const n = narrowPlan(plan, items, new Set([1]), 4);
    expect(n.byFiscalYear.map((y) => [y.fy, y.spend.totalCents, y.devices, y.restrictedRemaining, y.cumulativeSpendCents])).toEqual([
      ['2026-27', 1_500, 2, 3, 1_500],
      ['2027-28', 2_000, 1, 2, 3_500],
    ]);
    expect(n.byMonth.map((m) => m.restrictedRemaining)).toEqual([3, 3, 2]);
    expect([n.fundedDevices, n.fundedCostCents, n.unfundedDevices, n.unfundedCostCents, n.finishDate]).toEqual([3, 3_500, 1, 3_000, null]);
  });

  it('gives a finish date at the end of the last month when the chosen sites are fully funded', () => {
    const n = narrowPlan(plan, items, new Set([2]), 1);
    expect([n.finishDate, n.lastMonth, n.byMonth.map((m) => m.restrictedRemaining)]).toEqual(['2027-03-31', '2027-03', [1, 0, 0]]);
  });

  it.each([
    ['2027-02', '2027-02-28'],
    ['2028-02', '2028-02-29'],
    ['2027-03', '2027-03-31'],
  ])('endOfMonth(%s) = %s', (m, d) => expect(endOfMonth(m)).toBe(d));
});

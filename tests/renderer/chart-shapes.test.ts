// The pure shaping layer behind every dashboard chart. Expected values are
// worked out by hand from the small inputs written next to them.
import { describe, expect, it } from 'vitest';
import type { CostBreakdown, FiscalYearSummary, PlanItem, PlanSummary, SiteTimeline } from '../../electron/api/plan-types';
import { budgetByFiscalYear, cumulativeSpend } from '../../renderer/src/charts/shape/budget';
import { burnDownRows, milestones, type BurnDownSeries } from '../../renderer/src/charts/shape/burndown';
import { companyBrandChart, OTHER, restrictedBySite, statusSplit, UNKNOWN } from '../../renderer/src/charts/shape/inventory';
import { kpis } from '../../renderer/src/charts/shape/kpis';
import { starterBudget } from '../../electron/domain/plan/starter-budget';
import { addMonths, phaseTimeline } from '../../renderer/src/charts/shape/timeline';
import type { InventoryAggregates } from '../../electron/api/charts-types';
import { cost, summary, year } from '../fixtures/plan-summary';

describe('budgetByFiscalYear', () => {
  const years = [
    year('2026-27', 500_000, { hardwareCents: 300_000, labourCents: 100_000, licenceCents: 20_000, disposalCents: 5_000, escalationCents: 0, contingencyCents: 42_500 }, 4),
    year('2027-28', 300_000, { hardwareCents: 200_000, labourCents: 60_000, licenceCents: 10_000, escalationCents: 8_100, contingencyCents: 27_810 }, 3),
    year('2028-29', 0, {}),
  ];
  it.each([
    // fy, hardware, labour, licence, disposal, contingency (+escalation), total, overCap
    ['2026-27', 300_000, 100_000, 20_000, 5_000, 42_500, 467_500, false],
    ['2027-28', 200_000, 60_000, 10_000, 0, 35_910, 305_910, true],
    ['2028-29', 0, 0, 0, 0, 0, 0, false],
  ] as const)('%s: categories stack to the year total and the cap is compared', (fy, hw, lab, lic, disp, cont, total, over) => {
    const row = budgetByFiscalYear(years, { showCap: true }).find((r) => r.fy === fy)!;
    expect([row.hardware, row.labour, row.licence, row.disposal, row.contingency, row.total, row.overCap]).toEqual([hw, lab, lic, disp, cont, total, over]);
  });

  it('leaves the cap out of a filtered view, so no year is flagged over cap', () => {
    const rows = budgetByFiscalYear(years, { showCap: false });
    expect(rows.map((r) => [r.cap, r.overCap])).toEqual([[null, false], [null, false], [null, false]]);
  });

  it('adds spend and caps up year by year', () => {
    expect(cumulativeSpend(years, { showCap: true })).toEqual([
      { fy: '2026-27', spend: 467_500, budget: 500_000 },
      { fy: '2027-28', spend: 773_410, budget: 800_000 },
      { fy: '2028-29', spend: 773_410, budget: 800_000 },
    ]);
    expect(cumulativeSpend(years, { showCap: false }).map((r) => r.budget)).toEqual([null, null, null]);
  });
});

describe('burn-down', () => {
  const base: BurnDownSeries = {
    key: 's1',
    name: 'Base',
    total: 10,
    byMonth: [
      { month: '2026-04', restrictedRemaining: 8 },
      { month: '2026-05', restrictedRemaining: 5 },
      { month: '2026-06', restrictedRemaining: 3 },
      { month: '2026-07', restrictedRemaining: 0 },
    ],
  };
  const faster: BurnDownSeries = {
    key: 's2',
    name: 'Faster',
    total: 10,
    byMonth: [
      { month: '2026-05', restrictedRemaining: 4 },
      { month: '2026-06', restrictedRemaining: 0 },
    ],
  };

  it('puts scenarios on one month axis, holding the total before a series starts and its last value after it ends', () => {
    expect(burnDownRows([base, faster])).toEqual([
      { month: '2026-04', s1: 8, s2: 10 },
      { month: '2026-05', s1: 5, s2: 4 },
      { month: '2026-06', s1: 3, s2: 0 },
      { month: '2026-07', s1: 0, s2: 0 },
    ]);
  });

  it.each([
    // series, expected [share, remaining, month]
    ['10 devices', base, [[0.5, 5, '2026-05'], [0.7, 3, '2026-06'], [1, 0, '2026-07']]],
    // 7 devices: 50 % = 3.5 gone -> 4 must be gone (3 left); 70 % = 4.9 -> 5 gone (2 left).
    ['7 devices, rounding up what must be gone', { ...base, total: 7, byMonth: [{ month: '2026-04', restrictedRemaining: 4 }, { month: '2026-05', restrictedRemaining: 3 }, { month: '2026-06', restrictedRemaining: 2 }] }, [[0.5, 3, '2026-05'], [0.7, 2, '2026-06'], [1, 0, null]]],
    ['nothing restricted', { ...base, total: 0, byMonth: [] }, [[0.5, 0, null], [0.7, 0, null], [1, 0, null]]],
  ] as const)('milestones: %s', (_name, series, expected) => {
    expect(milestones(series as BurnDownSeries).map((m) => [m.share, m.remaining, m.month])).toEqual(expected);
  });
});

function site(siteName: string, firstMonth: string | null, lastMonth: string | null, more: Partial<SiteTimeline> = {}): SiteTimeline {
  return { siteId: 1, siteName, criticality: 2, phase: 1, firstMonth, lastMonth, devices: 5, costCents: 100, unfundedDevices: 0, placement: 'auto', ...more };
}

describe('phaseTimeline', () => {
  it('orders sites by first month, offsets them from the earliest month and counts both ends of the span', () => {
    const t = phaseTimeline([
      site('Regina', '2027-02', '2027-05', { phase: 2 }),
      site('Iqaluit', null, null, { unfundedDevices: 5, costCents: 0 }),
      site('HQ', '2026-11', '2026-12'),
      site('Empty', null, null, { devices: 0 }),
      site('Halifax', '2026-11', '2027-01', { phase: 1 }),
    ]);
    expect(t.origin).toBe('2026-11');
    expect(t.rows.map((r) => [r.site, r.offset, r.span])).toEqual([
      // Same first month and phase: by name in the user's collation (Halifax before HQ).
      ['Halifax', 0, 3],
      ['HQ', 0, 2],
      ['Regina', 3, 4],
      ['Iqaluit', 0, 0],
    ]);
    expect(t.months).toBe(7);
    // Coloured by phase when set, else by the fiscal year work starts in (Feb 2027 is still 2026-27).
    expect(t.rows.map((r) => r.group)).toEqual(['phase:1', 'phase:1', 'phase:2', 'phase:1']);
    const byYear = phaseTimeline([site('A', '2027-02', '2027-04', { phase: null }), site('B', '2027-04', '2027-05', { phase: null }), site('C', null, null, { phase: null })]);
    expect(byYear.rows.map((r) => r.group)).toEqual(['fy:2026-27', 'fy:2027-28', 'unfunded']);
  });

  it.each([
    ['2026-11', 0, '2026-11'],
    ['2026-11', 2, '2027-01'],
    ['2026-12', 15, '2028-03'],
  ])('addMonths(%s, %i) = %s', (origin, n, expected) => expect(addMonths(origin, n)).toBe(expected));
});

describe('inventory breakdowns', () => {
  it('groups brands under each company, folding the smallest into "other" and naming the missing maker', () => {
    const chart = companyBrandChart(
      [
        { company: 'hikvision', brand: 'Hikvision', devices: 50 },
        { company: 'hikvision', brand: 'EZVIZ', devices: 6 },
        { company: 'hikvision', brand: null, devices: 9 },
        { company: 'dahua', brand: 'Dahua', devices: 20 },
        { company: 'dahua', brand: 'Lorex', devices: 2 },
      ],
      3,
    );
    // Brand totals: Hikvision 50, Dahua 20, unknown 9, EZVIZ 6, Lorex 2 -> keep 2, fold the rest.
    expect(chart.brands).toEqual(['Hikvision', 'Dahua', OTHER]);
    expect(chart.rows).toEqual([
      { company: 'hikvision', total: 65, Hikvision: 50, Dahua: 0, [OTHER]: 15 },
      { company: 'dahua', total: 22, Hikvision: 0, Dahua: 20, [OTHER]: 2 },
    ]);
  });

  it('keeps every brand when there are few, with a null company shown as unknown', () => {
    const chart = companyBrandChart([{ company: null, brand: 'Annke', devices: 3 }]);
    expect(chart).toEqual({ brands: ['Annke'], rows: [{ company: UNKNOWN, total: 3, Annke: 3 }] });
  });

  it('lists sites with restricted or review devices, most restricted first, up to the limit', () => {
    const bars = restrictedBySite(
      [
        { siteId: 1, siteName: 'A', region: 'X', restricted: 3, review: 0, clear: 10 },
        { siteId: 2, siteName: 'B', region: 'X', restricted: 0, review: 0, clear: 9 },
        { siteId: 3, siteName: 'C', region: 'Y', restricted: 7, review: 1, clear: 0 },
        { siteId: 4, siteName: 'D', region: 'Y', restricted: 3, review: 2, clear: 0 },
        { siteId: 5, siteName: 'E', region: 'Y', restricted: 0, review: 4, clear: 0 },
      ],
      3,
    );
    expect(bars.map((b) => b.site)).toEqual(['C', 'D', 'A']);
  });

  it.each([
    [{ restricted: 25, review: 25, clear: 50 }, [0.25, 0.25, 0.5]],
    [{ restricted: 0, review: 0, clear: 0 }, [0, 0, 0]],
  ])('status split %o', (status, shares) => {
    expect(statusSplit(status).map((s) => s.share)).toEqual(shares);
  });
});

const inventory: InventoryAggregates = {
  devices: 600,
  status: { restricted: 150, review: 30, clear: 420 },
  sitesAffected: 11,
  byCompanyBrand: [],
  bySite: [],
  siteIds: [],
  options: { regions: [], sites: [] },
};

describe('kpis', () => {
  it.each([
    ['no plan yet', null, { totalCostCents: null, finish: 'noPlan', finishDate: null, unfundedDevices: null }],
    ['fully funded', summary({ fundedCostCents: 1_000_00, finishDate: '2028-03-31' }), { totalCostCents: 1_000_00, finish: 'funded', finishDate: '2028-03-31', unfundedDevices: 0 }],
    ['money runs out', summary({ fundedCostCents: 700_00, unfundedDevices: 12, unfundedCostCents: 300_00 }), { totalCostCents: 1_000_00, finish: 'backlog', finishDate: null, unfundedDevices: 12 }],
    ['nothing to do', summary({}), { totalCostCents: 0, finish: 'none', finishDate: null, unfundedDevices: 0 }],
  ] as const)('%s', (_name, plan, expected) => {
    const k = kpis(inventory, plan);
    expect(k).toMatchObject(expected);
    expect(k.restrictedShare).toBe(0.25);
  });
});

describe('starterBudget', () => {
  it.each([
    // start month, total cost (cents), expected caps
    ['2026-11', 250_000_00, [['2026-27', 100_000_00], ['2027-28', 100_000_00], ['2028-29', 100_000_00]]], // 250k × 1.1 / 3 = 91,666.67 -> 100,000
    ['2027-03', 27_000_00, [['2026-27', 10_000_00], ['2027-28', 10_000_00], ['2028-29', 10_000_00]]], // 9,900 -> 10,000; March is still 2026-27
    ['2027-04', 300_000_00, [['2027-28', 110_000_00], ['2028-29', 110_000_00], ['2029-30', 110_000_00]]], // exactly 110,000
    ['2026-04', 0, []],
  ] as const)('start %s, total %i', (startMonth, total, expected) => {
    const caps = starterBudget({ startMonth, fundedCostCents: 0, unfundedCostCents: total });
    expect(caps.map((c) => [c.fy, c.capCents])).toEqual(expected);
  });
});

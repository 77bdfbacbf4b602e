// A plan narrowed to some sites (the dashboard's region or site filter): the
// per-year and per-month roll-ups rebuilt from the plan's items, so the budget
// and burn-down charts show the same part of the inventory as the others.
import type { FiscalYearSummary, MonthSummary, PlanItem, PlanSummary } from '../../api/plan-types';
import { ZERO_COST } from './cost';
import { newTally, tallyFunded, tallyUnfunded } from './tally';

/**
 * `plan` keeps its month and year axis (so filtered charts line up with the
 * whole plan); spend, devices and remaining restricted are recounted from the
 * items of `siteIds`. `restrictedTotal` is the restricted devices of those
 * sites in the inventory (items cover only the scheduled scope).
 */
export function narrowPlan(plan: PlanSummary, items: readonly PlanItem[], siteIds: ReadonlySet<number>, restrictedTotal: number): PlanSummary {
  const mine = items.filter((i) => i.siteId !== null && siteIds.has(i.siteId));
  const t = newTally<string, string>();
  for (const i of mine) {
    if (i.month === null || i.fy === null) tallyUnfunded(t, i.cost);
    else tallyFunded(t, i.month, i.fy, i.cost, i.status === 'restricted');
  }
  let remaining = restrictedTotal;
  const yearEndRemaining = new Map<string, number>();
  const byMonth: MonthSummary[] = plan.byMonth.map((m) => {
    remaining -= t.monthRestricted.get(m.month) ?? 0;
    yearEndRemaining.set(m.fy, remaining);
    return { month: m.month, fy: m.fy, devices: t.monthDevices.get(m.month) ?? 0, spendCents: t.monthSpend.get(m.month) ?? 0, restrictedRemaining: remaining };
  });
  let cumulativeSpendCents = 0;
  let cumulativeCapCents = 0;
  const byFiscalYear: FiscalYearSummary[] = plan.byFiscalYear.map((y) => {
    const spend = t.fySpend.get(y.fy) ?? { ...ZERO_COST };
    cumulativeSpendCents += spend.totalCents;
    cumulativeCapCents += y.capCents;
    return {
      fy: y.fy,
      capCents: y.capCents,
      spend,
      devices: t.fyDevices.get(y.fy) ?? 0,
      restrictedRemaining: yearEndRemaining.get(y.fy) ?? restrictedTotal,
      cumulativeSpendCents,
      cumulativeCapCents,
    };
  });
  const lastFunded = [...t.monthDevices.keys()].sort().at(-1) ?? null;
  return {
    ...plan,
    finishDate: lastFunded && t.unfundedDevices === 0 ? endOfMonth(lastFunded) : null,
    lastMonth: lastFunded,
    scopeDevices: mine.length,
    restrictedTotal,
    fundedDevices: t.fundedDevices,
    fundedCostCents: t.fundedCostCents,
    unfundedDevices: t.unfundedDevices,
    unfundedCostCents: t.unfundedCostCents,
    byFiscalYear,
    byMonth,
    sites: plan.sites.filter((s) => s.siteId !== null && siteIds.has(s.siteId)),
    warnings: [],
  };
}

/** Last day of a 'YYYY-MM' month, 'YYYY-MM-DD'. */
export function endOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

// Roll-ups of a scheduled plan, shaped for the charts: spend by category and
// cap per fiscal year (with cumulative figures), restricted devices remaining
// per month (burn-down), first/last month per site (phase timeline), and the
// warnings a manual change can cause (over capacity, over cap, ...).
import type { FiscalYearSummary, MonthSummary, PlanSummary, PlanWarning, SiteTimeline } from '../../api/plan-types';
import type { DeviceType } from '../../api/types';
import { ZERO_COST } from './cost';
import { newTally, tallyFunded, tallyUnfunded } from './tally';
import { fiscalYearOfMonth, fyLabel, fyLastMonth, monthEndDate, monthLabel, type MonthIndex } from './fiscal';
import type { PlanFrame } from './params';
import type { ScheduleInput, SitePlan } from './schedule';

export interface SummariseInput {
  input: ScheduleInput;
  frame: PlanFrame;
  sites: readonly SitePlan[];
  used: ReadonlyMap<MonthIndex, number>;
  spent: ReadonlyMap<number, number>;
}

export function summarise({ input, frame, sites, used, spent }: SummariseInput): PlanSummary {
  const restrictedTotal = input.devices.reduce((n, d) => n + (d.status === 'restricted' ? 1 : 0), 0);
  const t = newTally<MonthIndex, number>();
  let scopeDevices = 0;
  let lastMonth: MonthIndex | null = null;
  let firstMonth: MonthIndex | null = null;
  const timeline: SiteTimeline[] = [];
  const missingEntry = new Map<DeviceType, number>();

  for (const site of sites) {
    const bar: SiteTimeline = {
      siteId: site.siteId,
      siteName: site.name,
      criticality: site.criticality,
      phase: site.phase,
      firstMonth: null,
      lastMonth: null,
      devices: 0,
      costCents: 0,
      unfundedDevices: 0,
      placement: site.placement,
    };
    let first: MonthIndex | null = null;
    let last: MonthIndex | null = null;
    for (const w of site.items) {
      scopeDevices++;
      bar.devices++;
      if (w.entry < 0) missingEntry.set(w.device.type, (missingEntry.get(w.device.type) ?? 0) + 1);
      if (w.month === null) {
        tallyUnfunded(t, w.cost);
        bar.unfundedDevices++;
        continue;
      }
      const m = w.month;
      tallyFunded(t, m, fiscalYearOfMonth(m), w.cost, w.device.status === 'restricted');
      bar.costCents += w.cost.totalCents;
      first = first === null || m < first ? m : first;
      last = last === null || m > last ? m : last;
    }
    if (first !== null && last !== null) {
      // With fiscal-year phases a site's phase is the year its work starts in.
      if (input.params.phaseMode === 'fiscalYear') bar.phase = Math.max(1, fiscalYearOfMonth(first) - frame.startFy + 1);
      bar.firstMonth = monthLabel(first);
      bar.lastMonth = monthLabel(last);
      firstMonth = firstMonth === null || first < firstMonth ? first : firstMonth;
      lastMonth = lastMonth === null || last > lastMonth ? last : lastMonth;
    }
    timeline.push(bar);
  }

  // The months and years shown: from the start (or an earlier pinned month) to
  // the end of the budgeted years (or a later pinned month).
  const fromMonth = Math.min(frame.startMonth, firstMonth ?? frame.startMonth);
  const toMonth = Math.max(frame.horizonEnd, lastMonth ?? frame.horizonEnd);
  const byMonth: MonthSummary[] = [];
  let remaining = restrictedTotal;
  for (let m = fromMonth; m <= toMonth; m++) {
    remaining -= t.monthRestricted.get(m) ?? 0;
    byMonth.push({
      month: monthLabel(m),
      fy: fyLabel(fiscalYearOfMonth(m)),
      devices: t.monthDevices.get(m) ?? 0,
      spendCents: t.monthSpend.get(m) ?? 0,
      restrictedRemaining: remaining,
    });
  }

  const byFiscalYear: FiscalYearSummary[] = [];
  if (toMonth >= fromMonth) {
    let cumulativeSpendCents = 0;
    let cumulativeCapCents = 0;
    let placedRestricted = 0;
    let m = fromMonth;
    for (let fy = fiscalYearOfMonth(fromMonth); fy <= fiscalYearOfMonth(toMonth); fy++) {
      for (; m <= fyLastMonth(fy); m++) placedRestricted += t.monthRestricted.get(m) ?? 0;
      const spend = t.fySpend.get(fy) ?? { ...ZERO_COST };
      const capCents = frame.caps.get(fy) ?? 0;
      cumulativeSpendCents += spend.totalCents;
      cumulativeCapCents += capCents;
      byFiscalYear.push({
        fy: fyLabel(fy),
        capCents,
        spend,
        devices: t.fyDevices.get(fy) ?? 0,
        restrictedRemaining: restrictedTotal - placedRestricted,
        cumulativeSpendCents,
        cumulativeCapCents,
      });
    }
  }

  return {
    startMonth: monthLabel(frame.startMonth),
    finishDate: lastMonth !== null && t.unfundedDevices === 0 ? monthEndDate(lastMonth) : null,
    lastMonth: lastMonth === null ? null : monthLabel(lastMonth),
    scopeDevices,
    restrictedTotal,
    fundedDevices: t.fundedDevices,
    fundedCostCents: t.fundedCostCents,
    unfundedDevices: t.unfundedDevices,
    unfundedCostCents: t.unfundedCostCents,
    byFiscalYear,
    byMonth,
    sites: timeline,
    warnings: collectWarnings(frame, sites, used, spent, missingEntry),
  };
}

function collectWarnings(
  frame: PlanFrame,
  sites: readonly SitePlan[],
  used: ReadonlyMap<MonthIndex, number>,
  spent: ReadonlyMap<number, number>,
  missingEntry: ReadonlyMap<DeviceType, number>,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const [m, n] of [...used].sort((a, b) => a[0] - b[0])) {
    if (n > frame.capacity) warnings.push({ kind: 'overCapacity', month: monthLabel(m), devices: n, capacity: frame.capacity });
  }
  for (const [fy, cents] of [...spent].sort((a, b) => a[0] - b[0])) {
    const cap = frame.caps.get(fy) ?? 0;
    if (cents > cap) warnings.push({ kind: 'overCap', fy: fyLabel(fy), spendCents: cents, capCents: cap });
  }
  for (const s of sites) {
    if (s.forcedMonth !== null && (s.forcedMonth < frame.startMonth || s.forcedMonth > frame.horizonEnd)) {
      warnings.push({ kind: 'outsideBudgetYears', siteId: s.siteId, siteName: s.name, month: monthLabel(s.forcedMonth) });
    }
  }
  // Explicit camera -> recorder links can cross sites or be broken by a manual move.
  const recorderMonth = new Map<number, MonthIndex | null>();
  for (const s of sites) for (const w of s.items) if (w.device.type === 'recorder') recorderMonth.set(w.device.id, w.month);
  for (const s of sites) {
    for (const w of s.items) {
      const rid = w.device.recorderId;
      if (w.device.type === 'recorder' || rid === null || w.month === null || !recorderMonth.has(rid)) continue;
      const rm = recorderMonth.get(rid) ?? null;
      if (rm === null || rm > w.month) {
        warnings.push({
          kind: 'recorderAfterCamera',
          cameraId: w.device.id,
          recorderId: rid,
          cameraMonth: monthLabel(w.month),
          recorderMonth: rm === null ? null : monthLabel(rm),
        });
      }
    }
  }
  for (const [type, devices] of [...missingEntry].sort()) warnings.push({ kind: 'noCatalogueEntry', type, devices });
  return warnings;
}

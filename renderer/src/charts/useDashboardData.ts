// The dashboard's hook: fetches the inventory aggregates and the plan under
// the current filter, narrows the plan to the filtered sites, and builds the
// chart specs. Components below it only draw.
import { useEffect, useMemo, useState } from 'react';
import type { ChartFilter } from '../../../electron/api/charts-types';
import type { PlanSummary } from '../../../electron/api/plan-types';
import { useApi } from '../api/hooks';
import { useI18n } from '../i18n';
import { useChartFormat } from './format';
import type { BurnDownSeries } from './shape/burndown';
import { kpis, type Kpis } from './shape/kpis';
import { budgetSpec } from './specs/budget';
import { burnDownSpec } from './specs/burndown';
import { cumulativeSpec } from './specs/cumulative';
import { companiesSpec, sitesSpec, statusSpec } from './specs/inventory';
import { timelineSpec } from './specs/timeline';
import type { ChartId, ChartSpec } from './types';

export interface DashboardFilter extends ChartFilter {
  scenarioId?: number;
}

const FILTER_KEY = 'crp.dashboard.filter';

/** The filter is kept for the session so the full-page chart and the slides show what the dashboard showed. */
export function useDashboardFilter(): [DashboardFilter, (f: DashboardFilter) => void] {
  const [filter, setFilter] = useState<DashboardFilter>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(FILTER_KEY) ?? '{}') as DashboardFilter;
    } catch {
      return {};
    }
  });
  useEffect(() => sessionStorage.setItem(FILTER_KEY, JSON.stringify(filter)), [filter]);
  return [filter, setFilter];
}

export interface DashboardData {
  loading: boolean;
  error: string | null;
  reload(): void;
  kpis: Kpis | null;
  plan: PlanSummary | null;
  scenarioName: string | null;
  scenarioId: number | null;
  hasBudget: boolean;
  scenarios: Array<{ id: number; name: string }>;
  options: { regions: string[]; sites: Array<{ id: number; name: string; region: string | null }> };
  specs: ChartSpec[];
}

export function useDashboardData(filter: DashboardFilter): DashboardData {
  const { t } = useI18n();
  const fmt = useChartFormat();
  const inventoryFilter: ChartFilter = {};
  if (filter.region !== undefined) inventoryFilter.region = filter.region;
  if (filter.siteId !== undefined) inventoryFilter.siteId = filter.siteId;
  const filtered = filter.region !== undefined || filter.siteId !== undefined;

  const inv = useApi('charts:inventory', inventoryFilter);
  const plan = useApi('plan:get', filter.scenarioId === undefined ? {} : { scenarioId: filter.scenarioId });
  const scenarios = useApi('scenarios:list', {});
  const scenarioId = plan.data?.scenario.id;
  const others = (scenarios.data ?? []).filter((s) => s.id !== scenarioId).slice(0, 5);
  const compareIds = scenarioId === undefined ? [] : [scenarioId, ...others.map((s) => s.id)];
  const compare = useApi('scenarios:compare', { ids: compareIds }, compareIds.length > 1 && !filtered);
  // Under a region or site filter the backend rebuilds the plan's roll-ups from every item of those sites.
  const narrowed = useApi('charts:plan', { ...inventoryFilter, scenarioId }, filtered && scenarioId !== undefined);
  const summary = filtered ? (narrowed.data ?? null) : (plan.data?.summary ?? null);

  const specs = useMemo<ChartSpec[]>(() => {
    const ctx = { t, fmt };
    const out: ChartSpec[] = [];
    if (summary) {
      const main: BurnDownSeries = { key: `s${scenarioId}`, name: plan.data!.scenario.name, total: summary.restrictedTotal, byMonth: summary.byMonth };
      const overlays: BurnDownSeries[] = filtered
        ? []
        : (compare.data?.rows ?? [])
            .filter((r) => r.scenarioId !== scenarioId)
            .map((r) => ({ key: `s${r.scenarioId}`, name: r.name, total: summary.restrictedTotal, byMonth: r.byMonth }));
      out.push(budgetSpec(summary.byFiscalYear, filtered, ctx));
      out.push(burnDownSpec([main, ...overlays], ctx));
      out.push(timelineSpec(summary.sites, ctx));
      out.push(cumulativeSpec(summary.byFiscalYear, filtered, ctx));
    }
    if (inv.data) {
      out.push(sitesSpec(inv.data.bySite, ctx));
      out.push(companiesSpec(inv.data.byCompanyBrand, ctx));
      out.push(statusSpec(inv.data.status, ctx));
    }
    return out;
  }, [summary, inv.data, compare.data, t, fmt, filtered, scenarioId, plan.data]);

  return {
    loading: inv.loading || plan.loading,
    error: inv.error ?? plan.error ?? narrowed.error ?? null,
    reload: () => {
      inv.reload();
      plan.reload();
      narrowed.reload();
      scenarios.reload();
    },
    kpis: inv.data ? kpis(inv.data, summary) : null,
    plan: summary,
    scenarioName: plan.data?.scenario.name ?? null,
    scenarioId: scenarioId ?? null,
    hasBudget: (plan.data?.scenario.params.budgets.length ?? 0) > 0,
    scenarios: (scenarios.data ?? []).map((s) => ({ id: s.id, name: s.name })),
    options: inv.data?.options ?? { regions: [], sites: [] },
    specs,
  };
}

export function specById(specs: readonly ChartSpec[], id: string): ChartSpec | undefined {
  return specs.find((s) => s.id === (id as ChartId));
}

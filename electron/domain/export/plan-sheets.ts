// The Budget by fiscal year and Plan sheets, from the stored plan result.
// Every figure is the plan's own integer cents: nothing is recomputed here
// except sums of those cents (totals, headroom), so the workbook matches the app.
import type { CostBreakdown, PlanItem } from '../../api/plan-types';
import type { ExportContext } from './context';
import type { ExportLabels } from './labels';
import type { CellValue, ColumnSpec, TableBlock } from './table';

const COST_KEYS = ['hardwareCents', 'labourCents', 'licenceCents', 'disposalCents', 'escalationCents', 'contingencyCents'] as const;

function costColumns(l: ExportLabels): ColumnSpec[] {
  const b = l.budget;
  return [b.hardware, b.labour, b.licence, b.disposal, b.escalation, b.contingency].map((header) => ({ header, kind: 'money' as const, width: 14, repeats: true }));
}

const costCells = (c: CostBreakdown): CellValue[] => COST_KEYS.map((k) => c[k]);

export function budgetTable(ctx: ExportContext, l: ExportLabels): TableBlock {
  const b = l.budget;
  const columns: ColumnSpec[] = [
    { header: b.fy, kind: 'text', width: 12 },
    { header: b.cap, kind: 'money', width: 15 },
    ...costColumns(l),
    { header: b.spend, kind: 'money', width: 15 },
    { header: b.headroom, kind: 'money', width: 15 },
    { header: b.devices, kind: 'int', width: 12 },
    { header: b.restrictedRemaining, kind: 'int', width: 14 },
    { header: b.cumulativeSpend, kind: 'money', width: 16 },
  ];
  const summary = ctx.plan?.summary;
  if (!summary) return { columns, rows: [] };
  const rows = summary.byFiscalYear.map((y) => [
    y.fy, y.capCents, ...costCells(y.spend), y.spend.totalCents, y.capCents - y.spend.totalCents, y.devices, y.restrictedRemaining, y.cumulativeSpendCents,
  ]);
  const years = summary.byFiscalYear;
  const sum = (f: (y: (typeof years)[number]) => number) => years.reduce((n, y) => n + f(y), 0);
  const totalCap = sum((y) => y.capCents);
  const totalSpend = sum((y) => y.spend.totalCents);
  const footer: CellValue[][] = [
    [b.total, totalCap, ...COST_KEYS.map((k) => sum((y) => y.spend[k])), totalSpend, totalCap - totalSpend, sum((y) => y.devices), null, null],
    [b.unfunded, null, null, null, null, null, null, null, summary.unfundedCostCents, null, summary.unfundedDevices, null, null],
  ];
  return { columns, rows, footer };
}

/** Items in reading order: phase, site, month (unfunded last), then device. */
export function sortedItems(items: readonly PlanItem[]): PlanItem[] {
  const big = Number.MAX_SAFE_INTEGER;
  return [...items].sort(
    (a, b) =>
      (a.phase ?? big) - (b.phase ?? big) ||
      a.siteName.localeCompare(b.siteName) ||
      (a.month ?? '9999').localeCompare(b.month ?? '9999') ||
      a.deviceId - b.deviceId,
  );
}

export function planTable(ctx: ExportContext, l: ExportLabels): TableBlock {
  const p = l.plan;
  const columns: ColumnSpec[] = [
    { header: p.phase, kind: 'int', width: 8, repeats: true },
    { header: p.site, kind: 'text', width: 28, repeats: true },
    { header: p.month, kind: 'month', width: 10, repeats: true },
    { header: p.fy, kind: 'text', width: 12, repeats: true },
    { header: p.deviceId, kind: 'int', width: 10 },
    { header: p.assetTag, kind: 'text', width: 12 },
    { header: p.type, kind: 'text', width: 14, repeats: true },
    { header: p.status, kind: 'text', width: 14, repeats: true },
    { header: p.kind, kind: 'text', width: 14, repeats: true },
    ...costColumns(l),
    { header: p.total, kind: 'money', width: 15, repeats: true },
  ];
  const items = ctx.plan?.items ?? [];
  // Only when there is a plan: with none, a 100k-entry map of asset tags would be built for nothing.
  const tags = items.length === 0 ? new Map<number, string | null>() : new Map(ctx.devices.map((d) => [d.id, d.assetTag]));
  const rows = sortedItems(items).map((i) => [
    i.phase, i.siteName, i.month, i.fy ?? l.budget.unfunded, i.deviceId, tags.get(i.deviceId) ?? null, l.type[i.type], l.status[i.status], l.kind[i.kind],
    ...costCells(i.cost), i.cost.totalCents,
  ]);
  return { columns, rows };
}

// The redacted summary: counts, percentages and totals per fiscal year, for
// audiences that may not see the site list. Built only from aggregates: no
// site name, address, building, location, serial, MAC or IP is ever read into
// a cell. Free text the user typed (plan and scenario names) is dropped when it
// mentions a site or a place from the inventory.
import type { ExportContext } from './context';
import type { ExportLabels } from './labels';
import { deviceCounts, share } from './summary';
import { typed, type CellValue, type TableBlock } from './table';

/** Identifying words of the inventory that a free-text name must not carry. */
function placeWords(ctx: ExportContext): string[] {
  const words = new Set<string>();
  for (const d of ctx.devices) {
    for (const v of [d.site, d.building, d.location]) if (v && v.trim().length >= 3) words.add(v.trim().toLowerCase());
  }
  for (const i of ctx.plan?.items ?? []) if (i.siteName.trim().length >= 3) words.add(i.siteName.trim().toLowerCase());
  for (const a of ctx.sitePlaces) if (a.trim().length >= 3) words.add(a.trim().toLowerCase());
  return [...words];
}

export function scrubName(name: string, words: readonly string[]): string | null {
  const lower = name.toLowerCase();
  return words.some((w) => lower.includes(w)) ? null : name;
}

/** The tidy table: one metric a row (Section, Metric, Fiscal year, Value); also what --redacted --csv writes. */
export function redactedSummaryTable(ctx: ExportContext, l: ExportLabels): TableBlock {
  const s = l.summary;
  const words = placeWords(ctx);
  const c = deviceCounts(ctx);
  const rows: CellValue[][] = [];
  const add = (section: string, metric: string, fy: string | null, value: CellValue) => rows.push([section, metric, fy, value]);

  const planName = scrubName(ctx.planName, words);
  if (planName) add(s.sectionPlan, s.planName, null, planName);
  add(s.sectionPlan, s.exportedOn, null, typed('date', ctx.exportedOn));
  add(s.sectionDevices, s.devices, null, typed('int', c.devices));
  add(s.sectionDevices, s.sites, null, typed('int', ctx.siteCount));
  add(s.sectionDevices, s.restricted, null, typed('int', c.restricted));
  add(s.sectionDevices, s.restrictedPct, null, typed('pct', share(c.restricted, c.devices)));
  add(s.sectionDevices, s.review, null, typed('int', c.review));
  add(s.sectionDevices, s.reviewPct, null, typed('pct', share(c.review, c.devices)));
  add(s.sectionDevices, s.clear, null, typed('int', c.clear));

  const byCompany = new Map<string, number>();
  const byType = new Map<string, number>();
  for (const d of ctx.devices) {
    if (d.status !== 'restricted') continue;
    if (d.company) byCompany.set(d.company, (byCompany.get(d.company) ?? 0) + 1);
    byType.set(l.type[d.type], (byType.get(l.type[d.type]) ?? 0) + 1);
  }
  for (const [company, n] of [...byCompany].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    add(s.sectionDevices, s.byCompany(company), null, typed('int', n));
  }
  for (const [type, n] of [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) add(s.sectionDevices, s.byType(type), null, typed('int', n));

  const plan = ctx.plan;
  if (plan?.summary) {
    const p = plan.summary;
    const scenario = scrubName(plan.scenarioName, words);
    if (scenario) add(s.sectionPlan, s.scenario, null, scenario);
    add(s.sectionPlan, s.planStart, null, typed('date', plan.params.start));
    add(s.sectionPlan, s.finishDate, null, p.finishDate ? typed('date', p.finishDate) : s.notFinished);
    add(s.sectionPlan, s.scopeDevices, null, typed('int', p.scopeDevices));
    add(s.sectionPlan, s.fundedDevices, null, typed('int', p.fundedDevices));
    add(s.sectionPlan, s.fundedCost, null, typed('money', p.fundedCostCents));
    add(s.sectionPlan, s.unfundedDevices, null, typed('int', p.unfundedDevices));
    add(s.sectionPlan, s.unfundedCost, null, typed('money', p.unfundedCostCents));
    const b = l.budget;
    for (const y of p.byFiscalYear) {
      add(s.sectionFiscalYear, b.cap, y.fy, typed('money', y.capCents));
      add(s.sectionFiscalYear, b.spend, y.fy, typed('money', y.spend.totalCents));
      add(s.sectionFiscalYear, b.devices, y.fy, typed('int', y.devices));
      add(s.sectionFiscalYear, b.restrictedRemaining, y.fy, typed('int', y.restrictedRemaining));
      add(s.sectionFiscalYear, b.replacedPct, y.fy, typed('pct', share(p.restrictedTotal - y.restrictedRemaining, p.restrictedTotal)));
    }
  } else add(s.sectionPlan, s.scenario, null, s.noPlan);
  for (const pol of ctx.policies.filter((x) => x.active)) add(s.sectionPolicies, pol.name, null, `${pol.version} — ${pol.citation.url}`);

  return {
    columns: [
      { header: s.section, kind: 'text', width: 14 },
      { header: s.metric, kind: 'text', width: 44 },
      { header: s.fiscalYear, kind: 'text', width: 12 },
      { header: s.value, kind: 'text', width: 40 },
    ],
    rows,
  };
}

/** One row per fiscal year: cap, spend, headroom, devices replaced, restricted left and the share replaced so far. */
export function redactedFiscalYearTable(ctx: ExportContext, l: ExportLabels): TableBlock {
  const b = l.budget;
  const columns = [
    { header: b.fy, kind: 'text' as const, width: 12 },
    { header: b.cap, kind: 'money' as const, width: 15 },
    { header: b.spend, kind: 'money' as const, width: 15 },
    { header: b.headroom, kind: 'money' as const, width: 15 },
    { header: b.devices, kind: 'int' as const, width: 12 },
    { header: b.restrictedRemaining, kind: 'int' as const, width: 14 },
    { header: b.replacedPct, kind: 'pct' as const, width: 14 },
  ];
  const p = ctx.plan?.summary;
  if (!p) return { columns, rows: [] };
  const rows = p.byFiscalYear.map((y) => [
    y.fy, y.capCents, y.spend.totalCents, y.capCents - y.spend.totalCents, y.devices, y.restrictedRemaining, share(p.restrictedTotal - y.restrictedRemaining, p.restrictedTotal),
  ]);
  const cap = p.byFiscalYear.reduce((n, y) => n + y.capCents, 0);
  const spend = p.byFiscalYear.reduce((n, y) => n + y.spend.totalCents, 0);
  const footer: CellValue[][] = [
    [b.total, cap, spend, cap - spend, p.byFiscalYear.reduce((n, y) => n + y.devices, 0), null, null],
    [b.unfunded, null, p.unfundedCostCents, null, p.unfundedDevices, null, null],
  ];
  return { columns, rows, footer };
}

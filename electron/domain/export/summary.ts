// The Summary sheet (plan, date, KPIs, active policies with versions and
// citations) and the Sources and Audit log sheets.
import type { ExportContext } from './context';
import { citationText } from './device-sheets';
import type { ExportLabels } from './labels';
import { typed, type CellValue, type TableBlock } from './table';

export interface DeviceCounts {
  devices: number;
  restricted: number;
  review: number;
  clear: number;
  overridden: number;
}

export function deviceCounts(ctx: ExportContext): DeviceCounts {
  const c: DeviceCounts = { devices: ctx.devices.length, restricted: 0, review: 0, clear: 0, overridden: 0 };
  for (const d of ctx.devices) {
    c[d.status]++;
    if (d.overridden) c.overridden++;
  }
  return c;
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function summaryTables(ctx: ExportContext, l: ExportLabels): TableBlock[] {
  const s = l.summary;
  const c = deviceCounts(ctx);
  const kv = (label: string, value: CellValue): CellValue[] => [label, value];
  const rows: CellValue[][] = [
    kv(s.planName, ctx.planName),
    kv(s.exportedOn, typed('date', ctx.exportedOn)),
    kv(s.devices, typed('int', c.devices)),
    kv(s.sites, typed('int', ctx.siteCount)),
    kv(s.restricted, typed('int', c.restricted)),
    kv(s.restrictedPct, typed('pct', share(c.restricted, c.devices))),
    kv(s.review, typed('int', c.review)),
    kv(s.reviewPct, typed('pct', share(c.review, c.devices))),
    kv(s.clear, typed('int', c.clear)),
    kv(s.overridden, typed('int', c.overridden)),
  ];
  const plan = ctx.plan;
  if (!plan?.summary) rows.push(kv(s.scenario, plan ? `${plan.scenarioName} — ${s.noPlan}` : s.noPlan));
  else {
    const p = plan.summary;
    rows.push(
      kv(s.scenario, plan.scenarioName),
      kv(s.planStart, typed('date', plan.params.start)),
      kv(s.finishDate, p.finishDate ? typed('date', p.finishDate) : s.notFinished),
      kv(s.scopeDevices, typed('int', p.scopeDevices)),
      kv(s.fundedDevices, typed('int', p.fundedDevices)),
      kv(s.fundedCost, typed('money', p.fundedCostCents)),
      kv(s.unfundedDevices, typed('int', p.unfundedDevices)),
      kv(s.unfundedCost, typed('money', p.unfundedCostCents)),
      kv(s.totalCap, typed('money', plan.params.budgets.reduce((n, b) => n + b.capCents, 0))),
    );
  }
  if (ctx.ruleSetVersion) rows.push(kv(s.ruleSet, ctx.ruleSetVersion));

  const policies: TableBlock = {
    columns: [
      { header: s.policy, kind: 'text', width: 50 },
      { header: s.jurisdiction, kind: 'text', width: 12 },
      { header: s.version, kind: 'text', width: 14 },
      { header: s.effective, kind: 'date', width: 13 },
      { header: s.citation, kind: 'text', width: 80 },
      { header: s.url, kind: 'text', width: 50 },
    ],
    rows: ctx.policies.filter((p) => p.active).map((p) => [p.name, p.jurisdiction, p.version, p.date, citationText(p.citation), p.citation.url]),
  };
  return [
    { columns: [{ header: s.item, kind: 'text', width: 34 }, { header: s.value, kind: 'text', width: 50 }], rows },
    policies,
  ];
}

export function sourcesTable(ctx: ExportContext, l: ExportLabels): TableBlock {
  const s = l.sources;
  const rows: CellValue[][] = [];
  for (const p of ctx.policies) {
    const base = [p.id, p.name, p.jurisdiction, p.kind === 'binding' ? s.binding : s.guidance, p.version, p.active ? l.yes : l.no];
    rows.push([...base, s.primary, p.citation.title, p.citation.issuer, p.citation.date, p.citation.url]);
    for (const src of p.sources) {
      if (src.url === p.citation.url && src.title === p.citation.title) continue;
      rows.push([...base, s.supporting, src.title, null, null, src.url ?? null]);
    }
  }
  return {
    columns: [
      { header: s.policy, kind: 'text', width: 18 },
      { header: s.name, kind: 'text', width: 50 },
      { header: s.jurisdiction, kind: 'text', width: 12 },
      { header: s.kind, kind: 'text', width: 12 },
      { header: s.version, kind: 'text', width: 14 },
      { header: s.active, kind: 'text', width: 10 },
      { header: s.role, kind: 'text', width: 18 },
      { header: s.title, kind: 'text', width: 70 },
      { header: s.issuer, kind: 'text', width: 40 },
      { header: s.date, kind: 'date', width: 12 },
      { header: s.url, kind: 'text', width: 60 },
    ],
    rows,
  };
}

export function auditTable(ctx: ExportContext, l: ExportLabels): TableBlock {
  const a = l.audit;
  return {
    columns: [
      { header: a.at, kind: 'datetime', width: 17 },
      { header: a.user, kind: 'text', width: 14, repeats: true },
      { header: a.action, kind: 'text', width: 22, repeats: true },
      { header: a.entity, kind: 'text', width: 12, repeats: true },
      { header: a.entityId, kind: 'int', width: 10 },
      { header: a.oldValue, kind: 'text', width: 30 },
      { header: a.newValue, kind: 'text', width: 30 },
      { header: a.reason, kind: 'text', width: 50 },
    ],
    rows: ctx.audit.map((e) => [e.at, e.user, e.action, e.entity, e.entityId, e.oldValue, e.newValue, e.reason]),
  };
}

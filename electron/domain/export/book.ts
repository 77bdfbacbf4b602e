// Which sheets each report holds, in order.
import type { ExportContext } from './context';
import { restrictedTable, reviewTable } from './device-sheets';
import { inventoryTable } from './inventory';
import { exportLabels, type ExportLang } from './labels';
import { budgetTable, planTable } from './plan-sheets';
import { redactedFiscalYearTable, redactedSummaryTable } from './redacted';
import { auditTable, sourcesTable, summaryTables } from './summary';
import type { SheetSpec } from './table';

/** The plan workbook: everything a manager forwards and an auditor checks. */
export function fullWorkbook(ctx: ExportContext, lang: ExportLang): SheetSpec[] {
  const l = exportLabels(lang);
  const n = l.sheets;
  return [
    { name: n.summary, blocks: summaryTables(ctx, l) },
    { name: n.budget, blocks: [budgetTable(ctx, l)] },
    { name: n.plan, blocks: [planTable(ctx, l)] },
    { name: n.restricted, blocks: [restrictedTable(ctx.devices, l)] },
    { name: n.review, blocks: [reviewTable(ctx.devices, l)] },
    { name: n.inventory, blocks: [inventoryTable(ctx.devices, l)] },
    { name: n.sources, blocks: [sourcesTable(ctx, l)] },
    { name: n.audit, blocks: [auditTable(ctx, l)] },
  ];
}

/** The redacted summary: aggregates only, plus the public sources. */
export function redactedWorkbook(ctx: ExportContext, lang: ExportLang): SheetSpec[] {
  const l = exportLabels(lang);
  return [
    { name: l.sheets.summary, blocks: [redactedSummaryTable(ctx, l)] },
    { name: l.sheets.byFiscalYear, blocks: [redactedFiscalYearTable(ctx, l)] },
    { name: l.sheets.sources, blocks: [sourcesTable(ctx, l)] },
  ];
}

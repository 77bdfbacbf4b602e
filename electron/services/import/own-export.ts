// The planner's own exports, recognised on re-import. Its Inventory sheet adds
// two columns the planner derives itself (restriction status and company, from
// the tagging rules): they are dropped rather than kept as extra attributes, so
// a round trip stores exactly what the register had. Its plan workbook holds
// derived sheets (summary, budget, plan, review queue…) next to Inventory: only
// Inventory is read.
import { EXPORT_LABELS } from '../../domain/export/labels';
import { headerKey } from './fields';

const LABELS = Object.values(EXPORT_LABELS);

/** "Restriction status" / "Statut de restriction": the mark of the planner's Inventory sheet. */
const STATUS_KEYS = new Set(LABELS.map((l) => headerKey(l.inventory.status)));
const DERIVED_KEYS = new Set(LABELS.flatMap((l) => [l.inventory.status, l.inventory.company].map(headerKey)));

/**
 * Folded keys of the derived columns to drop from this header row: only when
 * the row carries the planner's restriction-status column, so a register's own
 * "Company" column is never dropped.
 */
export function derivedColumnKeys(headers: readonly string[]): Set<string> {
  const keys = headers.map(headerKey);
  return keys.some((k) => STATUS_KEYS.has(k)) ? new Set(keys.filter((k) => DERIVED_KEYS.has(k))) : new Set();
}

export const DERIVED_SHEET_REASON = 'the planner derives this sheet from the Inventory sheet of its own export, so only Inventory is read';

/**
 * The derived sheets of a plan workbook the planner exported (EN or FR):
 * recognised when the workbook has the Inventory sheet and at least two of the
 * derived sheets under the same language's names. Empty for any other workbook.
 */
export function derivedSheetsOfOwnWorkbook(sheetNames: readonly string[]): Set<string> {
  const names = new Set(sheetNames);
  for (const l of LABELS) {
    if (!names.has(l.sheets.inventory)) continue;
    const s = l.sheets;
    const derived = [s.summary, s.budget, s.plan, s.restricted, s.review, s.sources, s.audit, s.byFiscalYear].filter((n) => names.has(n));
    if (derived.length >= 2) return new Set(derived);
  }
  return new Set();
}

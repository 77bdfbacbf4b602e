// The plan workbook, opened with SheetJS as Excel would: the sheets, their
// headers, cell types, number formats, filters, and figures matching the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as XLSX from 'xlsx';
import type { Db } from '../../../db/open';
import { listDevices } from '../../../db/queries/devices';
import { listPlanItems } from '../../../db/queries/plan';
import { getPlan } from '../../../electron/services/plan';
import { buildExport } from '../../../electron/services/export';
import { BUDGETS, cellsOf, planDb, readBook, rowsOf } from './export-fixtures';

let db: Db;
let book: XLSX.WorkBook;
let frBook: XLSX.WorkBook;

beforeAll(() => {
  db = planDb();
  book = readBook(buildExport(db, 'Sample plan', { redacted: false, csv: false, lang: 'en', exportedOn: '2026-05-04' }).bytes);
  frBook = readBook(buildExport(db, 'Sample plan', { redacted: false, csv: false, lang: 'fr', exportedOn: '2026-05-04' }).bytes);
});
afterAll(() => db.close());

const trimEnd = (row: unknown[]) => row.slice(0, row.findLastIndex((v) => v !== null) + 1);
const find = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);

describe('the plan workbook', () => {
  it('holds the eight sheets, named in the chosen language', () => {
    expect(book.SheetNames).toEqual(['Summary', 'Budget by fiscal year', 'Plan', 'Restricted devices', 'Review queue', 'Inventory', 'Sources', 'Audit log']);
    expect(frBook.SheetNames).toEqual(['Résumé', 'Budget par exercice', 'Plan', 'Appareils restreints', 'À examiner', 'Inventaire', 'Sources', 'Journal d’audit']);
  });

  it('puts each table’s header in row 1 with an autofilter over it and sets every column width', () => {
    for (const name of book.SheetNames) {
      const ws = book.Sheets[name];
      const header = trimEnd(rowsOf(ws)[0]);
      expect(header.every((h) => typeof h === 'string' && h.length > 0), name).toBe(true);
      expect(ws['!autofilter']?.ref, name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws['!cols']?.length, name).toBeGreaterThanOrEqual(header.length);
      expect(ws['!cols']!.every((c) => (c.wch ?? c.width ?? 0) > 0), name).toBe(true);
    }
  });

  it('never writes a formula, and every string is a text cell', () => {
    for (const name of book.SheetNames) {
      for (const { cell } of cellsOf(book.Sheets[name])) {
        expect(cell.f, name).toBeUndefined();
        expect(['s', 'n'], name).toContain(cell.t);
        if (typeof cell.v === 'string') expect(cell.t).toBe('s');
      }
    }
  });

  it('writes money as CAD currency and dates as real dates', () => {
    const ws = book.Sheets['Budget by fiscal year'];
    const money = cellsOf(ws).filter(({ r, c }) => r === 1 && c >= 1 && c <= 9);
    expect(money.length).toBeGreaterThan(0);
    for (const { cell } of money) {
      expect(cell.t).toBe('n');
      expect(cell.z).toBe('"$"#,##0.00;-"$"#,##0.00');
    }
    const inv = book.Sheets.Inventory;
    const header = rowsOf(inv)[0];
    const dateCol = header.indexOf('Install date');
    const dates = cellsOf(inv).filter(({ r, c }) => r > 0 && c === dateCol);
    expect(dates.length).toBeGreaterThan(500);
    for (const { cell } of dates) {
      expect(cell.t).toBe('n');
      expect(cell.z).toBe('yyyy-mm-dd');
    }
    // Sample device 1's install date, as Excel serial: check one against the database.
    const first = listDevices(db, { limit: 1 }).rows[0];
    const serial = dates.find(({ r }) => r === 1)!.cell.v as number;
    expect(new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10)).toBe(first.installDate);
    const fr = cellsOf(frBook.Sheets['Budget par exercice']).find(({ r, c }) => r === 1 && c === 1)!;
    expect(fr.cell.z).toBe('#,##0.00 "$";-#,##0.00 "$"');
  });

  it('gives the budget per fiscal year with caps, headroom and totals matching the plan to the cent', () => {
    const view = getPlan(db);
    const rows = rowsOf(book.Sheets['Budget by fiscal year']);
    expect(rows[0]).toEqual(['Fiscal year', 'Budget cap', 'Hardware', 'Labour', 'Licences', 'Disposal', 'Escalation', 'Contingency', 'Total spend', 'Headroom', 'Devices replaced', 'Restricted left at year end', 'Cumulative spend']);
    for (const y of view.summary!.byFiscalYear) {
      const row = find(rows, y.fy)!;
      expect(row[1]).toBe(y.capCents / 100);
      expect(Math.round((row[8] as number) * 100)).toBe(y.spend.totalCents);
      expect(Math.round((row[9] as number) * 100)).toBe(y.capCents - y.spend.totalCents);
      expect(row[10]).toBe(y.devices);
    }
    const total = find(rows, 'Total')!;
    expect(Math.round((total[1] as number) * 100)).toBe(BUDGETS.reduce((n, b) => n + b.capCents, 0));
    const backlog = find(rows, 'Unfunded backlog')!;
    expect(view.summary!.unfundedDevices).toBeGreaterThan(0);
    expect(backlog[10]).toBe(view.summary!.unfundedDevices);
    expect(Math.round((backlog[8] as number) * 100)).toBe(view.summary!.unfundedCostCents);
    // The filter covers the fiscal years only, not the totals under them.
    expect(book.Sheets['Budget by fiscal year']['!autofilter']!.ref).toBe(`A1:M${1 + view.summary!.byFiscalYear.length}`);
  });

  it('lists every plan item by phase, site and month with its costs', () => {
    const view = getPlan(db);
    const items = listPlanItems(db, view.scenario.id).rows;
    const rows = rowsOf(book.Sheets.Plan);
    expect(rows.length - 1).toBe(items.length);
    const header = rows[0];
    const byId = new Map(rows.slice(1).map((r) => [r[header.indexOf('Device ID')], r]));
    for (const item of items) {
      const row = byId.get(item.deviceId)!;
      expect(row[header.indexOf('Site')]).toBe(item.siteName);
      expect(Math.round((row[header.indexOf('Total cost')] as number) * 100)).toBe(item.cost.totalCents);
      expect(row[header.indexOf('Fiscal year')]).toBe(item.fy ?? 'Unfunded backlog');
    }
    const monthCol = header.indexOf('Month');
    const month = cellsOf(book.Sheets.Plan).find(({ r, c }) => r === 1 && c === monthCol)!;
    expect(month.cell.z).toBe('yyyy-mm');
    const phases = rows.slice(1).map((r) => (r[0] as number | null) ?? Infinity);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });

  it('lists restricted devices with their evidence as text and the policy citation', () => {
    const restricted = listDevices(db, { status: 'restricted', limit: 1000 });
    const rows = rowsOf(book.Sheets['Restricted devices']);
    expect(rows.length - 1).toBe(restricted.total);
    const header = rows[0];
    const evidence = rows[1][header.indexOf('Evidence')] as string;
    const citations = rows[1][header.indexOf('Citations')] as string;
    expect(evidence.length).toBeGreaterThan(10);
    expect(citations).toMatch(/https:\/\//);
    expect(rows.slice(1).every((r) => typeof r[header.indexOf('Citations')] === 'string')).toBe(true);
  });

  it('puts every review device in the review queue', () => {
    const review = listDevices(db, { status: 'review', limit: 1 }).total;
    expect(rowsOf(book.Sheets['Review queue']).length - 1).toBe(review);
  });

  it('summarises the plan with KPIs and the active policies’ versions and citations', () => {
    const rows = rowsOf(book.Sheets.Summary);
    expect(find(rows, 'Plan')?.[1]).toBe('Sample plan');
    const total = listDevices(db, { limit: 1 }).total;
    expect(find(rows, 'Devices')?.[1]).toBe(total);
    const policyHeader = rows.findIndex((r) => r[0] === 'Active policy');
    expect(policyHeader).toBeGreaterThan(0);
    const policy = rows[policyHeader + 1];
    expect(policy[2]).toMatch(/\S/); // version
    expect(String(policy[4])).toMatch(/https:\/\//);
  });

  it('cites every policy with its sources, and carries the audit log', () => {
    const sources = rowsOf(book.Sheets.Sources);
    expect(sources.slice(1).map((r) => r[0])).toContain('ca-federal-2025');
    const audit = rowsOf(book.Sheets['Audit log']);
    expect(audit.some((r) => r[7] === '=cmd|" /C calc"!A0')).toBe(true);
  });
});

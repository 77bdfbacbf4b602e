// A realistic plan to export: the sample (12 sites, ~600 tagged devices), a
// three-year budget that runs short (so there is an unfunded backlog), and a
// device whose register cells are hostile (formula injection attempts).
import * as XLSX from 'xlsx';
import { openPlanDb, type Db } from '../../../db/open';
import { appendAudit } from '../../../db/queries/audit';
import { prepareInsertDevice } from '../../../db/queries/devices';
import { ensureSite } from '../../../db/queries/sites';
import { runPlan, setPlanParams } from '../../../electron/services/plan';
import { generateSample } from '../../../electron/services/sample';

export const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'] as const;

export const BUDGETS = [
  { fy: '2026-27', capCents: 15_000_000 },
  { fy: '2027-28', capCents: 10_000_000 },
  { fy: '2028-29', capCents: 5_000_000 },
];

export function planDb(opts: { plan?: boolean; hostile?: boolean } = {}): Db {
  const db = openPlanDb(':memory:');
  generateSample(db);
  if (opts.hostile ?? true) addHostileDevice(db);
  appendAudit(db, { user: 'tester', action: 'override', entity: 'device', entityId: 1, oldValue: 'review', newValue: 'clear', reason: '=cmd|" /C calc"!A0' });
  if (opts.plan ?? true) {
    setPlanParams(db, { start: '2026-04-01', budgets: BUDGETS, capacity: 30 });
    runPlan(db);
  }
  return db;
}

/** A Hikvision camera whose free-text cells each try a different injection. */
export function addHostileDevice(db: Db): number {
  const siteId = ensureSite(db, { name: 'Hostile Annex', address: '1 Injection Rd, Ottawa ON' });
  return prepareInsertDevice(db)({
    siteId,
    type: 'camera',
    assetTag: 'HX-1',
    manufacturer: 'Hikvision',
    model: 'DS-2CD2143G2-I',
    serial: HOSTILE[1],
    location: HOSTILE[0],
    notes: HOSTILE[2],
    firmware: HOSTILE[3],
    building: HOSTILE[4],
    extra: { 'Cost centre': HOSTILE[5], Owner: '=1+1', Room: '@A1' },
  });
}

export function readBook(bytes: Buffer): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellNF: true, cellStyles: true, cellDates: false, dense: true });
}

type Dense = { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> };

/** Every cell of a sheet with its address. */
export function cellsOf(ws: XLSX.WorkSheet): Array<{ r: number; c: number; cell: XLSX.CellObject }> {
  const out: Array<{ r: number; c: number; cell: XLSX.CellObject }> = [];
  const data = (ws as Dense)['!data'] ?? [];
  data.forEach((row, r) => row?.forEach((cell, c) => cell && out.push({ r, c, cell })));
  return out;
}

/** The sheet as rows of raw values (header first). */
export function rowsOf(ws: XLSX.WorkSheet): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
}

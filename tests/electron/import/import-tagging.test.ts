// An import tags its new devices as it inserts them (one write per row instead
// of an insert and a re-tag). What it stores must be exactly what a full
// re-tag of the plan gives: after the import, retagAll finds nothing to change,
// with extra jurisdictions switched on, an override that names a device by
// serial when it comes back as a new row, and an import that updates devices.
import { describe, expect, it } from 'vitest';
import { HEADERS, inventoryRows } from '../../../bench/generate';
import { openPlanDb, type Db } from '../../../db/open';
import { setOverride } from '../../../electron/services/overrides';
import { setActivePolicies } from '../../../electron/services/policies';
import { importParsed } from '../../../electron/services/import/service';
import { undoImport } from '../../../electron/services/import/undo';
import type { Cell, ParsedFile } from '../../../electron/services/import/types';
import { retagAll } from '../../../electron/services/tagging';

const ROWS: Cell[][] = inventoryRows(900, 11).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
const parsedOf = (rows: Cell[][]): ParsedFile => ({
  format: 'csv', encoding: 'utf-8', delimiter: ',', sheets: [{ name: 'Devices', rows: [HEADERS, ...rows], merges: [] }],
});
const statusCounts = (db: Db) =>
  Object.fromEntries((db.prepare('SELECT status, COUNT(*) AS n FROM devices GROUP BY status').raw().all() as Array<[string, number]>));

describe('tagging during an import', () => {
  it('stores the verdict and evidence a full re-tag would, over inserts, an override and updates', () => {
    const db = openPlanDb(':memory:');
    setActivePolicies(db, { enable: ['us-fcc-covered', 'uk-2022'] }, 't');
    // A first, small import; one of its restricted devices is overridden to clear.
    const report1 = importParsed({ db, user: 't' }, parsedOf(ROWS.slice(0, 100)), 'first.csv', { acceptSkips: true }, 'h1');
    expect(retagAll(db).changed).toBe(0);
    const target = db.prepare("SELECT id, serial FROM devices WHERE status = 'restricted' AND serial IS NOT NULL ORDER BY id LIMIT 1").get() as { id: number; serial: string };
    setOverride(db, { deviceId: target.id, status: 'clear', reason: 'replaced on site', user: 't' });

    // The overridden device's import undone, then the whole register imported: the device comes back as a new
    // row, and the override that names its serial applies to it at once.
    undoImport(db, report1.importId!, 't');
    expect(db.prepare('SELECT COUNT(*) FROM devices WHERE serial = ?').pluck().get(target.serial)).toBe(0);
    const report2 = importParsed({ db, user: 't' }, parsedOf(ROWS), 'all.csv', { acceptSkips: true }, 'h2');
    expect(report2.imported).toBeGreaterThan(800);
    expect(db.prepare('SELECT status, override_status FROM devices WHERE serial = ?').get(target.serial)).toEqual({ status: 'clear', override_status: 'clear' });
    const counts = statusCounts(db);
    expect(counts.restricted).toBeGreaterThan(50);
    expect(counts.clear).toBeGreaterThan(50);
    expect(retagAll(db).changed).toBe(0);

    // The register again, the maker of its first 100 rows now read as Hikvision: matched, updated, verdicts changed.
    const maker = HEADERS.indexOf('Manufacturer');
    const relabelled = ROWS.map((r, i) => (i < 100 ? r.map((c, k) => (k === maker ? 'Hikvision' : c)) : r));
    const report3 = importParsed({ db, user: 't' }, parsedOf(relabelled), 'relabelled.csv', { acceptSkips: true }, 'h3');
    expect(report3.updated).toBeGreaterThan(20);
    expect(retagAll(db).changed).toBe(0);
  });
});

// A large import indexes its new devices for search in one statement (the
// per-row trigger suspended inside the transaction). The index it builds must
// be exactly what the trigger builds, the trigger must be back afterwards, and
// a rolled-back import must leave the trigger in place.
import { describe, expect, it } from 'vitest';
import { HEADERS, inventoryRows } from '../../../bench/generate';
import { openPlanDb, type Db } from '../../../db/open';
import { listDevices } from '../../../db/queries/devices';
import { BULK_INDEX_MIN_ROWS, suspendSearchIndexForBulkChange, suspendSearchIndexing } from '../../../electron/services/import/bulk-search-index';
import { importParsed } from '../../../electron/services/import/service';
import { undoImport } from '../../../electron/services/import/undo';
import type { Cell, ParsedFile } from '../../../electron/services/import/types';

const ROWS: Cell[][] = inventoryRows(1200, 7).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));

const parsedOf = (rows: Cell[][]): ParsedFile => ({
  format: 'csv', encoding: 'utf-8', delimiter: ',', sheets: [{ name: 'Devices', rows: [HEADERS, ...rows], merges: [] }],
});

/** Every trigram the index holds, with the device and position it came from (the index keeps no copy of the text). */
const ftsRows = (db: Db) => {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, 'devices_fts', 'instance')");
  return db.prepare('SELECT doc, term, offset FROM temp.fts_terms ORDER BY doc, offset, term').raw().all();
};
const searchIds = (db: Db, q: string) => listDevices(db, { search: q, limit: 5000 }).rows.map((r) => r.id);
const allTriggers = (db: Db) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'devices_fts_%' ORDER BY name").raw().all();
const hasTrigger = (db: Db) => db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'devices_fts_insert'").pluck().get() === 1;

describe('bulk search indexing of a large import', () => {
  it('builds the same search index as the per-row trigger, and restores the trigger', () => {
    const bulk = openPlanDb(':memory:');
    importParsed({ db: bulk, user: 't' }, parsedOf(ROWS), 'big.csv', { acceptSkips: true }, 'h1');
    const perRow = openPlanDb(':memory:');
    const chunk = BULK_INDEX_MIN_ROWS - 100; // under the threshold: the trigger indexes each row
    for (let i = 0; i < ROWS.length; i += chunk) {
      importParsed({ db: perRow, user: 't' }, parsedOf(ROWS.slice(i, i + chunk)), `part-${i}.csv`, { acceptSkips: true }, `h${i}`);
    }
    const count = bulk.prepare('SELECT COUNT(*) FROM devices').pluck().get() as number;
    expect(count).toBeGreaterThan(BULK_INDEX_MIN_ROWS);
    expect(perRow.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(count);
    expect(ftsRows(bulk)).toEqual(ftsRows(perRow));
    expect(hasTrigger(bulk)).toBe(true);

    // A device added after the import is indexed by the restored trigger.
    bulk.prepare("INSERT INTO devices (type, serial) VALUES ('camera', 'ZZ-AFTER-IMPORT-1')").run();
    expect(listDevices(bulk, { search: 'after-import' }).total).toBe(1);
    // And an imported device is found by a MAC fragment.
    const mac = bulk.prepare('SELECT mac FROM devices WHERE mac IS NOT NULL ORDER BY id DESC LIMIT 1').pluck().get() as string;
    expect(listDevices(bulk, { search: mac.replace(/:/g, '').slice(6) }).rows.map((r) => r.mac)).toContain(mac);
  });

  it('a rolled-back import leaves the trigger and the index as they were', () => {
    const db = openPlanDb(':memory:');
    importParsed({ db, user: 't' }, parsedOf(ROWS.slice(0, 50)), 'small.csv', {}, 'h');
    const before = ftsRows(db);
    expect(() =>
      db.transaction(() => {
        suspendSearchIndexing(db, 10_000);
        db.prepare("INSERT INTO devices (type, serial) VALUES ('camera', 'ROLLED-BACK')").run();
        throw new Error('write failed half-way');
      })(),
    ).toThrow('write failed half-way');
    expect(hasTrigger(db)).toBe(true);
    expect(ftsRows(db)).toEqual(before);
  });

  it('undoing a large import rebuilds the index to what the triggers would have left, and restores the triggers', () => {
    const small = parsedOf(ROWS.slice(0, 50));
    const large = parsedOf(ROWS.slice(50));
    const undone = openPlanDb(':memory:');
    importParsed({ db: undone, user: 't' }, small, 'small.csv', { acceptSkips: true }, 'h1');
    const big = importParsed({ db: undone, user: 't' }, large, 'large.csv', { acceptSkips: true }, 'h2');
    expect(big.imported).toBeGreaterThanOrEqual(BULK_INDEX_MIN_ROWS);
    undoImport(undone, big.importId!, 't');
    const never = openPlanDb(':memory:');
    importParsed({ db: never, user: 't' }, small, 'small.csv', { acceptSkips: true }, 'h1');
    expect(ftsRows(undone)).toEqual(ftsRows(never));
    expect(allTriggers(undone)).toEqual(allTriggers(never));
    // The restored triggers keep indexing.
    undone.prepare("INSERT INTO devices (type, serial) VALUES ('camera', 'ZZ-AFTER-UNDO-1')").run();
    expect(listDevices(undone, { search: 'after-undo' }).total).toBe(1);
  });

  it('a re-import that updates most devices rebuilds the index to what the per-row triggers keep', () => {
    const moved = ROWS.map((r) => r.map((c, i) => (i === HEADERS.indexOf('Location') ? `${String(c)} (moved)` : c)));
    const bulk = openPlanDb(':memory:');
    importParsed({ db: bulk, user: 't' }, parsedOf(ROWS), 'first.csv', { acceptSkips: true }, 'h1');
    const again = importParsed({ db: bulk, user: 't' }, parsedOf(moved), 'again.csv', { acceptSkips: true }, 'h2');
    expect(again.updated).toBeGreaterThanOrEqual(BULK_INDEX_MIN_ROWS);
    const perRow = openPlanDb(':memory:');
    importParsed({ db: perRow, user: 't' }, parsedOf(ROWS), 'first.csv', { acceptSkips: true }, 'h1');
    const chunk = BULK_INDEX_MIN_ROWS - 100; // under the threshold: the triggers update each device
    for (let i = 0; i < moved.length; i += chunk) {
      importParsed({ db: perRow, user: 't' }, parsedOf(moved.slice(i, i + chunk)), `again-${i}.csv`, { acceptSkips: true }, `h${i}`);
    }
    expect(listDevices(bulk, { search: '(moved)' }).total).toBe(again.updated);
    for (const q of ['(moved)', 'lobby', 'fac-', '5a']) expect(searchIds(bulk, q), q).toEqual(searchIds(perRow, q));
    expect(ftsRows(bulk)).toEqual(ftsRows(perRow));
    expect(allTriggers(bulk)).toEqual(allTriggers(perRow));
  });

  it('a small change next to a large plan keeps the triggers; a rolled-back bulk change restores them', () => {
    const db = openPlanDb(':memory:');
    importParsed({ db, user: 't' }, parsedOf(ROWS), 'big.csv', { acceptSkips: true }, 'h');
    const before = allTriggers(db);
    db.transaction(() => {
      suspendSearchIndexForBulkChange(db, 10); // far below a tenth of the plan: nothing is dropped
      expect(allTriggers(db)).toEqual(before);
    })();
    expect(() =>
      db.transaction(() => {
        suspendSearchIndexForBulkChange(db, 10_000);
        expect(allTriggers(db)).toEqual([]);
        throw new Error('undo failed half-way');
      })(),
    ).toThrow('undo failed half-way');
    expect(allTriggers(db)).toEqual(before);
  });
});

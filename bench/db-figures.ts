// Figures measured in the bench process on a plan the import task filled:
// inventory page query, search, export, tagging and planning, each repeated,
// each next to a baseline run in the same process on the same data.
import v8 from 'node:v8';
import vm from 'node:vm';
import * as XLSX from 'xlsx';
import type { Db } from '../db/open';
import { listDevices } from '../db/queries/devices';
import type { DeviceQuery } from '../electron/api/types';
import { buildExport } from '../electron/services/export';
import { WRITE_OPTIONS } from '../electron/services/export/workbook';
import { gatherExport } from '../electron/services/export/gather';
import { fullWorkbook } from '../electron/domain/export/book';
import type { CellKind, CellValue } from '../electron/domain/export/table';
import { runPlan, setPlanParams } from '../electron/services/plan';
import { ouiRegistry, retagAll, ruleSet } from '../electron/services/tagging';

export interface Sample {
  value: number[];
  baseline: number[] | null;
}

const time = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/** Cases of the inventory grid: a filter, a sort and one page of 100 rows (first page and a deep page). */
export const PAGE_CASES: DeviceQuery[] = [
  { status: 'restricted', sort: 'site', limit: 100 },
  { type: 'camera', sort: 'installDate', desc: true, limit: 100, offset: 50_000 },
  { sort: 'manufacturer', limit: 100, offset: 90_000 },
];

/** Searches as a user types them: a MAC fragment, a model prefix, two words. */
export function searchCases(db: Db): DeviceQuery[] {
  const mac = (db.prepare('SELECT mac FROM devices WHERE mac IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(count(db) / 2)) as { mac: string } | undefined)?.mac ?? '00:00:00:00:00:00';
  return [
    { search: mac.replace(/:/g, '').slice(6), limit: 100 },
    { search: 'DS-2CD', sort: 'site', limit: 100 },
    { search: 'lobby axis', limit: 100 },
  ];
}

export const count = (db: Db) => (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;

/** The slowest case of one round (ms): a page must be fast whichever the user asks for. */
function slowestOf(db: Db, cases: DeviceQuery[]): number {
  return Math.max(...cases.map((q) => time(() => listDevices(db, q))));
}

export function measureQueries(db: Db, reps: number): { page: Sample; search: Sample } {
  const searches = searchCases(db);
  slowestOf(db, PAGE_CASES); // warm the page cache and statement compilation once, as a running app would be
  slowestOf(db, searches);
  const page: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < reps; i++) {
    page.push(slowestOf(db, PAGE_CASES));
    search.push(slowestOf(db, searches));
  }
  return { page: { value: page, baseline: null }, search: { value: search, baseline: null } };
}

/** A cell value as the type the export writes it: a plain value the baseline's aoa_to_sheet types the same way. */
function sameType(v: CellValue, columnKind: CellKind | undefined): unknown {
  const kind = v !== null && typeof v === 'object' ? v.kind : columnKind;
  const value = v !== null && typeof v === 'object' ? v.value : v;
  if ((kind === 'date' || kind === 'month' || kind === 'datetime') && typeof value === 'string' && /^\d{4}-\d{2}/.test(value)) {
    // A date cell as the export writes one: a serial number with a date format (a cell object, which
    // aoa_to_sheet takes as it is; a Date would also make it format the text of every date).
    const ms = Date.parse(value.length === 7 ? `${value}-01T00:00:00Z` : value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(ms) ? value : { t: 'n', v: ms / 86_400_000 + 25_569, z: 'yyyy-mm-dd' };
  }
  if (kind === 'money' && typeof value === 'number') return value / 100;
  return value;
}

/**
 * Export of the full report workbook (gather from the plan, build every sheet,
 * write) ÷ a bare SheetJS write of the same rows: every table of the export's
 * sheets (inventory, restricted devices, review queue, ...), written with
 * aoa_to_sheet and the export's WRITE_OPTIONS.
 *
 * Each side starts from a collected heap holding only its own input: the
 * baseline's cells are built (untimed) for its run and dropped before the
 * export's. In the app an export runs in a fresh worker thread
 * (export-thread.ts), so a heap still full of the baseline's 200,000 rows,
 * which every collection during the export would trace, is a cost no user
 * pays (measured: +0.3-0.5 s, the export ratio 1.11-1.17 -> 1.24-1.31).
 */
export function measureExport(db: Db, reps: number): Sample & { bytes: number } {
  const value: number[] = [];
  const baseline: number[] = [];
  let bytes = 0;
  for (let i = 0; i < reps; i++) {
    let sheets: BaselineSheet[] | null = baselineSheets(db);
    collectGarbage();
    const input = sheets;
    baseline.push(
      time(() => {
        const wb = XLSX.utils.book_new();
        for (const sh of input) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(sh.aoa, { dense: true }), sh.name);
        XLSX.write(wb, WRITE_OPTIONS);
      }),
    );
    sheets = null;
    collectGarbage();
    value.push(time(() => (bytes = buildExport(db, 'Bench plan', { redacted: false, csv: false, lang: 'en', exportedOn: '2026-04-01' }).bytes.length)));
  }
  return { value, baseline, bytes };
}

interface BaselineSheet {
  name: string;
  aoa: unknown[][];
}

/**
 * The same cells the export writes, sheet by sheet (headers and rows of every table), of the same types: text as
 * text, numbers as numbers (money in dollars), dates as date serials with a date format, as the export writes them
 * (dates written as text would spare the baseline SheetJS's work on date cells).
 */
function baselineSheets(db: Db): BaselineSheet[] {
  const specs = fullWorkbook(gatherExport(db, { planName: 'Bench plan', exportedOn: '2026-04-01' }), 'en');
  return specs.map((spec) => ({
    name: spec.name,
    aoa: spec.blocks.flatMap((b) => {
      const kinds = b.columns.map((c) => c.kind);
      return [b.columns.map((c) => c.header), ...[...b.rows, ...(b.footer ?? [])].map((r) => r.map((v, c) => sameType(v, kinds[c]))), []];
    }),
  }));
}

/**
 * A full garbage collection. Timed runs start from a collected heap, as they would in the app's worker threads,
 * rather than paying for the garbage of whatever ran before them.
 */
export const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

/**
 * Copy what earlier steps wrote from the WAL into the plan file before a timed run, as the app's checkpoint
 * thread does within a second of any change (electron/services/checkpoints.ts): back-to-back runs would
 * otherwise time the thread copying the previous run's pages alongside the run itself. Then a full collection, so
 * the run does not pay for the previous one's garbage.
 */
function settle(db: Db): void {
  db.pragma('wal_checkpoint(FULL)');
  collectGarbage();
}

/**
 * Tagging every device from scratch (evidence cleared first, outside the
 * timing, so every row is evaluated and rewritten) ÷ bare better-sqlite3:
 * read the same columns of every row and update one column of each, in one
 * transaction.
 */
export function measureTagging(db: Db, reps: number): Sample {
  const value: number[] = [];
  const baseline: number[] = [];
  const select = db.prepare('SELECT id, manufacturer, model, serial, mac, source_tool, extra, status, company, evidence, override_status FROM devices ORDER BY id');
  const touch = db.prepare('UPDATE devices SET evidence = ? WHERE id = ?');
  // The rule set and the OUI registry load once per process (the app has them by the time a user re-tags).
  ruleSet();
  ouiRegistry();
  const reset = () => {
    db.exec(`UPDATE devices SET evidence = '[]', company = NULL, status = 'review'`);
    settle(db);
  };
  for (let i = 0; i < reps; i++) {
    reset();
    baseline.push(
      time(() =>
        db.transaction(() => {
          for (const r of select.all() as Array<{ id: number; evidence: string }>) touch.run(`[{"n":${r.id}}]`, r.id);
        })(),
      ),
    );
    reset();
    value.push(time(() => retagAll(db)));
  }
  return { value, baseline };
}

/**
 * Planning with every device restricted (the worst case: all of them to
 * schedule), three fiscal years of budget, over the imported sites.
 */
export function measurePlanning(db: Db, reps: number): Sample & { items: number } {
  db.exec(`UPDATE devices SET status = 'restricted'`);
  setPlanParams(db, {
    start: '2026-04-01',
    capacity: 2000,
    budgets: [
      { fy: '2026-27', capCents: 30_000_000_00 },
      { fy: '2027-28', capCents: 40_000_000_00 },
      { fy: '2028-29', capCents: 20_000_000_00 },
    ],
  });
  const value: number[] = [];
  let items = 0;
  for (let i = 0; i < reps; i++) {
    settle(db);
    value.push(time(() => (items = runPlan(db).items.length)));
  }
  return { value, baseline: null, items };
}

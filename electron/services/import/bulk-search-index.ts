// Large imports index their new devices for search in one statement instead of
// one trigger call per row: measured on a 2-core machine, 30,000 inserts took
// 14-21 s with the per-row FTS5 trigger and 4-6 s with the trigger suspended
// and the rows indexed afterwards (bench/, issue 10). Large undos rebuild the
// index instead of removing devices from it one by one. Both must run inside
// the change's transaction: a rollback restores the triggers with everything else.
import type { Db } from '../../../db/open';
import { searchTextSql } from '../../../db/migrations/0070-lighter-search-index';

/** Below this many inserts the per-row trigger is as fast and nothing is changed. */
export const BULK_INDEX_MIN_ROWS = 500;

/**
 * Suspends the devices_fts insert trigger when `inserts` is large; returns the
 * function that indexes every device inserted since, and restores the trigger.
 */
export function suspendSearchIndexing(db: Db, inserts: number): () => void {
  if (inserts < BULK_INDEX_MIN_ROWS) return () => {};
  const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'devices_fts_insert'").pluck().get() as string | undefined;
  if (!trigger) return () => {}; // a plan without the search index (older schema): nothing to suspend
  // INTEGER PRIMARY KEY without AUTOINCREMENT: new rows take ids above the current maximum.
  const firstNewId = ((db.prepare('SELECT MAX(id) FROM devices').pluck().get() as number | null) ?? 0) + 1;
  db.exec('DROP TRIGGER devices_fts_insert');
  return () => {
    db.prepare(`INSERT INTO devices_fts (rowid, body) SELECT d.id, ${searchTextSql('d')} FROM devices d WHERE d.id >= ?`).run(firstNewId);
    db.exec(trigger);
  };
}

/** The search index's triggers, as suspendSearchIndexForBulkChange restores them. */
const SEARCH_TRIGGERS = ['devices_fts_insert', 'devices_fts_delete', 'devices_fts_update'];

/**
 * For a change that removes or rewrites `touched` devices of the plan (an undo, a re-import that updates them):
 * when indexing every device afresh is cheaper than one index update per touched device, drops the search
 * index's triggers and returns
 * the function that rebuilds the index from the devices as they then are and restores the triggers. Measured
 * on a 2-core machine: removing or re-indexing one device costs ~0.2 ms, indexing one afresh ~0.02 ms, so
 * undoing a 100,000-device import went from ~32 s to a rebuild of whatever is left. Inside the transaction.
 */
export function suspendSearchIndexForBulkChange(db: Db, touched: number): () => void {
  if (touched < BULK_INDEX_MIN_ROWS) return () => {};
  if (touched * 10 < (db.prepare('SELECT COUNT(*) FROM devices').pluck().get() as number)) return () => {};
  const triggers = SEARCH_TRIGGERS.map((name) => db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as string | undefined);
  if (triggers.some((t) => t === undefined)) return () => {}; // an older schema: leave it to its triggers
  for (const name of SEARCH_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
  return () => {
    db.exec("INSERT INTO devices_fts (devices_fts) VALUES ('delete-all')");
    db.prepare(`INSERT INTO devices_fts (rowid, body) SELECT d.id, ${searchTextSql('d')} FROM devices d`).run();
    for (const sql of triggers) db.exec(sql!);
  };
}

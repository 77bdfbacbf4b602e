// Large imports index their new devices for search in one statement instead of
// one trigger call per row: measured on a 2-core machine, 30,000 inserts took
// 14-21 s with the per-row FTS5 trigger and 4-6 s with the trigger suspended
// and the rows indexed afterwards (bench/, issue 10). Must run inside the
// import's transaction: a rollback restores the trigger with everything else.
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

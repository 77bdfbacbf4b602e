// The undo history: each user command keeps before/after images of every row
// it touched, so undo writes the before images back and redo the after images.
// Images are whole rows or the changed columns; a null image means the row did
// not exist (undoing an insert deletes it, redoing it inserts it again).
// A new command drops the redo stack (commands already undone), as editors do.
import type { Db } from '../open';
import { UserError } from '../errors';

export type CommandKind = 'edit' | 'bulk' | 'override' | 'import';
export type RowImage = Record<string, unknown>;

export interface RowChange {
  table: string;
  id: number;
  before: RowImage | null;
  after: RowImage | null;
}

export interface CommandEntry {
  id: number;
  at: string;
  user: string;
  kind: CommandKind;
  label: string;
  count: number;
  refId: number | null;
  undone: boolean;
}

interface CommandDbRow {
  id: number;
  at: string;
  user: string;
  kind: CommandKind;
  label: string;
  count: number;
  changes: string;
  ref_id: number | null;
  undone: number;
}

const toEntry = (r: CommandDbRow): CommandEntry => ({
  id: r.id,
  at: r.at,
  user: r.user,
  kind: r.kind,
  label: r.label,
  count: r.count,
  refId: r.ref_id,
  undone: r.undone === 1,
});

/** Rows of `table` whose `column` is one of `values`, keyed by id (all columns). */
export function snapshotRows(db: Db, table: string, column: string, values: readonly number[]): Map<number, RowImage> {
  assertColumns(db, table, [column]);
  const out = new Map<number, RowImage>();
  // Chunks stay well under SQLite's bound-parameter limit.
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT * FROM "${table}" WHERE "${column}" IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as RowImage[];
    for (const r of rows) out.set(Number(r.id), r);
  }
  return out;
}

/** The changes between two snapshots of one table, keeping only the columns that differ. */
export function diffSnapshots(table: string, before: Map<number, RowImage>, after: Map<number, RowImage>): RowChange[] {
  const changes: RowChange[] = [];
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a) {
      changes.push({ table, id, before: b, after: null });
      continue;
    }
    const cb: RowImage = {};
    const ca: RowImage = {};
    for (const k of Object.keys(b)) {
      if (k === 'updated_at') continue; // a timestamp alone is not a change worth undoing
      if (b[k] !== a[k]) {
        cb[k] = b[k];
        ca[k] = a[k];
      }
    }
    if (Object.keys(cb).length) changes.push({ table, id, before: cb, after: ca });
  }
  for (const [id, a] of after) if (!before.has(id)) changes.push({ table, id, before: null, after: a });
  return changes;
}

export function recordCommand(
  db: Db,
  c: { user: string; kind: CommandKind; label: string; count: number; changes: RowChange[]; refId?: number | null },
): number {
  db.prepare('DELETE FROM command_log WHERE undone = 1').run();
  const r = db
    .prepare(
      `INSERT INTO command_log (user, kind, label, count, changes, ref_id)
       VALUES (@user, @kind, @label, @count, @changes, @refId)`,
    )
    .run({ user: c.user, kind: c.kind, label: c.label, count: c.count, changes: JSON.stringify(c.changes), refId: c.refId ?? null });
  return Number(r.lastInsertRowid);
}

/** For the importer: put a committed import on the undo history (undo delegates to import undo). */
export function recordImportCommand(db: Db, c: { user: string; importId: number; label: string; count: number }): number {
  return recordCommand(db, { user: c.user, kind: 'import', label: c.label, count: c.count, changes: [], refId: c.importId });
}

/** An import undone (from either history) leaves the command log: it cannot be redone. */
export function forgetImportCommand(db: Db, importId: number): void {
  db.prepare("DELETE FROM command_log WHERE kind = 'import' AND ref_id = ?").run(importId);
}

export function listCommands(db: Db, limit = 50): CommandEntry[] {
  return (db.prepare('SELECT * FROM command_log ORDER BY id DESC LIMIT ?').all(limit) as CommandDbRow[]).map(toEntry);
}

/** What an undo (or a redo) would take on, without reading its changes (a bulk edit's can be megabytes). */
export function peekCommand(db: Db, side: 'undo' | 'redo'): { kind: CommandKind; count: number } | null {
  const sql = side === 'undo'
    ? 'SELECT kind, count FROM command_log WHERE undone = 0 ORDER BY id DESC LIMIT 1'
    : 'SELECT kind, count FROM command_log WHERE undone = 1 ORDER BY id ASC LIMIT 1';
  return (db.prepare(sql).get() as { kind: CommandKind; count: number } | undefined) ?? null;
}

/** The command an undo would revert: the newest not yet undone. */
export function nextUndo(db: Db): (CommandEntry & { changes: RowChange[] }) | null {
  const r = db.prepare('SELECT * FROM command_log WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as CommandDbRow | undefined;
  return r ? { ...toEntry(r), changes: JSON.parse(r.changes) as RowChange[] } : null;
}

/** The command a redo would replay: the oldest undone. */
export function nextRedo(db: Db): (CommandEntry & { changes: RowChange[] }) | null {
  const r = db.prepare('SELECT * FROM command_log WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as CommandDbRow | undefined;
  return r ? { ...toEntry(r), changes: JSON.parse(r.changes) as RowChange[] } : null;
}

export function markUndone(db: Db, id: number, undone: boolean): void {
  db.prepare('UPDATE command_log SET undone = ? WHERE id = ?').run(undone ? 1 : 0, id);
}

/**
 * Write one side of each change back. Applied in reverse order for undo so a
 * row inserted then updated is handled last-first.
 */
export function applyImages(db: Db, changes: readonly RowChange[], side: 'before' | 'after'): void {
  const list = side === 'before' ? [...changes].reverse() : changes;
  for (const c of list) {
    const image = c[side];
    const exists = db.prepare(`SELECT 1 FROM "${checkedTable(db, c.table)}" WHERE id = ?`).get(c.id) !== undefined;
    if (image === null) {
      if (exists) db.prepare(`DELETE FROM "${c.table}" WHERE id = ?`).run(c.id);
      continue;
    }
    const cols = Object.keys(image).filter((k) => k !== 'id');
    assertColumns(db, c.table, cols);
    const values = cols.map((k) => image[k]);
    if (exists) {
      if (cols.length === 0) continue;
      db.prepare(`UPDATE "${c.table}" SET ${cols.map((k) => `"${k}" = ?`).join(', ')} WHERE id = ?`).run(...values, c.id);
    } else {
      db.prepare(
        `INSERT INTO "${c.table}" (id${cols.map((k) => `, "${k}"`).join('')}) VALUES (?${cols.map(() => ', ?').join('')})`,
      ).run(c.id, ...values);
    }
  }
}

// Table and column names come from our own stored JSON, but a plan file is
// user data: check them against the schema before they reach SQL text.
function checkedTable(db: Db, table: string): string {
  const found = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!found) throw new UserError('HISTORY_BROKEN', `The undo history refers to a table (${table}) this plan does not have; the step cannot be undone.`);
  return table;
}

function assertColumns(db: Db, table: string, cols: readonly string[]): void {
  checkedTable(db, table);
  const known = new Set((db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name));
  for (const c of cols) {
    if (!known.has(c)) throw new UserError('HISTORY_BROKEN', `The undo history refers to a column (${table}.${c}) this plan does not have; the step cannot be undone.`);
  }
}

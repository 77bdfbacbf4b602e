// Import history, per-device change records (for undo) and saved mappings.
import type { ImportHistoryEntry } from '../../electron/api/import-types';
import type { Db } from '../open';

export interface NewImport {
  fileName: string;
  fileHash: string | null;
  format: string;
  user: string;
  details: unknown;
}

export function createImport(db: Db, i: NewImport): number {
  const r = db
    .prepare('INSERT INTO imports (file_name, file_hash, format, user, details) VALUES (?, ?, ?, ?, ?)')
    .run(i.fileName, i.fileHash, i.format, i.user, JSON.stringify(i.details));
  return Number(r.lastInsertRowid);
}

export function setImportCounts(db: Db, id: number, c: { inserted: number; updated: number; unchanged: number; skipped: number }): void {
  db.prepare('UPDATE imports SET inserted = @inserted, updated = @updated, unchanged = @unchanged, skipped = @skipped WHERE id = @id').run({ ...c, id });
}

/** A prepared statement recording one change; reuse it across a batch. */
export function prepareRecordChange(db: Db): (importId: number, entity: 'device' | 'site', entityId: number, action: 'insert' | 'update', before: string | null) => void {
  const stmt = db.prepare('INSERT INTO import_changes (import_id, entity, entity_id, action, before) VALUES (?, ?, ?, ?, ?)');
  return (importId, entity, entityId, action, before) => void stmt.run(importId, entity, entityId, action, before);
}

interface ImportDbRow {
  id: number;
  file_name: string;
  format: string | null;
  started_at: string;
  user: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  undone_at: string | null;
}

const toEntry = (r: ImportDbRow): ImportHistoryEntry => ({
  id: r.id,
  fileName: r.file_name,
  format: r.format,
  startedAt: r.started_at,
  user: r.user,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  skipped: r.skipped,
  undoneAt: r.undone_at,
});

export function listImports(db: Db, limit = 200): ImportHistoryEntry[] {
  return (db.prepare('SELECT * FROM imports ORDER BY id DESC LIMIT ?').all(limit) as ImportDbRow[]).map(toEntry);
}

export function getImport(db: Db, id: number): ImportHistoryEntry | undefined {
  const r = db.prepare('SELECT * FROM imports WHERE id = ?').get(id) as ImportDbRow | undefined;
  return r && toEntry(r);
}

export interface ChangeRow {
  entity: 'device' | 'site';
  entity_id: number;
  action: 'insert' | 'update';
  before: string | null;
}

export function changesOf(db: Db, importId: number): ChangeRow[] {
  return db.prepare('SELECT entity, entity_id, action, before FROM import_changes WHERE import_id = ? ORDER BY id DESC').all(importId) as ChangeRow[];
}

/** Later imports, not undone, that touched a device this import touched. */
export function laterImportsTouching(db: Db, importId: number): number[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT later.import_id AS id FROM import_changes mine
         JOIN import_changes later ON later.entity = mine.entity AND later.entity_id = mine.entity_id AND later.import_id > mine.import_id
         JOIN imports i ON i.id = later.import_id AND i.undone_at IS NULL
         WHERE mine.import_id = ? AND mine.entity = 'device' ORDER BY id`,
      )
      .all(importId) as Array<{ id: number }>
  ).map((r) => r.id);
}

export function markUndone(db: Db, id: number, user: string): void {
  db.prepare("UPDATE imports SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), undone_by = ? WHERE id = ?").run(user, id);
}

export function getSavedMapping(db: Db, signature: string): Record<string, string | null> | null {
  const r = db.prepare('SELECT mapping FROM import_mappings WHERE signature = ?').get(signature) as { mapping: string } | undefined;
  return r ? (JSON.parse(r.mapping) as Record<string, string | null>) : null;
}

export function saveMapping(db: Db, m: { signature: string; headers: string[]; mapping: Record<string, string | null>; sourceTool: string | null }): void {
  db.prepare(
    `INSERT INTO import_mappings (signature, headers, mapping, source_tool) VALUES (?, ?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET headers = excluded.headers, mapping = excluded.mapping, source_tool = excluded.source_tool,
       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`,
  ).run(m.signature, JSON.stringify(m.headers), JSON.stringify(m.mapping), m.sourceTool);
}

/** The keys re-import matches on, for every device: loaded once per import. */
export interface DeviceKeyRow {
  id: number;
  asset_tag: string | null;
  serial: string | null;
  mac: string | null;
  model: string | null;
  location: string | null;
  site_id: number | null;
  site_name: string | null;
}

export function deviceKeys(db: Db): DeviceKeyRow[] {
  return db
    .prepare('SELECT d.id, d.asset_tag, d.serial, d.mac, d.model, d.location, d.site_id, s.name AS site_name FROM devices d LEFT JOIN sites s ON s.id = d.site_id')
    .all() as DeviceKeyRow[];
}

export function prepareDeviceSnapshot(db: Db): (id: number) => Record<string, unknown> | undefined {
  const stmt = db.prepare('SELECT * FROM devices WHERE id = ?');
  return (id) => stmt.get(id) as Record<string, unknown> | undefined;
}

/** Restore a device row from its before-image (only columns that still exist are written). */
export function prepareRestoreDevice(db: Db): (before: Record<string, unknown>) => void {
  const columns = new Set((db.prepare('PRAGMA table_info(devices)').all() as Array<{ name: string }>).map((c) => c.name));
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  return (before) => {
    const cols = Object.keys(before).filter((k) => k !== 'id' && columns.has(k));
    const key = cols.join(',');
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = db.prepare(`UPDATE devices SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`);
      cache.set(key, stmt);
    }
    const params: Record<string, unknown> = { id: before.id };
    for (const c of cols) params[c] = before[c];
    stmt.run(params);
  };
}

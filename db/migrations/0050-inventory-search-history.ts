import type { Migration } from './types';

/**
 * The text a device is found by, as one SQL expression over a `devices` row
 * (`r.` is NEW or the table alias). Fields are joined with ' | ' so a search
 * term never matches across two fields. The MAC also appears as bare hex, so
 * "5a98", "5A:98" and "5a-98" all find BC:AD:28:11:5A:98.
 */
export function searchTextSql(r: string): string {
  const mac = `coalesce(${r}.mac, '') || ' ' || coalesce(${r}.mac_raw, '')`;
  const hex = `replace(replace(replace(replace(upper(${mac}), ':', ''), '-', ''), '.', ''), ' ', ' | ')`;
  return [
    `coalesce(${r}.manufacturer, '')`,
    `coalesce(${r}.model, '')`,
    `coalesce(${r}.serial, '')`,
    `coalesce(${r}.location, '')`,
    `coalesce(${r}.building, '')`,
    `coalesce(${r}.asset_tag, '')`,
    `coalesce(${r}.ip, '')`,
    mac,
    hex,
  ].join(` || ' | ' || `);
}

// Inventory search and the undo history.
// - devices_fts: an FTS5 trigram index (substring search, case-insensitive)
//   over maker, model, serial, location, building, asset tag, IP and MAC, kept
//   in step by triggers. A 100,000-device plan answers a substring search in a
//   few milliseconds instead of scanning every row.
// - Indexes for the grid's sortable columns.
// - command_log: one row per user command (edit, bulk edit, override, import)
//   with before/after images of every row it changed, for undo and redo.
export const migration0050: Migration = {
  version: 50,
  name: 'inventory-search-history',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE devices_fts USING fts5(body, tokenize = 'trigram');
      INSERT INTO devices_fts (rowid, body) SELECT d.id, ${searchTextSql('d')} FROM devices d;

      CREATE TRIGGER devices_fts_insert AFTER INSERT ON devices BEGIN
        INSERT INTO devices_fts (rowid, body) VALUES (NEW.id, ${searchTextSql('NEW')});
      END;
      CREATE TRIGGER devices_fts_delete AFTER DELETE ON devices BEGIN
        DELETE FROM devices_fts WHERE rowid = OLD.id;
      END;
      CREATE TRIGGER devices_fts_update AFTER UPDATE OF manufacturer, model, serial, location, building, asset_tag, ip, mac, mac_raw
      ON devices BEGIN
        UPDATE devices_fts SET body = ${searchTextSql('NEW')} WHERE rowid = NEW.id;
      END;

      CREATE INDEX devices_manufacturer ON devices(manufacturer);
      CREATE INDEX devices_model ON devices(model);
      CREATE INDEX devices_install_date ON devices(install_date);
      CREATE INDEX devices_company ON devices(company) WHERE company IS NOT NULL;

      CREATE TABLE command_log (
        id       INTEGER PRIMARY KEY,
        at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        user     TEXT NOT NULL,
        kind     TEXT NOT NULL CHECK (kind IN ('edit', 'bulk', 'override', 'import')),
        label    TEXT NOT NULL,
        count    INTEGER NOT NULL DEFAULT 0,
        changes  TEXT NOT NULL DEFAULT '[]',
        ref_id   INTEGER,
        undone   INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;
      CREATE INDEX command_log_undone ON command_log(undone, id);
    `);
  },
};

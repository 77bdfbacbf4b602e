import type { Migration } from './types';

// Import history that can be undone, and mappings remembered per source layout.
// import_changes keeps, for every device (and site) an import touched, what it
// did and the row as it was before (a JSON before-image of the whole row), so
// undo removes what the import added and restores what it changed.
// import_mappings remembers the user's confirmed column mapping for a set of
// headers (its signature), to offer it again next time.
export const migration0020: Migration = {
  version: 20,
  name: 'import-history',
  up(db) {
    db.exec(`
      CREATE TABLE import_changes (
        id         INTEGER PRIMARY KEY,
        import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        entity     TEXT NOT NULL CHECK (entity IN ('device', 'site')),
        entity_id  INTEGER NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before     TEXT
      ) STRICT;
      CREATE INDEX import_changes_import ON import_changes(import_id);
      CREATE INDEX import_changes_entity ON import_changes(entity, entity_id);

      CREATE TABLE import_mappings (
        signature   TEXT PRIMARY KEY,
        headers     TEXT NOT NULL,
        mapping     TEXT NOT NULL,
        source_tool TEXT,
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      ) STRICT;

      ALTER TABLE imports ADD COLUMN user TEXT;
      ALTER TABLE imports ADD COLUMN undone_by TEXT;
    `);
  },
};

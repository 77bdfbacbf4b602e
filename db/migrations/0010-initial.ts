import type { Migration } from './types';

// First schema: sites, devices (with provenance), imports, settings, audit log.
export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sites (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL UNIQUE,
        name_fr     TEXT,
        region      TEXT,
        address     TEXT,
        criticality INTEGER NOT NULL DEFAULT 3 CHECK (criticality BETWEEN 1 AND 4),
        status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'not_reported')),
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      ) STRICT;

      CREATE TABLE imports (
        id          INTEGER PRIMARY KEY,
        file_name   TEXT NOT NULL,
        file_hash   TEXT,
        format      TEXT,
        started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        inserted    INTEGER NOT NULL DEFAULT 0,
        updated     INTEGER NOT NULL DEFAULT 0,
        unchanged   INTEGER NOT NULL DEFAULT 0,
        skipped     INTEGER NOT NULL DEFAULT 0,
        undone_at   TEXT,
        details     TEXT
      ) STRICT;

      CREATE TABLE devices (
        id                INTEGER PRIMARY KEY,
        site_id           INTEGER REFERENCES sites(id) ON DELETE SET NULL,
        asset_tag         TEXT,
        building          TEXT,
        location          TEXT,
        type              TEXT NOT NULL DEFAULT 'other'
                          CHECK (type IN ('camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other')),
        subtype           TEXT,
        manufacturer      TEXT,
        model             TEXT,
        serial            TEXT,
        mac               TEXT,
        mac_raw           TEXT,
        ip                TEXT,
        firmware          TEXT,
        install_date      TEXT,
        lifecycle         TEXT CHECK (lifecycle IN ('in_service', 'spare', 'retired')),
        notes             TEXT,
        cost_cents        INTEGER,
        extra             TEXT NOT NULL DEFAULT '{}',
        source_tool       TEXT,
        import_id         INTEGER REFERENCES imports(id) ON DELETE SET NULL,
        source_file       TEXT,
        source_sheet      TEXT,
        source_row        INTEGER,
        status            TEXT NOT NULL DEFAULT 'review' CHECK (status IN ('restricted', 'review', 'clear')),
        company           TEXT,
        evidence          TEXT NOT NULL DEFAULT '[]',
        excluded          INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
        created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      ) STRICT;

      CREATE INDEX devices_site ON devices(site_id);
      CREATE INDEX devices_status ON devices(status);
      CREATE INDEX devices_asset_tag ON devices(asset_tag) WHERE asset_tag IS NOT NULL;
      CREATE INDEX devices_serial ON devices(serial) WHERE serial IS NOT NULL;
      CREATE INDEX devices_mac ON devices(mac) WHERE mac IS NOT NULL;
      CREATE INDEX devices_import ON devices(import_id);

      CREATE TABLE audit_log (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        user       TEXT NOT NULL,
        action     TEXT NOT NULL,
        entity     TEXT NOT NULL,
        entity_id  INTEGER,
        old_value  TEXT,
        new_value  TEXT,
        reason     TEXT
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log(entity, entity_id);
    `);
  },
};

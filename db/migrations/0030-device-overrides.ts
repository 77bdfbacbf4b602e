import type { Migration } from './types';

// A user's decision on a device's status, kept apart from the device row so it
// survives re-tagging and re-import. The identity keys (normalised serial, MAC,
// asset tag at the time of the decision) re-attach it to the device a later
// import creates; device_id is only a hint, since a deleted row's id may be
// reused by SQLite. devices.override_status caches the decision in force so
// lists can show "overridden" without a join; tagging keeps it in step.
export const migration0030: Migration = {
  version: 30,
  name: 'device-overrides',
  up(db) {
    db.exec(`
      CREATE TABLE device_overrides (
        id             INTEGER PRIMARY KEY,
        device_id      INTEGER REFERENCES devices(id) ON DELETE SET NULL,
        serial_key     TEXT,
        mac_key        TEXT,
        asset_tag_key  TEXT,
        status         TEXT NOT NULL CHECK (status IN ('restricted', 'clear')),
        previous_status TEXT CHECK (previous_status IN ('restricted', 'review', 'clear')),
        reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        user           TEXT NOT NULL,
        at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        revoked_at     TEXT,
        revoked_by     TEXT,
        revoke_reason  TEXT
      ) STRICT;
      CREATE INDEX device_overrides_active ON device_overrides(device_id) WHERE revoked_at IS NULL;
      CREATE INDEX device_overrides_serial ON device_overrides(serial_key) WHERE serial_key IS NOT NULL;
      CREATE INDEX device_overrides_mac ON device_overrides(mac_key) WHERE mac_key IS NOT NULL;
      CREATE INDEX device_overrides_asset_tag ON device_overrides(asset_tag_key) WHERE asset_tag_key IS NOT NULL;

      ALTER TABLE devices ADD COLUMN override_status TEXT CHECK (override_status IN ('restricted', 'clear'));
    `);
  },
};

import type { Migration } from './types';

// Replacement planning: site planning fields, the camera -> recorder link, the
// replacement catalogue, scenarios (parameters as JSON), their scheduled items,
// and manual moves of sites within a scenario.
export const migration0040: Migration = {
  version: 40,
  name: 'plan',
  up(db) {
    db.exec(`
      -- Manual phase (or a pin to a phase in the automatic modes), and a pin to a month 'YYYY-MM'.
      ALTER TABLE sites ADD COLUMN phase INTEGER CHECK (phase IS NULL OR phase BETWEEN 1 AND 99);
      ALTER TABLE sites ADD COLUMN pinned_month TEXT
        CHECK (pinned_month IS NULL OR pinned_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]');

      -- The recorder that records this camera, when known.
      ALTER TABLE devices ADD COLUMN recorder_id INTEGER REFERENCES devices(id) ON DELETE SET NULL;
      CREATE INDEX devices_recorder ON devices(recorder_id) WHERE recorder_id IS NOT NULL;

      CREATE TABLE catalogue (
        id                        INTEGER PRIMARY KEY,
        device_type               TEXT NOT NULL
                                  CHECK (device_type IN ('camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other')),
        subtype                   TEXT NOT NULL DEFAULT '',
        replacement               TEXT NOT NULL,
        hardware_cents            INTEGER NOT NULL CHECK (hardware_cents >= 0),
        labour_minutes            INTEGER NOT NULL CHECK (labour_minutes >= 0),
        labour_rate_cents_per_hour INTEGER NOT NULL CHECK (labour_rate_cents_per_hour >= 0),
        licence_cents_per_channel INTEGER NOT NULL CHECK (licence_cents_per_channel >= 0),
        channels                  INTEGER NOT NULL CHECK (channels >= 0),
        disposal_cents            INTEGER NOT NULL CHECK (disposal_cents >= 0),
        lead_time_days            INTEGER NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
        currency                  TEXT NOT NULL DEFAULT 'CAD' CHECK (currency = 'CAD'),
        price_date                TEXT NOT NULL CHECK (price_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        updated_at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (device_type, subtype)
      ) STRICT;

      CREATE TABLE scenarios (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL UNIQUE,
        params      TEXT NOT NULL,
        summary     TEXT,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        run_at      TEXT
      ) STRICT;

      -- One row per device in scope per scenario; month NULL = unfunded backlog.
      CREATE TABLE plan_items (
        scenario_id       INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        device_id         INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
        seq               INTEGER NOT NULL,
        site_id           INTEGER,
        site_name         TEXT NOT NULL,
        device_type       TEXT NOT NULL,
        device_status     TEXT NOT NULL,
        kind              TEXT NOT NULL CHECK (kind IN ('replace', 'dispose')),
        phase             INTEGER,
        month             TEXT,
        fy                TEXT,
        hardware_cents    INTEGER NOT NULL,
        labour_cents      INTEGER NOT NULL,
        licence_cents     INTEGER NOT NULL,
        disposal_cents    INTEGER NOT NULL,
        escalation_cents  INTEGER NOT NULL,
        contingency_cents INTEGER NOT NULL,
        total_cents       INTEGER NOT NULL,
        PRIMARY KEY (scenario_id, device_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_items_order ON plan_items(scenario_id, seq);
      CREATE INDEX plan_items_device ON plan_items(device_id);

      CREATE TABLE plan_moves (
        scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        month       TEXT CHECK (month IS NULL OR month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        phase       INTEGER CHECK (phase IS NULL OR phase BETWEEN 1 AND 99),
        moved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (scenario_id, site_id)
      ) STRICT;
    `);
  },
};

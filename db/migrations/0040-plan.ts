import type { Migration } from './types';

// Replacement planning: site planning fields, the camera -> recorder link, the
// replacement catalogue, scenarios (parameters as JSON), their scheduled items (per site),
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
        -- Fingerprint of the inventory and sites the stored result was computed from.
        inputs      TEXT,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        run_at      TEXT
      ) STRICT;

      -- A scenario's scheduled items, one row per site in the plan's priority order (seq);
      -- items is a JSON array of compact tuples (see db/queries/plan.ts). One row per site keeps
      -- storing 100 000 items cheap and reading one site's schedule a single lookup.
      CREATE TABLE plan_site_items (
        scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        site_id     INTEGER,
        site_name   TEXT NOT NULL,
        item_count  INTEGER NOT NULL,
        items       TEXT NOT NULL,
        PRIMARY KEY (scenario_id, seq)
      ) STRICT;
      CREATE INDEX plan_site_items_site ON plan_site_items(scenario_id, site_id);

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

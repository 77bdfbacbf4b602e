import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openPlanDb, schemaVersion } from '../../db/open';

const before = Math.max(...migrations.filter((m) => m.version < 40).map((m) => m.version));

describe('migration 0040 (plan)', () => {
  it('adds planning fields to existing sites and devices without touching their data', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-0040-'));
    const file = path.join(dir, 'plan.sqlite');
    const old = openPlanDb(file, { targetVersion: before });
    const db = old;
    db.prepare("INSERT INTO sites (name, name_key, criticality) VALUES ('HQ', 'hq', 1)").run();
    db.prepare("INSERT INTO devices (site_id, type, status) VALUES (1, 'recorder', 'restricted')").run();
    db.prepare("INSERT INTO devices (site_id, type, status) VALUES (1, 'camera', 'restricted')").run();
    old.close();
    const migrated = openPlanDb(file, { targetVersion: 40 });
    expect(schemaVersion(migrated)).toBe(40);
    expect(migrated.prepare('SELECT name, criticality, phase, pinned_month FROM sites').get()).toEqual({
      name: 'HQ',
      criticality: 1,
      phase: null,
      pinned_month: null,
    });
    migrated.prepare('UPDATE devices SET recorder_id = 1 WHERE id = 2').run();
    migrated.prepare('DELETE FROM devices WHERE id = 1').run();
    expect(migrated.prepare('SELECT recorder_id FROM devices WHERE id = 2').get()).toEqual({ recorder_id: null });
    migrated.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates a strict catalogue, and scenarios whose items and moves go with them', () => {
    const db = openPlanDb(':memory:', { targetVersion: 40 });
    expect(schemaVersion(db)).toBe(40);
    expect(() =>
      db.prepare(
        `INSERT INTO catalogue (device_type, replacement, hardware_cents, labour_minutes, labour_rate_cents_per_hour,
           licence_cents_per_channel, channels, disposal_cents, price_date) VALUES ('camera', 'x', 12.5, 0, 0, 0, 0, 0, '2025-04-01')`,
      ).run(),
    ).toThrow();
    expect(() => db.prepare("UPDATE sites SET pinned_month = 'May 2026'").run()).not.toThrow(); // no rows yet
    db.prepare("INSERT INTO sites (name, name_key) VALUES ('HQ', 'hq')").run();
    expect(() => db.prepare("UPDATE sites SET pinned_month = 'May 2026'").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO devices (site_id, type) VALUES (1, 'camera')").run();
    db.prepare("INSERT INTO scenarios (name, name_key, params) VALUES ('Base', 'base', '{}')").run();
    db.prepare(
      `INSERT INTO plan_site_items (scenario_id, seq, site_id, site_name, item_count, items) VALUES (1, 0, 1, 'HQ', 1, '[]')`,
    ).run();
    db.prepare('INSERT INTO plan_moves (scenario_id, site_id, month) VALUES (1, 1, ?)').run('2026-05');
    expect(() => db.prepare("INSERT INTO scenarios (name, name_key, params) VALUES ('BASE', 'base', '{}')").run()).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM scenarios').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM plan_moves').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM plan_site_items').get()).toEqual({ n: 0 });
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM plan_site_items WHERE scenario_id = 1 AND site_id = 1').all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/plan_site_items_site/);
    db.close();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlanDb } from '../../db/open';

describe('migration 0030 (device overrides)', () => {
  it('keeps existing devices, adds an empty override cache column and the overrides table', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-0030-'));
    const file = path.join(dir, 'plan.sqlite');
    try {
      const before = openPlanDb(file, { targetVersion: 10 });
      before.prepare("INSERT INTO devices (type, manufacturer, serial, status) VALUES ('camera', 'Hikvision', 'SN1', 'restricted')").run();
      before.close();
      const db = openPlanDb(file, { targetVersion: 30 });
      expect(db.pragma('user_version', { simple: true })).toBe(30);
      expect(db.prepare('SELECT manufacturer, status, override_status FROM devices').get()).toEqual({
        manufacturer: 'Hikvision',
        status: 'restricted',
        override_status: null,
      });
      expect(db.prepare('SELECT COUNT(*) AS n FROM device_overrides').get()).toEqual({ n: 0 });
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an override without a reason or with an unknown status, and survives the device being deleted', () => {
    const db = openPlanDb(':memory:', { targetVersion: 30 });
    db.prepare("INSERT INTO devices (type, serial) VALUES ('camera', 'SN1')").run();
    const insert = db.prepare(
      'INSERT INTO device_overrides (device_id, serial_key, status, reason, user) VALUES (1, ?, ?, ?, ?)',
    );
    expect(() => insert.run('SN1', 'clear', '   ', 'alice')).toThrow(/CHECK/);
    expect(() => insert.run('SN1', 'review', 'because', 'alice')).toThrow(/CHECK/);
    insert.run('SN1', 'clear', 'Replaced by an Axis unit in 2024', 'alice');
    db.prepare('DELETE FROM devices WHERE id = 1').run();
    expect(db.prepare('SELECT device_id, serial_key, status FROM device_overrides').get()).toEqual({
      device_id: null,
      serial_key: 'SN1',
      status: 'clear',
    });
    db.close();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openPlanDb } from '../../db/open';
import { listDevices, prepareInsertDevice } from '../../db/queries/devices';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-0060-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const previous = migrations[migrations.findIndex((m) => m.version === 60) - 1].version;

describe('migration 0060: device type index', () => {
  it('adds the (type, install_date) index to a plan that has devices, which the type filter then uses', () => {
    const file = path.join(dir, 'plan.sqlite');
    const before = openPlanDb(file, { targetVersion: previous });
    const insert = prepareInsertDevice(before);
    insert({ siteId: null, type: 'camera', serial: 'C1', installDate: '2019-05-01' });
    insert({ siteId: null, type: 'recorder', serial: 'R1', installDate: '2018-01-01' });
    insert({ siteId: null, type: 'camera', serial: 'C2', installDate: '2021-07-09' });
    const plan = (db = before) => (db.prepare("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM devices d WHERE d.type = 'camera'").all() as Array<{ detail: string }>).map((r) => r.detail).join(' ');
    expect(plan()).toMatch(/^SCAN d$/);
    before.close();

    const db = openPlanDb(file, { targetVersion: 60 });
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'devices_type_install_date'").pluck().get()).toBe(1);
    expect(plan(db)).toContain('devices_type_install_date');
    const page = listDevices(db, { type: 'camera', sort: 'installDate', desc: true });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.serial)).toEqual(['C2', 'C1']);
    db.close();
  });
});

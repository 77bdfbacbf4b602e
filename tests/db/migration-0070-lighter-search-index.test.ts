import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openPlanDb, type Db } from '../../db/open';
import { listDevices, prepareInsertDevice } from '../../db/queries/devices';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-0070-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const previous = migrations[migrations.findIndex((m) => m.version === 70) - 1].version;

const DEVICES = [
  { serial: 'SN-ALPHA-001', manufacturer: 'Hikvision', model: 'DS-2CD2143G0-I', location: 'Lobby east', mac: 'BC:AD:28:11:5A:98', macRaw: 'bc-ad-28-11-5a-98' },
  { serial: 'SN-BRAVO-002', manufacturer: 'Axis', model: 'P3245-LVE', location: 'Dock 4', mac: '00:40:8C:AA:BB:01', macRaw: '00:40:8C:AA:BB:01' },
  { serial: 'SN-CHARLIE-3', manufacturer: 'Dahua', model: 'IPC-HFW5442E', building: 'Annex', ip: '10.1.2.3', macRaw: 'not-a-mac-00ff' },
  { serial: null, manufacturer: 'Bosch', model: 'NBE-3502', assetTag: 'FAC-0042', location: 'Gate', mac: '00:07:5F:12:34:56', macRaw: '0007.5f12.3456' },
];
const SEARCHES = [
  'alpha', 'SN-', 'lobby', 'dock', 'annex', '10.1.2', 'fac-0042', '5a98', '5A:98', 'bc-ad', 'bcad.28', 'aabb01', '8C:AA', '0007.5f',
  '5f12', 'not-a-mac', '00ff', 'hik', 'P3245', 'e s', 'Lobby | east', '| Dock', 'east dock',
];

const found = (db: Db) => SEARCHES.map((q) => [q, listDevices(db, { search: q, limit: 50 }).rows.map((r) => r.serial ?? r.assetTag).sort()]);

describe('migration 0070: a lighter search index', () => {
  it('rebuilds the index without a copy of the text, and every search finds the same devices as before', () => {
    const file = path.join(dir, 'plan.sqlite');
    const before = openPlanDb(file, { targetVersion: previous });
    const insert = prepareInsertDevice(before);
    for (const d of DEVICES) insert({ siteId: null, type: 'camera', ...d });
    const foundBefore = found(before);
    expect(foundBefore.filter(([, ids]) => ids.length > 0).length).toBeGreaterThan(15); // the searches do find things
    before.close();

    const db = openPlanDb(file, { targetVersion: 70 });
    expect(found(db)).toEqual(foundBefore);
    expect(db.prepare('SELECT body FROM devices_fts').pluck().all()).toEqual(DEVICES.map(() => null)); // contentless
    db.close();
  });

  it('keeps the index in step as devices are added, edited and removed', () => {
    const db = openPlanDb(':memory:');
    const id = prepareInsertDevice(db)({ siteId: null, type: 'camera', serial: 'OLD-SERIAL-77', mac: 'AA:BB:CC:DD:EE:01' });
    expect(listDevices(db, { search: 'old-serial' }).total).toBe(1);
    expect(listDevices(db, { search: 'ddee01' }).total).toBe(1);
    db.prepare("UPDATE devices SET serial = 'NEW-SERIAL-88', mac = 'AA:BB:CC:DD:EE:02', mac_raw = 'aabb.ccdd.ee02' WHERE id = ?").run(id);
    expect(listDevices(db, { search: 'old-serial' }).total).toBe(0);
    expect(listDevices(db, { search: 'ddee01' }).total).toBe(0);
    expect(listDevices(db, { search: 'new-serial' }).total).toBe(1);
    expect(listDevices(db, { search: 'ccdd.ee02' }).total).toBe(1);
    db.prepare('DELETE FROM devices WHERE id = ?').run(id);
    expect(listDevices(db, { search: 'new-serial' }).total).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM devices_fts').pluck().get()).toBe(0);
    db.close();
  });
});

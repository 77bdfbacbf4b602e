import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openPlanDb } from '../../db/open';
import { listDevices, prepareInsertDevice } from '../../db/queries/devices';
import { ensureSite } from '../../db/queries/sites';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const previous = migrations[migrations.findIndex((m) => m.version === 50) - 1].version;
const ids = (db: ReturnType<typeof openPlanDb>, search: string) => listDevices(db, { search }).rows.map((r) => r.id);

describe('migration 0050: inventory search index and command log', () => {
  it('indexes the devices a plan already had, and keeps added, edited and deleted ones in step', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-0050-'));
    dirs.push(dir);
    const file = path.join(dir, 'plan.sqlite');
    const before = openPlanDb(file, { targetVersion: previous });
    const site = ensureSite(before, { name: 'Headquarters' });
    const old = prepareInsertDevice(before)({
      siteId: site, type: 'camera', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', mac: 'BC-AD-28-11-5A-98', location: 'Lobby',
    });
    before.close();

    const db = openPlanDb(file, { targetVersion: 50 });
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'command_log'").get()).toEqual({ n: 1 });
    // Partial MAC with or without separators, any case; model substring; location.
    expect(ids(db, '5a98')).toEqual([old]);
    expect(ids(db, '11:5A:98')).toEqual([old]);
    expect(ids(db, '28-11-5a')).toEqual([old]);
    expect(ids(db, '2143g2')).toEqual([old]);
    expect(ids(db, 'lobby hikv')).toEqual([old]);
    expect(ids(db, 'lobby axis')).toEqual([]);

    const added = prepareInsertDevice(db)({ siteId: site, type: 'camera', manufacturer: 'Axis', model: 'P3265-LVE', serial: 'ACCC8E123456', location: 'Roof' });
    expect(ids(db, 'accc8e12')).toEqual([added]);
    db.prepare("UPDATE devices SET location = 'Loading dock' WHERE id = ?").run(added);
    expect(ids(db, 'roof')).toEqual([]);
    expect(ids(db, 'dock')).toEqual([added]);
    db.prepare('DELETE FROM devices WHERE id = ?').run(old);
    expect(ids(db, '5a98')).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM devices_fts').get()).toEqual({ n: 1 });
    db.close();
  });

  it('keeps a search term with quotes or FTS operators literal', () => {
    const db = openPlanDb(':memory:');
    const site = ensureSite(db, { name: 'HQ' });
    const id = prepareInsertDevice(db)({ siteId: site, type: 'camera', manufacturer: 'Acme "Pro" OR NOT', model: 'X-1*' });
    expect(ids(db, '"Pro"')).toEqual([id]);
    expect(ids(db, 'OR NOT')).toEqual([id]);
    expect(ids(db, 'X-1*')).toEqual([id]);
    expect(ids(db, 'AND')).toEqual([]);
    db.close();
  });
});

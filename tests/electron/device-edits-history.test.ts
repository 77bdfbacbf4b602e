import { describe, expect, it } from 'vitest';
import { openPlanDb, type Db } from '../../db/open';
import { listAudit } from '../../db/queries/audit';
import { getDeviceDetail } from '../../db/queries/device-detail';
import { recordImportCommand } from '../../db/queries/command-log';
import { prepareInsertDevice } from '../../db/queries/devices';
import { ensureSite } from '../../db/queries/sites';
import { bulkUpdate, updateDevice } from '../../electron/services/device-edits';
import { historyState, redo, undo } from '../../electron/services/history';
import { retagAll } from '../../electron/services/tagging';

function plan(): { db: Db; hq: number; depot: number; a: number; b: number } {
  const db = openPlanDb(':memory:');
  const hq = ensureSite(db, { name: 'Headquarters', criticality: 2 });
  const depot = ensureSite(db, { name: 'Depot', criticality: 3 });
  const insert = prepareInsertDevice(db);
  const a = insert({ siteId: hq, type: 'camera', assetTag: 'GC-1', manufacturer: 'Axis', model: 'P3265', location: 'Lobby', sourceFile: 'hq.xlsx', sourceSheet: 'Cams', sourceRow: 7 });
  const b = insert({ siteId: hq, type: 'camera', assetTag: 'GC-2', manufacturer: 'Bosch', location: 'Roof' });
  retagAll(db);
  return { db, hq, depot, a, b };
}

const snapshot = (db: Db) => JSON.stringify([db.prepare('SELECT * FROM devices ORDER BY id').all(), db.prepare('SELECT * FROM sites ORDER BY id').all()]);

describe('editing a device in the drawer', () => {
  it('saves the fields, audits old → new with the user, and shows provenance', () => {
    const { db, a, depot } = plan();
    const d = updateDevice(db, 'jdoe', a, { location: '  Loading dock ', siteId: depot, excluded: true, notes: '' });
    expect(d.device.location).toBe('Loading dock');
    expect(d.device.site).toBe('Depot');
    expect(d.device.excluded).toBe(true);
    expect(d.provenance).toMatchObject({ file: 'hq.xlsx', sheet: 'Cams', row: 7 });
    const [audit] = listAudit(db, { entity: 'device', entityId: a });
    expect(audit.user).toBe('jdoe');
    expect(JSON.parse(audit.oldValue!)).toEqual({ siteId: expect.any(Number), location: 'Lobby', excluded: false });
    expect(JSON.parse(audit.newValue!)).toEqual({ siteId: depot, location: 'Loading dock', excluded: true });
    expect(d.audit).toHaveLength(1);
  });

  it('normalises a typed MAC and refuses one that is not a MAC with a sentence', () => {
    const { db, a } = plan();
    expect(updateDevice(db, 'u', a, { mac: 'bcad.2811.5a98' }).device.mac).toBe('BC:AD:28:11:5A:98');
    expect(() => updateDevice(db, 'u', a, { mac: 'not-a-mac' })).toThrowError(/MAC address was not saved/);
  });

  it('refuses an unknown site and an unknown device', () => {
    const { db, a } = plan();
    expect(() => updateDevice(db, 'u', a, { siteId: 999 })).toThrowError(/Site 999 is not in this plan/);
    expect(() => updateDevice(db, 'u', 999, { location: 'x' })).toThrowError(/Device 999 is not in this plan/);
  });

  it('records nothing when nothing changed', () => {
    const { db, a } = plan();
    updateDevice(db, 'u', a, { location: 'Lobby' });
    expect(historyState(db).entries).toEqual([]);
    expect(listAudit(db, {})).toEqual([]);
  });
});

describe('bulk actions on a selection', () => {
  it('assigns a site and excludes devices, then sets the criticality of their sites', () => {
    const { db, a, b, depot, hq } = plan();
    const r = bulkUpdate(db, 'u', { ids: [a, b], siteId: depot, excluded: true });
    expect(r).toMatchObject({ devices: 2, sites: 0 });
    expect(getDeviceDetail(db, b).device).toMatchObject({ siteId: depot, excluded: true });
    const crit = bulkUpdate(db, 'u', { ids: [a, b], criticality: 1 });
    expect(crit).toMatchObject({ devices: 0, sites: 1 });
    const sites = db.prepare('SELECT id, criticality FROM sites ORDER BY id').all();
    expect(sites).toEqual([{ id: hq, criticality: 2 }, { id: depot, criticality: 1 }]);
    expect(listAudit(db, { entity: 'site' })).toHaveLength(1);
  });

  it('refuses an empty selection', () => {
    const { db } = plan();
    expect(() => bulkUpdate(db, 'u', { ids: [] })).toThrowError(/Select at least one device/);
  });
});

describe('undo and redo', () => {
  it('undoes edits and bulk edits newest first, back to the exact rows, and redoes them', () => {
    const { db, a, b, depot } = plan();
    const s0 = snapshot(db);
    updateDevice(db, 'u', a, { location: 'Dock', mac: 'bc-ad-28-11-5a-98' });
    const s1 = snapshot(db);
    bulkUpdate(db, 'u', { ids: [a, b], siteId: depot, criticality: 4 });
    const s2 = snapshot(db);
    expect(historyState(db).undo?.kind).toBe('bulk');

    expect(undo(db, 'u')?.kind).toBe('bulk');
    expect(snapshot(db)).toBe(s1);
    expect(undo(db, 'u')?.kind).toBe('edit');
    expect(snapshot(db)).toBe(s0);
    expect(undo(db, 'u')).toBeNull();
    // The search index follows the restored rows.
    expect(db.prepare("SELECT rowid FROM devices_fts WHERE devices_fts MATCH '\"5A98\"'").all()).toEqual([]);

    expect(redo(db, 'u')?.kind).toBe('edit');
    expect(snapshot(db)).toBe(s1);
    expect(redo(db, 'u')?.kind).toBe('bulk');
    expect(snapshot(db)).toBe(s2);
    expect(redo(db, 'u')).toBeNull();
    expect(listAudit(db, {}).filter((e) => e.action.startsWith('history.')).map((e) => e.action)).toEqual([
      'history.redo', 'history.redo', 'history.undo', 'history.undo',
    ]);
  });

  it('drops the redo stack when a new change is made after an undo', () => {
    const { db, a } = plan();
    updateDevice(db, 'u', a, { location: 'One' });
    undo(db, 'u');
    updateDevice(db, 'u', a, { location: 'Two' });
    expect(historyState(db).redo).toBeNull();
    expect(redo(db, 'u')).toBeNull();
    expect(getDeviceDetail(db, a).device.location).toBe('Two');
  });

  it('delegates the undo of an import to the importer, and leaves nothing to redo', () => {
    const { db } = plan();
    recordImportCommand(db, { user: 'u', importId: 42, label: 'Import hq.xlsx', count: 10 });
    expect(() => undo(db, 'u')).toThrowError(/undo it from the import history/);
    const undone: number[] = [];
    expect(undo(db, 'u', { undoImport: (id) => undone.push(id) })?.kind).toBe('import');
    expect(undone).toEqual([42]);
    // An undone import cannot be redone (import the file again): it leaves the history instead of blocking redo.
    expect(redo(db, 'u')).toBeNull();
    expect(historyState(db).entries.filter((e) => e.kind === 'import')).toEqual([]);
  });
});

describe('overriding a selection with a reason', () => {
  it('sets the status by hand, audits it, and undo brings back the tags and the override table exactly', () => {
    const { db, a, b } = plan();
    const s0 = snapshot(db);
    const overrides0 = JSON.stringify(db.prepare('SELECT * FROM device_overrides').all());
    const r = bulkUpdate(db, 'jdoe', { ids: [a, b], override: { status: 'restricted', reason: 'Vendor letter of 3 March' } });
    expect(r.devices).toBe(2);
    expect(getDeviceDetail(db, a).device).toMatchObject({ status: 'restricted', overridden: true });
    expect(getDeviceDetail(db, a).overrides[0]).toMatchObject({ status: 'restricted', reason: 'Vendor letter of 3 March', user: 'jdoe' });
    expect(listAudit(db, { entity: 'device', entityId: b })[0]).toMatchObject({ action: 'device.override', reason: 'Vendor letter of 3 March' });
    expect(historyState(db).undo).toMatchObject({ kind: 'override', count: 2 });

    undo(db, 'jdoe');
    expect(snapshot(db)).toBe(s0);
    expect(JSON.stringify(db.prepare('SELECT * FROM device_overrides').all())).toBe(overrides0);
    expect(getDeviceDetail(db, a).device.overridden).toBe(false);
    redo(db, 'jdoe');
    expect(getDeviceDetail(db, b).device).toMatchObject({ status: 'restricted', overridden: true });
  });

  it('refuses an override without a reason', () => {
    const { db, a } = plan();
    expect(() => bulkUpdate(db, 'u', { ids: [a], override: { status: 'clear', reason: '  ' } })).toThrowError(/Give a reason/);
  });
});

describe('editing identity fields re-tags the device', () => {
  it('a device whose model is corrected to a Hikvision model becomes restricted, and undo restores its tag', () => {
    const { db, a } = plan();
    expect(getDeviceDetail(db, a).device.status).toBe('clear');
    const d = updateDevice(db, 'u', a, { manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I' });
    expect(d.device.status).toBe('restricted');
    expect(d.device.company).toBe('hikvision');
    undo(db, 'u');
    expect(getDeviceDetail(db, a).device.status).toBe('clear');
  });
});

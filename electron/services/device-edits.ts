// Editing devices from the UI: one device in the drawer, or a selection in
// bulk. Every change is one transaction that writes the audit log (who, when,
// old → new) and the undo history (before/after images).
import { appendAudit } from '../../db/queries/audit';
import { diffSnapshots, recordCommand, snapshotRows, type RowChange, type RowImage } from '../../db/queries/command-log';
import { getDeviceDetail } from '../../db/queries/device-detail';
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import type { BulkEdit, BulkResult, DeviceDetail, DeviceEdit } from '../api/inventory-types';
import { normaliseMac } from '../domain/normalise/mac';
import { recordOverrides } from './overrides';
import { retagAll } from './tagging';

/** API field → column. */
const COLUMNS: Record<keyof DeviceEdit, string> = {
  assetTag: 'asset_tag',
  siteId: 'site_id',
  building: 'building',
  location: 'location',
  type: 'type',
  notes: 'notes',
  lifecycle: 'lifecycle',
  excluded: 'excluded',
  manufacturer: 'manufacturer',
  model: 'model',
  serial: 'serial',
  mac: 'mac',
};

const TAG_COLUMNS = new Set(['status', 'company', 'evidence', 'override_status']);

/** Fields whose change can change the device's tag. */
const IDENTITY: ReadonlyArray<keyof DeviceEdit> = ['manufacturer', 'model', 'serial', 'mac'];

function cleanText(v: string | null | undefined): string | null {
  if (v == null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

function assertSite(db: Db, siteId: number): void {
  if (!db.prepare('SELECT 1 FROM sites WHERE id = ?').get(siteId)) {
    throw new UserError('NOT_FOUND', `Site ${siteId} is not in this plan; choose a site from the list.`);
  }
}

/** Column values to write for an edit (validated and normalised). */
function columnValues(db: Db, edit: DeviceEdit): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(edit) as Array<keyof DeviceEdit>) {
    const value = edit[key];
    if (value === undefined) continue;
    if (key === 'siteId') {
      if (value !== null) assertSite(db, value as number);
      out.site_id = value;
    } else if (key === 'excluded') out.excluded = value ? 1 : 0;
    else if (key === 'type' || key === 'lifecycle') out[COLUMNS[key]] = value;
    else if (key === 'mac') {
      const raw = cleanText(value as string | null);
      if (raw === null) {
        out.mac = null;
        out.mac_raw = null;
      } else {
        const m = normaliseMac(raw);
        if (!m.ok) throw new UserError('BAD_MAC', `The MAC address was not saved: ${m.reason}.`);
        out.mac = m.mac;
        out.mac_raw = raw;
      }
    } else out[COLUMNS[key]] = cleanText(value as string | null);
  }
  return out;
}

function camel(images: Record<string, unknown> | null): string | null {
  if (!images) return null;
  const back = Object.fromEntries(Object.entries(COLUMNS).map(([k, v]) => [v, k]));
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(images)) {
    if (k === 'mac_raw') continue;
    o[back[k] ?? k] = k === 'excluded' ? v === 1 : v;
  }
  return JSON.stringify(o);
}

/** Edit one device in place; re-tags it when its identifying fields change. */
export function updateDevice(db: Db, user: string, id: number, edit: DeviceEdit): DeviceDetail {
  db.transaction(() => {
    const before = snapshotRows(db, 'devices', 'id', [id]);
    if (!before.size) throw new UserError('NOT_FOUND', `Device ${id} is not in this plan; it may have been removed by an undo or a re-import.`);
    const values = columnValues(db, edit);
    const cols = Object.keys(values);
    if (cols.length === 0) return;
    db.prepare(
      `UPDATE devices SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')},
         updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = @id`,
    ).run({ ...values, id });
    const fieldChange = diffSnapshots('devices', before, snapshotRows(db, 'devices', 'id', [id]));
    if (fieldChange.length === 0) return;
    if (IDENTITY.some((k) => edit[k] !== undefined && COLUMNS[k] in (fieldChange[0].after ?? {}))) retagAll(db, { ids: [id] });
    const changes = diffSnapshots('devices', before, snapshotRows(db, 'devices', 'id', [id]));
    appendAudit(db, {
      user,
      action: 'device.update',
      entity: 'device',
      entityId: id,
      oldValue: camel(fieldChange[0].before),
      newValue: camel(fieldChange[0].after),
    });
    recordCommand(db, { user, kind: 'edit', label: `Edit device ${id}`, count: 1, changes });
  })();
  return getDeviceDetail(db, id);
}

/** One bulk action on a selection: assign a site, exclude/include, set the sites' criticality. */
export function bulkUpdate(db: Db, user: string, bulk: BulkEdit): BulkResult {
  const ids = [...new Set(bulk.ids)];
  if (ids.length === 0) throw new UserError('EMPTY_SELECTION', 'Select at least one device first.');
  return db.transaction((): BulkResult => {
    const siteIdsOf = (): number[] =>
      [...snapshotRows(db, 'devices', 'id', ids).values()].map((r) => r.site_id).filter((s): s is number => typeof s === 'number');
    if (bulk.siteId !== undefined) assertSite(db, bulk.siteId);
    const beforeDevices = snapshotRows(db, 'devices', 'id', ids);
    if (beforeDevices.size === 0) throw new UserError('NOT_FOUND', 'None of the selected devices is in this plan any more; refresh the list.');
    const sitesTouched = [...new Set([...siteIdsOf(), ...(bulk.siteId !== undefined ? [bulk.siteId] : [])])];
    const beforeSites = snapshotRows(db, 'sites', 'id', sitesTouched);
    const beforeOverrides = bulk.override ? snapshotRows(db, 'device_overrides', 'device_id', ids) : new Map();

    const set: Record<string, unknown> = {};
    if (bulk.siteId !== undefined) set.site_id = bulk.siteId;
    if (bulk.excluded !== undefined) set.excluded = bulk.excluded ? 1 : 0;
    const cols = Object.keys(set);
    if (cols.length) {
      const stmt = db.prepare(
        `UPDATE devices SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')},
           updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = @id`,
      );
      for (const id of ids) stmt.run({ ...set, id });
    }
    if (bulk.criticality !== undefined) {
      const siteIds = [...new Set(siteIdsOf())];
      const stmt = db.prepare('UPDATE sites SET criticality = ? WHERE id = ?');
      for (const s of siteIds) stmt.run(bulk.criticality, s);
    }

    if (bulk.override) {
      const reason = bulk.override.reason.trim();
      if (!reason) throw new UserError('REASON_REQUIRED', 'Give a reason for overriding the status of the selected devices.');
      // recordOverrides audits each device itself (old → new status, reason, user).
      recordOverrides(db, [...beforeDevices.keys()], { status: bulk.override.status, reason, user });
    }

    const changes: RowChange[] = [
      ...diffSnapshots('devices', beforeDevices, snapshotRows(db, 'devices', 'id', ids)),
      ...diffSnapshots('sites', beforeSites, snapshotRows(db, 'sites', 'id', sitesTouched)),
      ...(bulk.override ? diffSnapshots('device_overrides', beforeOverrides, snapshotRows(db, 'device_overrides', 'device_id', ids)) : []),
    ];
    for (const c of changes) {
      // Overrides are audited by setOverride; tag columns follow from the fields and are not audited twice.
      if (c.table === 'device_overrides') continue;
      const fields = (img: RowImage | null) => img && Object.fromEntries(Object.entries(img).filter(([k]) => !TAG_COLUMNS.has(k)));
      const before = fields(c.before);
      const after = fields(c.after);
      if (!after || Object.keys(after).length === 0) continue;
      appendAudit(db, {
        user,
        action: c.table === 'sites' ? 'site.bulkUpdate' : 'device.bulkUpdate',
        entity: c.table === 'sites' ? 'site' : 'device',
        entityId: c.id,
        oldValue: camel(before),
        newValue: camel(after),
      });
    }
    const devices = bulk.override ? beforeDevices.size : changes.filter((c) => c.table === 'devices').length;
    const sites = changes.filter((c) => c.table === 'sites').length;
    const label = bulk.override
      ? `Override ${devices} devices as ${bulk.override.status}`
      : `Bulk edit of ${devices} devices and ${sites} sites`;
    const historyId = changes.length
      ? recordCommand(db, { user, kind: bulk.override ? 'override' : 'bulk', label, count: devices + sites, changes })
      : null;
    return { devices, sites, historyId };
  })();
}

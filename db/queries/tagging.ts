// Queries for tagging: the columns the matcher reads, the one UPDATE it writes,
// device overrides, and the restricted-view groupings.
import type { DeviceStatus } from '../../electron/api/types';
import type { Db } from '../open';

export interface TaggingRow {
  id: number;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  source_tool: string | null;
  extra: string;
  asset_tag: string | null;
  status: DeviceStatus;
  company: string | null;
  override_status: string | null;
}

// The stored evidence is not read back: SQLite compares it in the UPDATE, which
// spares moving every row's evidence JSON into JavaScript on each re-tag.
const TAGGING_COLUMNS = 'id, manufacturer, model, serial, mac, source_tool, extra, asset_tag, status, company, override_status';

/** A TaggingRow as a positional tuple (better-sqlite3 raw mode: no object per row), columns in TAGGING_COLUMNS order. */
export type TaggingTuple = [
  id: number,
  manufacturer: string | null,
  model: string | null,
  serial: string | null,
  mac: string | null,
  source_tool: string | null,
  extra: string,
  asset_tag: string | null,
  status: DeviceStatus,
  company: string | null,
  override_status: string | null,
];

/** All devices, or only those with the given ids, in id order. */
export function selectTaggingRows(db: Db, ids?: readonly number[]): TaggingRow[] {
  if (!ids) return db.prepare(`SELECT ${TAGGING_COLUMNS} FROM devices ORDER BY id`).all() as TaggingRow[];
  if (ids.length === 0) return [];
  return db
    .prepare(`SELECT ${TAGGING_COLUMNS} FROM devices WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(ids)) as TaggingRow[];
}

/**
 * selectTaggingRows as tuples (better-sqlite3 raw mode), a batch at a time in id order: a re-tag of
 * 100,000 devices reads them faster than as objects, and a batch is dropped once tagged rather than
 * every row living (and being copied by the garbage collector) until the end of the run.
 * Safe to update the rows read between batches: a re-tag never changes an id.
 */
export function* taggingTupleBatches(db: Db, ids?: readonly number[], batchSize = 500): Generator<TaggingTuple[]> {
  if (ids) {
    if (ids.length === 0) return;
    yield db
      .prepare(`SELECT ${TAGGING_COLUMNS} FROM devices WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
      .raw(true)
      .all(JSON.stringify(ids)) as TaggingTuple[];
    return;
  }
  const next = db.prepare(`SELECT ${TAGGING_COLUMNS} FROM devices WHERE id > ? ORDER BY id LIMIT ?`).raw(true);
  let after = -Infinity;
  for (;;) {
    const batch = next.all(after, batchSize) as TaggingTuple[];
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1][0];
  }
}

/** The tag a row holds before a re-tag writes it: status, company and override status as read in the same transaction. */
export interface StoredTag {
  status: DeviceStatus;
  company: string | null;
  overrideStatus: string | null;
}

/**
 * Writes a device's tag only when something differs; returns true when the row was written.
 * `stored` is what the row holds now (read in the same transaction): when the status, company
 * and override status stay as they are, only the evidence is set, so SQLite leaves the status
 * and company indexes alone. Parameters are positional, which better-sqlite3 binds faster than names.
 */
export function prepareTagUpdate(
  db: Db,
): (id: number, status: DeviceStatus, company: string | null, evidence: string, overrideStatus: string | null, stored: StoredTag) => boolean {
  const whole = db.prepare(
    `UPDATE devices SET status = ?, company = ?, evidence = ?, override_status = ?
     WHERE id = ? AND (status IS NOT ? OR company IS NOT ? OR evidence IS NOT ? OR override_status IS NOT ?)`,
  );
  const evidenceOnly = db.prepare('UPDATE devices SET evidence = ? WHERE id = ? AND evidence IS NOT ?');
  return (id, status, company, evidence, overrideStatus, stored) =>
    status === stored.status && company === stored.company && overrideStatus === stored.overrideStatus
      ? evidenceOnly.run(evidence, id, evidence).changes > 0
      : whole.run(status, company, evidence, overrideStatus, id, status, company, evidence, overrideStatus).changes > 0;
}

export interface OverrideRow {
  id: number;
  device_id: number | null;
  serial_key: string | null;
  mac_key: string | null;
  asset_tag_key: string | null;
  status: 'restricted' | 'clear';
  previous_status: DeviceStatus | null;
  reason: string;
  user: string;
  at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export function activeOverrides(db: Db): OverrideRow[] {
  return db.prepare('SELECT * FROM device_overrides WHERE revoked_at IS NULL ORDER BY id').all() as OverrideRow[];
}

export function getOverride(db: Db, id: number): OverrideRow | undefined {
  return db.prepare('SELECT * FROM device_overrides WHERE id = ?').get(id) as OverrideRow | undefined;
}

export interface OverrideInput {
  deviceId: number;
  serialKey: string | null;
  macKey: string | null;
  assetTagKey: string | null;
  status: 'restricted' | 'clear';
  previousStatus: DeviceStatus;
  reason: string;
  user: string;
}

export function insertOverride(db: Db, o: OverrideInput): number {
  const r = db
    .prepare(
      `INSERT INTO device_overrides (device_id, serial_key, mac_key, asset_tag_key, status, previous_status, reason, user)
       VALUES (@deviceId, @serialKey, @macKey, @assetTagKey, @status, @previousStatus, @reason, @user)`,
    )
    .run(o);
  return Number(r.lastInsertRowid);
}

export function markOverrideRevoked(db: Db, id: number, user: string, reason: string | null): void {
  db.prepare(
    `UPDATE device_overrides SET revoked_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), revoked_by = ?, revoke_reason = ?
     WHERE id = ? AND revoked_at IS NULL`,
  ).run(user, reason, id);
}

export function reattachOverride(db: Db, overrideId: number, deviceId: number): void {
  db.prepare('UPDATE device_overrides SET device_id = ? WHERE id = ?').run(deviceId, overrideId);
}

/** Every override ever attached to this device, newest first (revoked ones included). */
export function overridesForDevice(db: Db, deviceId: number): OverrideRow[] {
  return db.prepare('SELECT * FROM device_overrides WHERE device_id = ? ORDER BY id DESC').all(deviceId) as OverrideRow[];
}

export interface RestrictedCount {
  company: string | null;
  site_id: number | null;
  site_name: string | null;
  devices: number;
  cameras: number;
  recorders: number;
}

/** Restricted devices counted per site and company (excluded devices left out). */
export function restrictedBySiteAndCompany(db: Db): RestrictedCount[] {
  return db
    .prepare(
      `SELECT d.company, d.site_id, s.name AS site_name, COUNT(*) AS devices,
              COALESCE(SUM(d.type = 'camera'), 0) AS cameras, COALESCE(SUM(d.type = 'recorder'), 0) AS recorders
       FROM devices d LEFT JOIN sites s ON s.id = d.site_id
       WHERE d.status = 'restricted' AND d.excluded = 0
       GROUP BY d.company, d.site_id
       ORDER BY s.name, d.company`,
    )
    .all() as RestrictedCount[];
}

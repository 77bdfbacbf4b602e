// Everything the device drawer shows about one device: its fields, where it
// came from (file, sheet, row, import date), its overrides and its audit trail.
import type { DeviceDetail, DeviceOverrideEntry } from '../../electron/api/inventory-types';
import { UserError } from '../errors';
import type { Db } from '../open';
import { listAudit } from './audit';
import { getDevice, toDeviceRow } from './devices';

interface ExtraColumns {
  subtype: string | null;
  notes: string | null;
  mac_raw: string | null;
  cost_cents: number | null;
  extra: string;
  source_tool: string | null;
  created_at: string;
  updated_at: string;
}

export function getDeviceDetail(db: Db, id: number): DeviceDetail {
  const row = getDevice(db, id);
  if (!row) throw new UserError('NOT_FOUND', `Device ${id} is not in this plan; it may have been removed by an undo or a re-import.`);
  const more = row as typeof row & ExtraColumns;
  const imp = row.import_id
    ? (db.prepare('SELECT started_at, format FROM imports WHERE id = ?').get(row.import_id) as
        | { started_at: string; format: string | null }
        | undefined)
    : undefined;
  return {
    device: toDeviceRow(row),
    subtype: more.subtype,
    notes: more.notes,
    macRaw: more.mac_raw,
    costCents: more.cost_cents,
    extra: parseExtra(more.extra),
    createdAt: more.created_at,
    updatedAt: more.updated_at,
    provenance: {
      importId: row.import_id,
      file: row.source_file,
      sheet: row.source_sheet,
      row: row.source_row,
      importedAt: imp?.started_at ?? null,
      format: imp?.format ?? null,
      sourceTool: more.source_tool,
    },
    overrides: listOverrides(db, id),
    audit: listAudit(db, { entity: 'device', entityId: id, limit: 200 }),
  };
}

function parseExtra(text: string): Record<string, string> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Overrides live in device_overrides (migration 0030, tagging); a plan without it has none. */
function listOverrides(db: Db, id: number): DeviceOverrideEntry[] {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'device_overrides'").get();
  if (!has) return [];
  const rows = db
    .prepare('SELECT * FROM device_overrides WHERE device_id = ? ORDER BY id DESC')
    .all(id) as Array<{
    id: number;
    status: 'restricted' | 'clear';
    previous_status: string | null;
    reason: string;
    user: string;
    at: string;
    revoked_at: string | null;
  }>;
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    previousStatus: r.previous_status,
    reason: r.reason,
    user: r.user,
    at: r.at,
    revokedAt: r.revoked_at,
  }));
}

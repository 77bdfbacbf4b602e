import type { DevicePage, DeviceQuery, DeviceRow, Evidence, Summary } from '../../electron/api/types';
import type { Db } from '../open';
import { searchClause } from './device-search';

/** A device as stored (snake_case columns). */
export interface DeviceDbRow {
  id: number;
  site_id: number | null;
  site_name?: string | null;
  asset_tag: string | null;
  building: string | null;
  location: string | null;
  type: DeviceRow['type'];
  subtype: string | null;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  mac_raw: string | null;
  ip: string | null;
  firmware: string | null;
  install_date: string | null;
  lifecycle: DeviceRow['lifecycle'];
  notes: string | null;
  cost_cents: number | null;
  extra: string;
  source_tool: string | null;
  import_id: number | null;
  source_file: string | null;
  source_sheet: string | null;
  source_row: number | null;
  status: DeviceRow['status'];
  company: string | null;
  evidence: string;
  excluded: number;
  override_status?: string | null;
}

export function toDeviceRow(r: DeviceDbRow): DeviceRow {
  return {
    id: r.id,
    assetTag: r.asset_tag,
    site: r.site_name ?? null,
    siteId: r.site_id,
    building: r.building,
    location: r.location,
    type: r.type,
    manufacturer: r.manufacturer,
    model: r.model,
    serial: r.serial,
    mac: r.mac,
    ip: r.ip,
    firmware: r.firmware,
    installDate: r.install_date,
    lifecycle: r.lifecycle,
    status: r.status,
    company: r.company,
    evidence: JSON.parse(r.evidence) as Evidence[],
    overridden: r.override_status != null,
    excluded: r.excluded === 1,
  };
}

const SORT_COLUMNS: Record<NonNullable<DeviceQuery['sort']>, string> = {
  id: 'd.id',
  // A subquery instead of the join lets SQLite read site_id from its index, not the (wide) device rows.
  site: '(SELECT s2.name FROM sites s2 WHERE s2.id = d.site_id)',
  manufacturer: 'd.manufacturer',
  model: 'd.model',
  status: 'd.status',
  type: 'd.type',
  mac: 'd.mac',
  installDate: 'd.install_date',
};

function whereClause(q: DeviceQuery): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.status) {
    where.push('d.status = @status');
    params.status = q.status;
  }
  if (q.siteId !== undefined) {
    where.push('d.site_id = @siteId');
    params.siteId = q.siteId;
  }
  if (q.company) {
    where.push('d.company = @company');
    params.company = q.company;
  }
  if (q.type) {
    where.push('d.type = @type');
    params.type = q.type;
  }
  if (q.importId !== undefined) {
    where.push('d.import_id = @importId');
    params.importId = q.importId;
  }
  if (q.search && q.search.trim()) {
    // Every word must match a field; FTS5 trigram index from migration 0050 (device-search.ts).
    const clause = searchClause(q.search);
    if (clause) {
      where.push(`(${clause.sql})`);
      Object.assign(params, clause.params);
    }
  }
  return { sql: where.length ? 'WHERE ' + where.join(' AND ') : '', params };
}

export function listDevices(db: Db, q: DeviceQuery = {}): DevicePage {
  const { sql, params } = whereClause(q);
  // Counting through devices reads every matching (wide) row; a search alone is counted on its index.
  const searchOnly = q.search && !q.status && q.siteId === undefined && !q.company && !q.type && q.importId === undefined;
  const countSql = (searchOnly && searchClause(q.search!)?.countSql) || `SELECT COUNT(*) AS n FROM devices d ${sql}`;
  const total = (db.prepare(countSql).get(params) as { n: number }).n;
  const order = `${SORT_COLUMNS[q.sort ?? 'id']} ${q.desc ? 'DESC' : 'ASC'}, d.id`;
  // Sort and page over ids only, then fetch the page's rows: sorting whole rows
  // (evidence JSON included) made deep pages of a 100,000-device plan take seconds.
  const ids = db
    .prepare(`SELECT d.id FROM devices d ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: q.limit ?? 100, offset: q.offset ?? 0 }) as number[];
  if (ids.length === 0) return { total, rows: [] };
  const byId = new Map(
    (
      db
        .prepare(`SELECT d.*, s.name AS site_name FROM devices d LEFT JOIN sites s ON s.id = d.site_id WHERE d.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as DeviceDbRow[]
    ).map((r) => [r.id, r]),
  );
  return { total, rows: ids.map((id) => toDeviceRow(byId.get(id)!)) };
}

export function getDevice(db: Db, id: number): DeviceDbRow | undefined {
  return db
    .prepare('SELECT d.*, s.name AS site_name FROM devices d LEFT JOIN sites s ON s.id = d.site_id WHERE d.id = ?')
    .get(id) as DeviceDbRow | undefined;
}

export function countSummary(db: Db): Omit<Summary, 'policies'> {
  const r = db
    .prepare(
      `SELECT COUNT(*) AS devices,
              COALESCE(SUM(status = 'restricted'), 0) AS restricted,
              COALESCE(SUM(status = 'review'), 0) AS review,
              COALESCE(SUM(status = 'clear'), 0) AS clear,
              (SELECT COUNT(*) FROM sites) AS sites
       FROM devices`,
    )
    .get() as Omit<Summary, 'policies'>;
  return r;
}

/** Fields of a device as the importer or the sample generator supplies them. */
export interface DeviceInput {
  siteId: number | null;
  assetTag?: string | null;
  building?: string | null;
  location?: string | null;
  type: DeviceRow['type'];
  subtype?: string | null;
  manufacturer?: string | null;
  model?: string | null;
  serial?: string | null;
  mac?: string | null;
  macRaw?: string | null;
  ip?: string | null;
  firmware?: string | null;
  installDate?: string | null;
  lifecycle?: DeviceRow['lifecycle'];
  notes?: string | null;
  costCents?: number | null;
  extra?: Record<string, string>;
  sourceTool?: string | null;
  importId?: number | null;
  sourceFile?: string | null;
  sourceSheet?: string | null;
  sourceRow?: number | null;
  /** The verdict, when the device is tagged as it is inserted (an import); else it waits for a re-tag as 'review'. */
  tag?: { status: DeviceRow['status']; company: string | null; evidenceJson: string } | null;
}

/** The columns prepareInsertDevice writes, in the order of deviceValues. */
const INSERT_COLUMNS = [
  'site_id', 'asset_tag', 'building', 'location', 'type', 'subtype', 'manufacturer', 'model', 'serial', 'mac', 'mac_raw', 'ip', 'firmware',
  'install_date', 'lifecycle', 'notes', 'cost_cents', 'extra', 'source_tool', 'import_id', 'source_file', 'source_sheet', 'source_row',
  'status', 'company', 'evidence',
] as const;

/** A device's values in INSERT_COLUMNS order: better-sqlite3 binds positional values faster than named ones (bench: ~0.4 s of a 100k import). */
function deviceValues(d: DeviceInput): unknown[] {
  return [
    d.siteId, d.assetTag ?? null, d.building ?? null, d.location ?? null, d.type, d.subtype ?? null, d.manufacturer ?? null, d.model ?? null,
    d.serial ?? null, d.mac ?? null, d.macRaw ?? null, d.ip ?? null, d.firmware ?? null, d.installDate ?? null, d.lifecycle ?? null,
    d.notes ?? null, d.costCents ?? null, JSON.stringify(d.extra ?? {}), d.sourceTool ?? null, d.importId ?? null, d.sourceFile ?? null,
    d.sourceSheet ?? null, d.sourceRow ?? null, d.tag?.status ?? 'review', d.tag?.company ?? null, d.tag?.evidenceJson ?? '[]',
  ];
}

/** A prepared insert, to reuse across a batch inside one transaction. */
export function prepareInsertDevice(db: Db): (d: DeviceInput) => number {
  const stmt = db.prepare(`INSERT INTO devices (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`);
  return (d) => Number(stmt.run(deviceValues(d)).lastInsertRowid);
}

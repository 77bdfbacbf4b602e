// SQL aggregates behind the dashboard's inventory charts: restricted devices by
// company and brand, devices by site and status, the status split. Every chart
// of the dashboard reads the same filter (region, site), applied here.
import type { DeviceStatus } from '../../electron/api/types';
import type { ChartFilter, CompanyBrandCount, InventoryAggregates, SiteStatusCount } from '../../electron/api/charts-types';
import type { Db } from '../open';
import { WHOLE_TABLE } from './sites';

function filterSql(f: ChartFilter): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.region !== undefined) {
    where.push('s.region = @region');
    params.region = f.region;
  }
  if (f.siteId !== undefined) {
    where.push('d.site_id = @siteId');
    params.siteId = f.siteId;
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Maker spellings that differ only in case, spacing or punctuation ("Hik Vision", "HIKVISION") are one brand. */
export function brandKey(manufacturer: string): string {
  return manufacturer.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function restrictedByCompanyBrand(db: Db, f: ChartFilter = {}): CompanyBrandCount[] {
  const { where, params } = filterSql(f);
  const rows = db
    .prepare(
      `SELECT d.company AS company, NULLIF(trim(d.manufacturer), '') AS manufacturer,
              -- The tagger found the manufacturer field to be the company's own name (not a brand or a relabel).
              EXISTS (SELECT 1 FROM json_each(d.evidence) e
                      WHERE json_extract(e.value, '$.field') = 'manufacturer' AND json_extract(e.value, '$.kind') = 'maker') AS own_name,
              COUNT(*) AS n
       FROM devices d LEFT JOIN sites s ON s.id = d.site_id
       ${where ? `${where} AND` : 'WHERE'} d.status = 'restricted'
       GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2`,
    )
    .all(params) as Array<{ company: string | null; manufacturer: string | null; own_name: 0 | 1; n: number }>;
  // Merge spellings of one maker ("Hik Vision", "HIKVISION", and every spelling of the company's own
  // name such as "Hangzhou Hikvision Digital Technology Co., Ltd."); the label is the most frequent
  // spelling (rows come most frequent first).
  const merged = new Map<string, CompanyBrandCount>();
  for (const r of rows) {
    const brand = r.manufacturer === null ? '' : r.own_name ? '\u0001own' : brandKey(r.manufacturer);
    const key = `${r.company ?? ''}\u0000${brand}`;
    const found = merged.get(key);
    if (found) found.devices += r.n;
    else merged.set(key, { company: r.company, brand: r.manufacturer, devices: r.n });
  }
  return [...merged.values()];
}

export function statusBySite(db: Db, f: ChartFilter = {}): SiteStatusCount[] {
  const { where, params } = filterSql(f);
  return db
    .prepare(
      `SELECT d.site_id AS siteId, s.name AS siteName, s.region AS region,
              SUM(d.status = 'restricted') AS restricted, SUM(d.status = 'review') AS review, SUM(d.status = 'clear') AS clear
       FROM devices d ${where ? '' : WHOLE_TABLE} LEFT JOIN sites s ON s.id = d.site_id
       ${where}
       GROUP BY d.site_id ORDER BY s.name`,
    )
    .all(params) as SiteStatusCount[];
}

export function filterOptions(db: Db): InventoryAggregates['options'] {
  const sites = db.prepare('SELECT id, name, region FROM sites ORDER BY name').all() as Array<{ id: number; name: string; region: string | null }>;
  const regions = [...new Set(sites.map((s) => s.region).filter((r): r is string => r !== null))].sort();
  return { regions, sites };
}

/** Everything the inventory charts and KPI tiles need, for one filter, in one call. */
export function inventoryAggregates(db: Db, f: ChartFilter = {}): InventoryAggregates {
  const bySite = statusBySite(db, f);
  const status: Record<DeviceStatus, number> = { restricted: 0, review: 0, clear: 0 };
  for (const s of bySite) {
    status.restricted += s.restricted;
    status.review += s.review;
    status.clear += s.clear;
  }
  const siteIds = (
    db
      .prepare('SELECT id FROM sites WHERE (@region IS NULL OR region = @region) AND (@siteId IS NULL OR id = @siteId) ORDER BY id')
      .all({ region: f.region ?? null, siteId: f.siteId ?? null }) as Array<{ id: number }>
  ).map((r) => r.id);
  return {
    devices: status.restricted + status.review + status.clear,
    status,
    sitesAffected: bySite.filter((s) => s.siteId !== null && s.restricted > 0).length,
    byCompanyBrand: restrictedByCompanyBrand(db, f),
    bySite,
    siteIds,
    options: filterOptions(db),
  };
}

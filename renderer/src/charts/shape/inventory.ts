// Restricted devices by company and brand, by site, and the status split.
import type { DeviceStatus } from '../../../../electron/api/types';
import type { CompanyBrandCount, SiteStatusCount } from '../../../../electron/api/charts-types';

/** Brands beyond this many per chart are added up as "other" so the legend stays readable. */
export const MAX_BRANDS = 6;
export const OTHER = '__other__';
export const UNKNOWN = '__unknown__';

export interface CompanyBrandChart {
  /** Legend order: largest brand first, then OTHER if any, with UNKNOWN standing for "no maker recorded". */
  brands: string[];
  /** One row per company, largest first; a column per brand. */
  rows: Array<{ company: string; total: number } & Record<string, number | string>>;
}

export function companyBrandChart(counts: readonly CompanyBrandCount[], maxBrands = MAX_BRANDS): CompanyBrandChart {
  const brandTotals = new Map<string, number>();
  for (const c of counts) {
    const b = c.brand ?? UNKNOWN;
    brandTotals.set(b, (brandTotals.get(b) ?? 0) + c.devices);
  }
  const ranked = [...brandTotals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([b]) => b);
  const kept = new Set(ranked.length > maxBrands ? ranked.slice(0, maxBrands - 1) : ranked);
  const brands = [...kept];
  if (ranked.length > kept.size) brands.push(OTHER);

  const byCompany = new Map<string, { company: string; total: number } & Record<string, number | string>>();
  for (const c of counts) {
    const company = c.company ?? UNKNOWN;
    let row = byCompany.get(company);
    if (!row) byCompany.set(company, (row = { company, total: 0 }));
    const b = c.brand ?? UNKNOWN;
    const col = kept.has(b) ? b : OTHER;
    row[col] = (Number(row[col]) || 0) + c.devices;
    row.total += c.devices;
  }
  const rows = [...byCompany.values()].sort((a, b) => b.total - a.total || a.company.localeCompare(b.company));
  for (const row of rows) for (const b of brands) row[b] ??= 0;
  return { brands, rows };
}

export interface SiteBar {
  siteId: number | null;
  site: string | null;
  restricted: number;
  review: number;
}

/** Sites with restricted or review devices, most restricted first; `limit` keeps the chart legible. */
export function restrictedBySite(sites: readonly SiteStatusCount[], limit = 15): SiteBar[] {
  return sites
    .filter((s) => s.restricted + s.review > 0)
    .map((s) => ({ siteId: s.siteId, site: s.siteName, restricted: s.restricted, review: s.review }))
    .sort((a, b) => b.restricted - a.restricted || b.review - a.review || (a.site ?? '').localeCompare(b.site ?? ''))
    .slice(0, limit);
}

export interface StatusSlice {
  status: DeviceStatus;
  devices: number;
  /** Share of all devices, 0–1; 0 when there are none. */
  share: number;
}

export const STATUSES: readonly DeviceStatus[] = ['restricted', 'review', 'clear'];

export function statusSplit(status: Record<DeviceStatus, number>): StatusSlice[] {
  const total = STATUSES.reduce((n, s) => n + status[s], 0);
  return STATUSES.map((s) => ({ status: s, devices: status[s], share: total ? status[s] / total : 0 }));
}

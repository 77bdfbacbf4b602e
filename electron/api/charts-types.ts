// Data shapes of the dashboard's inventory aggregates ('charts:inventory'). Types only.
// The renderer imports them with `import type`; db/queries/charts.ts produces them.

import type { DeviceStatus } from './types';

/** Which part of the inventory every dashboard chart shows. Empty = everything. */
export interface ChartFilter {
  region?: string;
  siteId?: number;
}

export interface CompanyBrandCount {
  /** Listed company id (hikvision, dahua, ...) or null when the tagger named none. */
  company: string | null;
  /** Maker as most often written in the inventory, or null when no maker was recorded. */
  brand: string | null;
  devices: number;
}

export interface SiteStatusCount {
  siteId: number | null;
  siteName: string | null;
  region: string | null;
  restricted: number;
  review: number;
  clear: number;
}

export interface InventoryAggregates {
  devices: number;
  status: Record<DeviceStatus, number>;
  /** Sites with at least one restricted device. */
  sitesAffected: number;
  byCompanyBrand: CompanyBrandCount[];
  bySite: SiteStatusCount[];
  /** Site ids inside the filter (to restrict plan items the same way). */
  siteIds: number[];
  /** Every region and site of the plan, for the filter menus (not filtered). */
  options: { regions: string[]; sites: Array<{ id: number; name: string; region: string | null }> };
}

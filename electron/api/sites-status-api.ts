// The Restricted view's own API names: mark a site "not yet reported" (a site
// with no data is never read as "no restricted devices"), and count restricted
// devices by company and brand (EZVIZ, HiLook, … under Hikvision). Spread into
// schemas.ts and handlers.ts; the types are exported for contract.ts.
import { z } from 'zod';
import { appendAudit } from '../../db/queries/audit';
import { listSites } from '../../db/queries/sites';
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import type { Backend } from '../backend';
import type { ApiArgs, ApiResult } from './contract';
import type { SiteRow } from './types';

export type SiteStatus = SiteRow['status'];

/** Restricted devices of one company under one brand; brand null = the company's own name. */
export interface RestrictedBrandCount {
  company: string | null;
  brand: string | null;
  devices: number;
}

export type SitesStatusApiName = 'sites:setStatus' | 'restricted:brands';

/**
 * Set a site's reporting status, audited. Only a site without devices can be
 * "not yet reported": a site with rows has reported, whatever they say.
 */
export function setSiteStatus(db: Db, user: string, siteId: number, status: SiteStatus): SiteRow {
  return db.transaction(() => {
    const before = listSites(db).find((s) => s.id === siteId);
    if (!before) throw new UserError('NOT_FOUND', `There is no site ${siteId} in this plan; reload the list of sites and try again.`);
    if (status === 'not_reported' && before.devices > 0) {
      throw new UserError(
        'SITE_HAS_DEVICES',
        `Site "${before.name}" has ${before.devices} device(s) in the inventory, so it has reported; only a site without devices can be marked "not yet reported".`,
      );
    }
    if (before.status === status) return before;
    db.prepare('UPDATE sites SET status = ? WHERE id = ?').run(status, siteId);
    appendAudit(db, { user, action: 'site.status', entity: 'site', entityId: siteId, oldValue: before.status, newValue: status });
    return { ...before, status };
  })();
}

/** Restricted devices counted by company and by the brand evidence that named them. */
export function restrictedBrands(db: Db): RestrictedBrandCount[] {
  return db
    .prepare(
      `SELECT d.company AS company,
              (SELECT json_extract(e.value, '$.value') FROM json_each(d.evidence) e
                WHERE json_extract(e.value, '$.kind') = 'brand' LIMIT 1) AS brand,
              COUNT(*) AS devices
       FROM devices d WHERE d.status = 'restricted'
       GROUP BY 1, 2 ORDER BY 1, devices DESC, 2`,
    )
    .all() as RestrictedBrandCount[];
}

export const sitesStatusSchemas: { [K in SitesStatusApiName]: z.ZodType<ApiArgs<K>> } = {
  'sites:setStatus': z.strictObject({ siteId: z.number().int().positive(), status: z.enum(['active', 'not_reported']) }),
  'restricted:brands': z.strictObject({}) as unknown as z.ZodType<Record<string, never>>,
};

export const sitesStatusHandlers: { [K in SitesStatusApiName]: (b: Backend, args: ApiArgs<K>) => ApiResult<K> } = {
  'sites:setStatus': (b, args) => setSiteStatus(b.db, b.user, args.siteId, args.status),
  'restricted:brands': (b) => restrictedBrands(b.db),
};

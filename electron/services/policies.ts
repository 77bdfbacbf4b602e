import type { Db } from '../../db/open';
import { getSetting } from '../../db/queries/settings';

export const DEFAULT_ACTIVE_POLICIES = ['ca-federal-2025'];

/** Ids of the policies switched on for this plan. */
export function activePolicyIds(db: Db): string[] {
  return getSetting<string[]>(db, 'policies.active', DEFAULT_ACTIVE_POLICIES);
}

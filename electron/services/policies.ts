// Policies: which ones exist (the committed rule data), which are active for
// this plan (a plan setting), and switching them on or off with a re-tag.
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/queries/audit';
import { getSetting, setSetting } from '../../db/queries/settings';
import type { PolicyChange, PolicyInfo } from '../api/tagging-types';
import type { PolicyDef } from '../domain/policies/types';
import { policyData, retagAll } from './tagging';

export const DEFAULT_ACTIVE_POLICIES = ['ca-federal-2025'];

/** Ids of the policies switched on for this plan. */
export function activePolicyIds(db: Db): string[] {
  return getSetting<string[]>(db, 'policies.active', DEFAULT_ACTIVE_POLICIES);
}

function toInfo(p: PolicyDef, active: ReadonlySet<string>): PolicyInfo {
  return {
    id: p.id,
    name: p.name,
    jurisdiction: p.jurisdiction,
    issuer: p.issuer,
    date: p.date,
    version: p.version,
    kind: p.kind,
    active: active.has(p.id),
    companies: p.covers.map((c) => c.company),
    citation: { ...p.citation },
    sources: p.sources.map((s) => (s.url ? { title: s.title, url: s.url } : { title: s.title })),
    confidence: p.confidence,
    scope: p.scope,
  };
}

export function listPolicies(db: Db): PolicyInfo[] {
  const active = new Set(activePolicyIds(db));
  return policyData.policies.map((p) => toInfo(p, active));
}

function checkIds(ids: readonly string[]): void {
  const known = policyData.policies.map((p) => p.id);
  for (const id of ids) {
    if (!known.includes(id)) throw new UserError('UNKNOWN_POLICY', `There is no policy "${id}"; the policies are ${known.join(', ')}.`);
  }
}

/**
 * Switch policies on and off, then re-tag every device, all in one
 * transaction; the change is written to the audit log.
 */
export function setActivePolicies(db: Db, change: { enable?: readonly string[]; disable?: readonly string[] }, user: string): PolicyChange {
  const enable = change.enable ?? [];
  const disable = change.disable ?? [];
  checkIds([...enable, ...disable]);
  const both = enable.filter((id) => disable.includes(id));
  if (both.length) throw new UserError('POLICY_BOTH', `Policy ${both[0]} cannot be enabled and disabled at once.`);
  const diff = db.transaction(() => {
    const before = activePolicyIds(db);
    const next = policyData.policies.map((p) => p.id).filter((id) => (before.includes(id) || enable.includes(id)) && !disable.includes(id));
    if (next.join(',') !== before.join(',')) {
      setSetting(db, 'policies.active', next);
      appendAudit(db, { user, action: 'policies.setActive', entity: 'policy', oldValue: before.join(', ') || '(none)', newValue: next.join(', ') || '(none)' });
    }
    return retagAll(db);
  })();
  return { policies: listPolicies(db), diff };
}

// The replacement catalogue: seeded from the built-in starter catalogue the
// first time a plan needs it, then edited by the user. Every edit is audited
// and makes stored plan results stale (they re-run when next read).
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/queries/audit';
import { clearScenarioResults, getCatalogueEntry, listCatalogue, saveCatalogueEntry } from '../../db/queries/plan';
import type { CatalogueEntry, CatalogueUpdate, NewCatalogueEntry } from '../api/plan-types';
import { parseDate } from '../domain/plan/fiscal';
import { STARTER_CATALOGUE } from '../domain/plan/starter-catalogue';

/** The catalogue, seeded with the built-in starter catalogue the first time it is needed. */
export function ensureCatalogue(db: Db): CatalogueEntry[] {
  const existing = listCatalogue(db);
  if (existing.length > 0) return existing;
  db.transaction(() => {
    for (const e of STARTER_CATALOGUE) saveCatalogueEntry(db, e);
  })();
  return listCatalogue(db);
}

function checkEntry(next: Omit<CatalogueEntry, 'id'>): void {
  for (const key of ['hardwareCents', 'labourMinutes', 'labourRateCentsPerHour', 'licenceCentsPerChannel', 'channels', 'disposalCents', 'leadTimeDays'] as const) {
    if (!Number.isSafeInteger(next[key]) || next[key] < 0) {
      throw new UserError('BAD_CATALOGUE', `The catalogue field ${key} must be a whole number of at least 0 (got ${next[key]}).`);
    }
  }
  if (!parseDate(next.priceDate)) throw new UserError('BAD_CATALOGUE', `The price date "${next.priceDate}" is not a date like 2025-04-01.`);
  if (!next.replacement.trim()) throw new UserError('BAD_CATALOGUE', 'Describe the replacement product (it cannot be empty).');
}

/** Edit one catalogue entry's prices or details. */
export function updateCatalogue(db: Db, user: string, update: CatalogueUpdate): CatalogueEntry {
  ensureCatalogue(db);
  const old = getCatalogueEntry(db, update.id);
  if (!old) throw new UserError('NOT_FOUND', `There is no catalogue entry number ${update.id}.`);
  const next: CatalogueEntry = { ...old, ...update };
  checkEntry(next);
  db.transaction(() => {
    saveCatalogueEntry(db, next);
    appendAudit(db, { user, action: 'catalogue.update', entity: 'catalogue', entityId: old.id, oldValue: JSON.stringify(old), newValue: JSON.stringify(next) });
    clearScenarioResults(db);
  })();
  return getCatalogueEntry(db, old.id)!;
}

/** Add an entry for a sub-type the starter catalogue lacks (e.g. a fisheye camera). */
export function addCatalogueEntry(db: Db, user: string, entry: NewCatalogueEntry): CatalogueEntry {
  const existing = ensureCatalogue(db);
  const subtype = entry.subtype.trim().toLowerCase();
  const next: Omit<CatalogueEntry, 'id'> = { ...entry, subtype, currency: 'CAD' };
  checkEntry(next);
  if (existing.some((e) => e.type === next.type && e.subtype === subtype)) {
    throw new UserError('DUPLICATE', `The catalogue already has an entry for ${next.type}${subtype ? ` (${subtype})` : ''}; edit that one instead.`);
  }
  const id = db.transaction(() => {
    const newId = saveCatalogueEntry(db, next);
    appendAudit(db, { user, action: 'catalogue.add', entity: 'catalogue', entityId: newId, newValue: JSON.stringify(next) });
    clearScenarioResults(db);
    return newId;
  })();
  return getCatalogueEntry(db, id)!;
}

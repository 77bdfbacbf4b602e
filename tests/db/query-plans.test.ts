// The inventory grid's queries on a plan must be answered from an index (or
// the FTS table for a search), never by reading every device: at 100,000
// devices a full scan is what turns a 10 ms page into a second. The plans are
// taken from the SQL listDevices really runs, captured as it prepares it.
import { describe, expect, it } from 'vitest';
import { openPlanDb, type Db } from '../../db/open';
import { statusBySite } from '../../db/queries/charts';
import { listDevices } from '../../db/queries/devices';
import { listPlanSites } from '../../db/queries/plan';
import { listSites } from '../../db/queries/sites';
import { overridesForDevice } from '../../db/queries/tagging';
import type { DeviceQuery } from '../../electron/api/types';
import { generateSample } from '../../electron/services/sample';

interface Ran {
  sql: string;
  params: unknown;
}

/** Every statement `run` runs on `db` (listDevices for a query, by default), with the parameters it bound. */
function statementsOf(db: Db, q: DeviceQuery | (() => unknown)): Ran[] {
  const ran: Ran[] = [];
  const prepare = db.prepare.bind(db);
  const watched = (sql: string) => {
    const stmt = prepare(sql);
    const wrap = (name: 'all' | 'get' | 'iterate') => {
      const fn = stmt[name].bind(stmt) as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        ran.push({ sql, params: args[0] });
        return fn(...args);
      };
    };
    wrap('all');
    wrap('get');
    wrap('iterate');
    return stmt;
  };
  (db as unknown as { prepare: typeof watched }).prepare = watched;
  try {
    if (typeof q === 'function') q();
    else listDevices(db, q);
  } finally {
    (db as unknown as { prepare: typeof prepare }).prepare = prepare;
  }
  return ran;
}

function planOf(db: Db, r: Ran): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`);
  const rows = (r.params === undefined ? stmt.all() : stmt.all(r.params as Record<string, unknown>)) as Array<{ detail: string }>;
  return rows.map((x) => x.detail);
}

/** A plan step that reads the whole devices table row by row (not through an index). */
const fullScan = (detail: string) => /^SCAN (d|devices)$/.test(detail.trim());

function plannedDb(): Db {
  const db = openPlanDb(':memory:');
  generateSample(db); // no ANALYZE: the app never runs it, so the planner works without statistics
  return db;
}

const PAGE_QUERIES: Array<[string, DeviceQuery]> = [
  ['restricted devices sorted by site', { status: 'restricted', sort: 'site', limit: 100 }],
  ['restricted devices sorted by maker', { status: 'restricted', sort: 'manufacturer', limit: 100 }],
  ['all devices sorted by maker, a deep page', { sort: 'manufacturer', limit: 100, offset: 300 }],
  ['all devices sorted by install date, descending', { sort: 'installDate', desc: true, limit: 100, offset: 200 }],
  ['all devices sorted by site', { sort: 'site', limit: 100, offset: 100 }],
  ['devices of one company', { company: 'Hikvision', limit: 100 }],
  ['cameras sorted by install date, a deep page', { type: 'camera', sort: 'installDate', desc: true, limit: 100, offset: 300 }],
];

const SEARCHES: Array<[string, DeviceQuery]> = [
  ['a maker name', { search: 'hikvision', limit: 100 }],
  ['a MAC fragment', { search: '5a98', limit: 100 }],
  ['two words, sorted by site', { search: 'lobby axis', sort: 'site', limit: 100 }],
  ['a model prefix with a status filter', { search: 'DS-2CD', status: 'restricted', limit: 100 }],
];

describe('inventory query plans', () => {
  const db = plannedDb();

  it.each(PAGE_QUERIES)('a page of %s is read through an index, not a full scan of devices', (_name, q) => {
    const ran = statementsOf(db, q);
    expect(ran.length).toBeGreaterThan(0);
    for (const r of ran) {
      const plan = planOf(db, r);
      expect(plan.filter(fullScan), `${r.sql}\n${plan.join('\n')}`).toEqual([]);
    }
  });

  it.each(SEARCHES)('a search for %s uses the FTS table and never scans devices', (_name, q) => {
    const ran = statementsOf(db, q);
    const plans = ran.map((r) => planOf(db, r));
    expect(plans.flat().some((d) => d.includes('devices_fts VIRTUAL TABLE'))).toBe(true);
    for (const [i, plan] of plans.entries()) expect(plan.filter(fullScan), `${ran[i].sql}\n${plan.join('\n')}`).toEqual([]);
  });

  // The opposite case: a count over every device reads the table once, in order. Walking the site index instead
  // visits each device's row out of order (at 100,000 devices ~0.25 s instead of ~0.13 s, on the dashboard's load).
  it.each([
    ['the dashboard status by site', () => statusBySite(db)],
    ['the sites list', () => listSites(db)],
    ['the plan sites list', () => listPlanSites(db)],
  ])('%s counts every device in one pass over the table, not through the site index', (_name, run) => {
    const ran = statementsOf(db, run);
    expect(ran.length).toBe(1);
    const plan = planOf(db, ran[0]);
    expect(plan.some(fullScan), plan.join('\n')).toBe(true);
    expect(plan.some((d) => d.includes('devices_site')), plan.join('\n')).toBe(false);
  });

  it('a count for one site still finds its devices through the site index', () => {
    const siteId = (db.prepare('SELECT site_id FROM devices WHERE site_id IS NOT NULL LIMIT 1').pluck().get() as number);
    const plan = planOf(db, statementsOf(db, () => statusBySite(db, { siteId }))[0]);
    expect(plan.some((d) => d.includes('devices_site')), plan.join('\n')).toBe(true);
  });

  it("a device's overrides, in force or revoked, are found through an index (a bulk override looks up each device)", () => {
    const ran = statementsOf(db, () => overridesForDevice(db, 1));
    const plan = planOf(db, ran[0]);
    expect(plan.some((d) => /^SCAN device_overrides$/.test(d.trim())), plan.join('\n')).toBe(false);
    expect(plan.some((d) => d.includes('USING INDEX device_overrides_device')), plan.join('\n')).toBe(true);
  });

  it('the check itself sees a full scan when there is one', () => {
    // Guards the regex above: an unindexed filter must be reported.
    expect(planOf(db, { sql: "SELECT id FROM devices d WHERE d.notes = 'x'", params: undefined }).some(fullScan)).toBe(true);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../db/errors';
import { listAudit } from '../../../db/queries/audit';
import { listPlanItems } from '../../../db/queries/plan';
import { dispatch } from '../../../electron/api/gate';
import { Backend } from '../../../electron/backend';
import {
  compareScenarios,
  copyScenario,
  deleteScenario,
  getPlan,
  listScenarios,
  moveSite,
  runPlan,
  setPlanParams,
  setRecorder,
  updateSite,
} from '../../../electron/services/plan';
import { addCatalogueEntry, ensureCatalogue, updateCatalogue } from '../../../electron/services/plan-catalogue';
import { cameras, fillPlan, memoryPlan } from './plan-db-fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Camera entry priced at exactly $1,000 with no labour, licence or disposal, so totals are easy to check by hand. */
function flatPrices(db: ReturnType<typeof memoryPlan>) {
  const cat = ensureCatalogue(db);
  for (const e of cat) {
    updateCatalogue(db, 'test', { id: e.id, hardwareCents: e.type === 'recorder' ? 500_000 : 100_000, labourMinutes: 0, licenceCentsPerChannel: 0, disposalCents: 0, priceDate: '2026-04-01' });
  }
}

const base = { start: '2026-04-01', capacity: 5, escalationPct: 0, contingencyPct: 0 };

describe('plan service on a real SQLite plan', () => {
  it('runs the current scenario, stores every item and a summary that reads back the same', () => {
    const db = memoryPlan([
      { name: 'HQ', criticality: 1, devices: [{ type: 'recorder' }, ...cameras(6)] },
      { name: 'Depot', criticality: 4, devices: [...cameras(3), { status: 'clear' }, { status: 'review' }] },
    ]);
    flatPrices(db);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 1_000_000 }] });
    const r = runPlan(db);
    // HQ: recorder $5,000 + 4 cameras fit the $10,000 cap with the 5-a-month capacity... cap allows 5 000 + 5 × 1 000 = 10 000.
    expect(r.fundedDevices).toBe(6);
    expect(r.unfundedDevices).toBe(4);
    expect(r.unfundedCostCents).toBe(400_000);
    expect(r.items[0]).toMatchObject({ siteName: 'HQ', type: 'recorder', month: '2026-04' });
    const page = listPlanItems(db, getPlan(db).scenario.id);
    expect(page.total).toBe(10);
    expect(page.rows).toEqual(r.items);
    const { items: _items, ...summary } = r;
    expect(getPlan(db).summary).toEqual(summary);
  });

  it('pages items across sites in schedule order, by site, and unfunded only', () => {
    const db = memoryPlan([
      { name: 'HQ', criticality: 1, devices: cameras(3) },
      { name: 'Depot', criticality: 2, devices: cameras(4) },
      { name: 'Annex', criticality: 3, devices: cameras(2) },
    ]);
    flatPrices(db);
    setPlanParams(db, { ...base, capacity: 100, budgets: [{ fy: '2026-27', capCents: 600_000 }] });
    const all = runPlan(db).items;
    const id = getPlan(db).scenario.id;
    const page = listPlanItems(db, id, { offset: 2, limit: 4 });
    expect(page.total).toBe(9);
    expect(page.rows).toEqual(all.slice(2, 6)); // crosses from HQ into Depot
    const depot = (db.prepare("SELECT id FROM sites WHERE name = 'Depot'").get() as { id: number }).id;
    expect(listPlanItems(db, id, { siteId: depot }).rows.map((i) => i.siteName)).toEqual(['Depot', 'Depot', 'Depot', 'Depot']);
    const unfunded = listPlanItems(db, id, { unfundedOnly: true });
    expect(unfunded.total).toBe(3); // $6,000 funds six $1,000 cameras
    expect(unfunded.rows.every((i) => i.month === null)).toBe(true);
  });

  it('re-runs a stored plan when the inventory changed since (an import or a re-tag)', () => {
    const db = memoryPlan([{ name: 'HQ', criticality: 1, devices: cameras(5) }]);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 100_000_000 }] });
    expect(getPlan(db).summary.scopeDevices).toBe(5);
    db.prepare("UPDATE devices SET status = 'clear' WHERE id IN (1, 2)").run();
    expect(getPlan(db).summary.scopeDevices).toBe(3);
    const order = () => listPlanItems(db, getPlan(db).scenario.id).rows.map((i) => i.deviceId);
    expect(order()).toEqual([3, 4, 5]);
    db.prepare('UPDATE devices SET ip = NULL WHERE id = 3').run(); // no longer exposed: goes last in its site
    expect(order()).toEqual([4, 5, 3]);
  });

  it('gives an empty plan for an empty inventory', () => {
    const db = memoryPlan([]);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 1_000_000 }] });
    const view = getPlan(db);
    expect(view.summary.scopeDevices).toBe(0);
    expect(view.summary.finishDate).toBeNull();
    expect(view.summary.byFiscalYear).toHaveLength(1);
  });

  it('refuses parameters that do not fit together, with a sentence, and keeps the old ones', () => {
    const db = memoryPlan([]);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 100 }] });
    expect(() => setPlanParams(db, { start: '2027-05-01' })).toThrow(UserError);
    expect(() => setPlanParams(db, { contingencyPct: 150 })).toThrow(/contingency must be a percentage/);
    expect(getPlan(db).scenario.params.start).toBe('2026-04-01');
  });

  it('copies a scenario with a bigger first-year cap and compares the two side by side', () => {
    const db = memoryPlan([{ name: 'HQ', criticality: 1, devices: cameras(20) }]);
    flatPrices(db);
    setPlanParams(db, { ...base, capacity: 100, budgets: [{ fy: '2026-27', capCents: 500_000 }, { fy: '2027-28', capCents: 500_000 }] });
    runPlan(db);
    const faster = copyScenario(db, 'Faster');
    setPlanParams(db, { budgets: [{ fy: '2026-27', capCents: 2_000_000 }, { fy: '2027-28', capCents: 500_000 }] }, faster.id);
    runPlan(db, faster.id);
    expect(() => copyScenario(db, ' faster ')).toThrow(/already exists/);
    const [baseInfo] = listScenarios(db);
    const c = compareScenarios(db, [baseInfo.id, faster.id]);
    expect(c.fiscalYears).toEqual(['2026-27', '2027-28']);
    expect(c.rows.map((r) => [r.name, r.finishDate, r.unfundedDevices, r.unfundedCostCents, r.totalCostCents])).toEqual([
      ['Base plan', null, 10, 1_000_000, 2_000_000],
      ['Faster', '2026-04-30', 0, 0, 2_000_000],
    ]);
    expect(c.rows[0].byFiscalYear.map((y) => y.restrictedRemaining)).toEqual([15, 10]);
    expect(c.rows[1].byFiscalYear.map((y) => y.restrictedRemaining)).toEqual([0, 0]);
  });

  it('records parameter changes in the audit log and deletes a scenario but never the last one', () => {
    const db = memoryPlan([]);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 100 }] }, undefined, 'tester');
    expect(listAudit(db, { entity: 'scenario' })[0]).toMatchObject({ action: 'plan.setParams', user: 'tester' });
    const copy = copyScenario(db, 'Copy');
    const [first] = listScenarios(db);
    expect(() => deleteScenario(db, 'tester', 999)).toThrow(/no scenario number 999/);
    const left = deleteScenario(db, 'tester', first.id);
    expect(left.map((s) => [s.name, s.current])).toEqual([['Copy', true]]);
    expect(() => deleteScenario(db, 'tester', copy.id)).toThrow(/at least one scenario/);
  });

  it('moves a site to a month, warns about the month over capacity, records it, and clears the move', () => {
    const db = memoryPlan([
      { name: 'HQ', criticality: 1, devices: cameras(4) },
      { name: 'Depot', criticality: 4, devices: cameras(7) },
    ]);
    flatPrices(db);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 10_000_000 }] });
    const depot = (db.prepare("SELECT id FROM sites WHERE name = 'Depot'").get() as { id: number }).id;
    const moved = moveSite(db, 'tester', { siteId: depot, month: '2026-04' });
    // The moved site is a commitment: all 7 in April although the crew does 5; HQ works around it, from May.
    expect(moved.warnings).toEqual([{ kind: 'overCapacity', month: '2026-04', devices: 7, capacity: 5 }]);
    expect(moved.sites.find((s) => s.siteName === 'HQ')).toMatchObject({ firstMonth: '2026-05', lastMonth: '2026-05' });
    expect(moved.sites.find((s) => s.siteName === 'Depot')).toMatchObject({ firstMonth: '2026-04', placement: 'movedMonth' });
    expect(listAudit(db, { entity: 'site', entityId: depot })[0]).toMatchObject({ action: 'plan.moveSite', user: 'tester' });
    const cleared = moveSite(db, 'tester', { siteId: depot, month: null, phase: null });
    expect(cleared.warnings).toEqual([]);
    expect(() => moveSite(db, 'tester', { siteId: depot, month: '2026-13' })).toThrow(/not a month/);
  });

  it('re-plans after a site edit or a catalogue price change', () => {
    const db = memoryPlan([
      { name: 'HQ', criticality: 2, devices: cameras(1) },
      { name: 'Depot', criticality: 3, devices: cameras(1) },
    ]);
    flatPrices(db);
    setPlanParams(db, { ...base, capacity: 1, budgets: [{ fy: '2026-27', capCents: 10_000_000 }] });
    expect(getPlan(db).summary.sites.map((s) => s.siteName)).toEqual(['HQ', 'Depot']);
    const depot = (db.prepare("SELECT id FROM sites WHERE name = 'Depot'").get() as { id: number }).id;
    updateSite(db, 'tester', { id: depot, criticality: 1 });
    expect(getPlan(db).summary.sites.map((s) => s.siteName)).toEqual(['Depot', 'HQ']);
    expect(() => updateSite(db, 'tester', { id: depot, criticality: 5 })).toThrow(/Criticality must be 1/);
    const camera = ensureCatalogue(db).find((e) => e.type === 'camera' && e.subtype === '')!;
    updateCatalogue(db, 'tester', { id: camera.id, hardwareCents: 123_456 });
    expect(getPlan(db).summary.fundedCostCents).toBe(2 * 123_456);
    expect(() => updateCatalogue(db, 'tester', { id: camera.id, priceDate: '2025-02-30' })).toThrow(/price date/);
  });

  it('links a camera to its recorder by hand, refusing links that make no sense', () => {
    const db = memoryPlan([{ name: 'HQ', criticality: 1, devices: [{ type: 'recorder' }, ...cameras(2)] }]);
    setRecorder(db, 'tester', 2, 1);
    expect(db.prepare('SELECT recorder_id FROM devices WHERE id = 2').get()).toEqual({ recorder_id: 1 });
    expect(() => setRecorder(db, 'tester', 3, 2)).toThrow(/is a camera, not a recorder/);
    expect(() => setRecorder(db, 'tester', 1, 1)).toThrow(/itself a recorder/);
    expect(listAudit(db, { entity: 'device', entityId: 2 })[0]).toMatchObject({ action: 'device.setRecorder', newValue: '1' });
    setRecorder(db, 'tester', 2, null);
    expect(db.prepare('SELECT recorder_id FROM devices WHERE id = 2').get()).toEqual({ recorder_id: null });
  });

  it('adds a catalogue entry for a new sub-type and prices matching devices with it', () => {
    const db = memoryPlan([{ name: 'HQ', criticality: 1, devices: cameras(2) }]);
    db.prepare("UPDATE devices SET subtype = 'Fisheye' WHERE id = 1").run();
    flatPrices(db);
    setPlanParams(db, { ...base, budgets: [{ fy: '2026-27', capCents: 100_000_000 }] });
    const fisheye = { type: 'camera' as const, subtype: ' FishEye ', replacement: 'Compliant fisheye camera', hardwareCents: 250_000, labourMinutes: 0,
      labourRateCentsPerHour: 0, licenceCentsPerChannel: 0, channels: 1, disposalCents: 0, leadTimeDays: 30, priceDate: '2026-04-01' };
    expect(addCatalogueEntry(db, 'tester', fisheye)).toMatchObject({ type: 'camera', subtype: 'fisheye', currency: 'CAD' });
    expect(() => addCatalogueEntry(db, 'tester', fisheye)).toThrow(/already has an entry for camera \(fisheye\)/);
    expect(getPlan(db).summary.fundedCostCents).toBe(250_000 + 100_000);
  });

  it('serves the plan API through the gate, with readable refusals', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-plan-api-'));
    dirs.push(dir);
    const backend = new Backend({ mode: 'cli', userDataDir: dir });
    backend.open(path.join(dir, 'plan.sqlite'));
    fillPlan(backend.db, [{ name: 'HQ', criticality: 1, devices: cameras(3) }]);
    const set = await dispatch(backend, 'plan:setParams', { params: { start: '2026-04-01', budgets: [{ fy: '2026-27', capCents: 100_000_000 }] } });
    expect(set.ok).toBe(true);
    const got = await dispatch(backend, 'plan:get', {});
    expect(got.ok && (got.value as { summary: { fundedDevices: number } }).summary.fundedDevices).toBe(3);
    const bad = await dispatch(backend, 'plan:setParams', { params: { capacity: 0 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    const late = await dispatch(backend, 'plan:setParams', { params: { start: '2030-01-01' } });
    expect(late).toMatchObject({ ok: false, error: { code: 'BAD_PARAMS' } });
    const items = await dispatch(backend, 'plan:items', { limit: 2 });
    expect(items.ok && (items.value as { total: number; rows: unknown[] })).toMatchObject({ total: 3, rows: [{}, {}] });
    const catalogue = await dispatch(backend, 'catalogue:list', {});
    expect(catalogue.ok && (catalogue.value as unknown[]).length).toBeGreaterThan(5);
    backend.close();
  });
});

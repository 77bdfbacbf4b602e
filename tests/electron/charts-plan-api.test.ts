// 'charts:plan' narrows the plan to a region or site on the backend, from every
// stored item of those sites, so a filtered dashboard is never cut at a page size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanItemPage, PlanSummary } from '../../electron/api/plan-types';
import { dispatch } from '../../electron/api/gate';
import { Backend } from '../../electron/backend';
import { generateSample } from '../../electron/services/sample';

let dir: string;
let b: Backend;

async function value<T>(name: string, args: unknown): Promise<T> {
  const r = await dispatch(b, name, args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-charts-plan-'));
  b = new Backend({ mode: 'browser', userDataDir: dir });
  b.open(path.join(dir, 'plan.sqlite'));
  generateSample(b.db);
  await value('plan:setParams', {
    params: { start: '2026-04-01', capacity: 10, budgets: [{ fy: '2026-27', capCents: 8_000_000 }, { fy: '2027-28', capCents: 8_000_000 }] },
  });
});
afterAll(() => {
  b.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('charts:plan', () => {
  it('without a filter is the whole plan', async () => {
    const whole = await value<PlanSummary>('charts:plan', {});
    const view = await value<{ summary: PlanSummary }>('plan:get', {});
    expect(whole).toEqual(view.summary);
  });

  it("for one site counts exactly that site's funded and unfunded items", async () => {
    const sites = await value<Array<{ id: number; restricted: number }>>('sites:list', {});
    const site = sites.find((s) => s.restricted > 0)!;
    const items = await value<PlanItemPage>('plan:items', { siteId: site.id, limit: 10_000 });
    const funded = items.rows.filter((i) => i.month !== null);
    const narrowed = await value<PlanSummary>('charts:plan', { siteId: site.id });
    expect(narrowed.fundedDevices).toBe(funded.length);
    expect(narrowed.unfundedDevices).toBe(items.rows.length - funded.length);
    expect(narrowed.fundedCostCents).toBe(funded.reduce((n, i) => n + i.cost.totalCents, 0));
    expect(narrowed.restrictedTotal).toBe(site.restricted);
    expect(narrowed.sites.map((s) => s.siteId)).toEqual([site.id]);
  });

  it('refuses a filter of the wrong shape', async () => {
    expect(await dispatch(b, 'charts:plan', { siteId: 'all' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
  });
});

// Plan runs (regeneration, new parameters, a scenario copy), import undo and
// policy switches run in a worker thread with their own connection to the plan
// file. Each must do what it does on the calling thread, leave that thread free
// meanwhile, bring refusals back as the same errors, and still run on the
// calling thread for a plan in memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADERS, inventoryRows } from '../../bench/generate';
import { listBackups } from '../../db/backup';
import { UserError } from '../../db/errors';
import { openPlanDb, type Db } from '../../db/open';
import { importParsed } from '../../electron/services/import/service';
import { currentPlanOffThread, LARGE_CHANGE_ROWS, runPlanTaskOffThread } from '../../electron/services/plan-task-thread';
import { planTasks } from '../../electron/services/plan-tasks';
import { Backend } from '../../electron/backend';
import { handlers } from '../../electron/api/handlers';
import { freshPlan, resolveScenario } from '../../electron/services/plan';
import type { PlanView } from '../../electron/api/plan-types';
import { generateSample } from '../../electron/services/sample';
import { turnsWhile } from './event-loop-turns';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The sample plan, with one small import on top (for the undo), as a file. */
function samplePlan(): { db: Db; file: string; importId: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-plan-task-'));
  dirs.push(dir);
  const file = path.join(dir, 'plan.sqlite');
  const db = openPlanDb(file);
  generateSample(db);
  const rows = inventoryRows(40, 3).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
  const parsed = { format: 'csv' as const, encoding: 'utf-8', delimiter: ',', sheets: [{ name: 'Devices', rows: [HEADERS, ...rows], merges: [] }] };
  const report = importParsed({ db, user: 'ana' }, parsed, 'extra.csv', { acceptSkips: true }, 'h');
  return { db, file, importId: report.importId! };
}

/** An answer without its timestamps (when a scenario was made or run), which differ between the two plans by construction. */
const TIME_KEYS = new Set(['runAt', 'createdAt', 'updatedAt', 'at']);
const withoutTimes = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (TIME_KEYS.has(k) ? undefined : x)));
/** Every device's tag; an override's evidence says when it was made (its `at`, and its note's sentence), left out. */
const stateOf = (db: Db) =>
  (db.prepare('SELECT id, status, company, evidence FROM devices ORDER BY id').raw().all() as Array<[number, string, string | null, string]>).map(
    ([id, status, company, evidence]) => [id, status, company, withoutTimes((JSON.parse(evidence) as Array<{ noteKey?: string }>).map((e) => (e.noteKey === 'override' ? { ...e, note: undefined } : e)))],
  );

describe('plan tasks off the UI thread', () => {
  it('each task (plan refresh, site move, policy switch, plan run, new parameters, scenario copy, import undo, bulk edit, undo, redo) does what it does on the calling thread', async () => {
    const here = samplePlan();
    const there = samplePlan();
    const site = (here.db.prepare('SELECT id FROM sites ORDER BY id LIMIT 1').get() as { id: number }).id;
    const cases = [
      ['plan:refresh', {}], // the import made the sample's plan stale
      ['plan:moveSite', { siteId: site, month: '2027-01' }],
      ['policies:setActive', { enable: ['us-fcc-covered'] }],
      ['plan:run', {}],
      ['plan:setParams', { params: { capacity: 25 } }],
      ['scenarios:copy', { name: 'Slower crews' }],
      ['imports:undo', { id: here.importId }],
      ['devices:bulkUpdate', { ids: [1, 2, 3, 4], excluded: true }],
      ['history:undo', {}],
      ['history:redo', {}],
      ['devices:bulkUpdate', { ids: [5, 6], override: { status: 'clear', reason: 'Checked on site: Axis-made' } }],
      ['history:undo', {}],
    ] as const;
    for (const [name, args] of cases) {
      const expected = (planTasks[name] as (db: Db, user: string, a: unknown) => unknown)(here.db, 'ana', args);
      const got = await runPlanTaskOffThread(there.db, 'ana', name, args as never);
      expect(withoutTimes(got), name).toEqual(withoutTimes(expected));
      expect(stateOf(there.db), name).toEqual(stateOf(here.db));
    }
    expect(listBackups(there.file).map((b) => b.reason)).toEqual(expect.arrayContaining(['plan', 'undo']));
    here.db.close();
    there.db.close();
  });

  it('leave the calling thread free: its event loop keeps turning until the answer arrives', async () => {
    const { db } = samplePlan();
    const turns = await turnsWhile(() => runPlanTaskOffThread(db, 'ana', 'policies:setActive', { enable: ['us-fcc-covered'] }));
    // Run on this thread, the switch would be one uninterrupted stretch: a turn or two at most.
    expect(turns).toBeGreaterThan(20);
    db.close();
  });

  it('a stale plan asked for by several pages at once is run once, in a worker; a fresh one is read on the spot', async () => {
    const { db } = samplePlan(); // the import made the current scenario's plan stale
    const id = resolveScenario(db).id;
    expect(freshPlan(db, id)).toBeNull();
    const asked = [currentPlanOffThread(db, 'ana'), currentPlanOffThread(db, 'ana', id)];
    expect(asked[1]).toBe(asked[0]);
    let views: PlanView[] = [];
    const turns = await turnsWhile(async () => (views = await Promise.all(asked)));
    expect(turns).toBeGreaterThan(20);
    const fresh = freshPlan(db, id);
    expect(fresh).not.toBeNull();
    expect(views[0]).toEqual(fresh);
    // Read on the spot: already settled before any other task gets a turn.
    let settled = false;
    void currentPlanOffThread(db, 'ana', id).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(true);
    db.close();
  });

  it('a bulk edit of thousands of devices, and its undo and redo, run in a worker; a small one on the spot', async () => {
    const { file } = samplePlan();
    const backend = new Backend({ mode: 'browser', userDataDir: path.dirname(file) });
    backend.open(file);
    const ids = backend.db.prepare('SELECT id FROM devices ORDER BY id').pluck().all() as number[];
    const more = inventoryRows(LARGE_CHANGE_ROWS, 5).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
    importParsed({ db: backend.db, user: 'ana' }, { format: 'csv', encoding: 'utf-8', delimiter: ',', sheets: [{ name: 'More', rows: [HEADERS, ...more], merges: [] }] }, 'more.csv', { acceptSkips: true }, 'h2');
    const all = backend.db.prepare('SELECT id FROM devices ORDER BY id').pluck().all() as number[];
    expect(all.length).toBeGreaterThanOrEqual(LARGE_CHANGE_ROWS);
    const excluded = () => backend.db.prepare('SELECT COUNT(*) FROM devices WHERE excluded = 1').pluck().get();

    // Small: answered on the spot, not a promise.
    const small = handlers['devices:bulkUpdate'](backend, { ids: ids.slice(0, 3), excluded: true });
    expect(small).not.toBeInstanceOf(Promise);
    expect(excluded()).toBe(3);
    expect(handlers['history:undo'](backend, {})).not.toBeInstanceOf(Promise);
    expect(excluded()).toBe(0);

    // Large: the edit, its undo and its redo each leave the event loop turning.
    let t = await turnsWhile(async () => {
      const p = handlers['devices:bulkUpdate'](backend, { ids: all, excluded: true });
      expect(p).toBeInstanceOf(Promise);
      expect((await p).devices).toBe(all.length);
    });
    expect(t).toBeGreaterThan(20);
    expect(excluded()).toBe(all.length);
    for (const name of ['history:undo', 'history:redo'] as const) {
      t = await turnsWhile(async () => {
        const p = handlers[name](backend, {});
        expect(p, name).toBeInstanceOf(Promise);
        await p;
      });
      expect(t, name).toBeGreaterThan(20);
      expect(excluded(), name).toBe(name === 'history:undo' ? 0 : all.length);
    }
    backend.close();
  });

  it('bring a refusal back as the same error', async () => {
    const { db } = samplePlan();
    const err = await runPlanTaskOffThread(db, 'ana', 'imports:undo', { id: 999 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('NOT_FOUND');
    db.close();
  });

  it('run on the calling thread for a plan in memory', async () => {
    const db = openPlanDb(':memory:');
    generateSample(db);
    const change = await runPlanTaskOffThread(db, 'ana', 'policies:setActive', { enable: ['us-fcc-covered'] });
    expect(change.diff.newlyRestricted).toBeGreaterThan(0);
    db.close();
  });
});

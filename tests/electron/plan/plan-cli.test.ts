// The plan and scenarios commands as IT staff script them: a real child
// process, stdout piped and read to the end (the plan JSON is large).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanDb } from '../../../db/open';
import { runCliProcess, tempDir } from '../cli-helpers';
import { cameras, fillPlan } from './plan-db-fixture';

let dir: string;
let file: string;
let env: Record<string, string>;
const CAMERAS = 3000;

beforeAll(() => {
  dir = tempDir('crp-plan-cli-');
  file = path.join(dir, 'plan.sqlite');
  env = { CRP_USER_DATA: path.join(dir, 'user-data') };
  const db = openPlanDb(file);
  fillPlan(db, [
    { name: 'Headquarters', criticality: 1, devices: [{ type: 'recorder' }, ...cameras(CAMERAS / 2)] },
    { name: 'Warehouse', criticality: 4, devices: [...cameras(CAMERAS / 2), ...cameras(40, { status: 'clear' })] },
  ]);
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('plan CLI', () => {
  it('plans with flags, prints the documented JSON in dollars, and stores the flags for the next run', async () => {
    const flags = ['--start', '2026-04-01', '--budget', '2026-27=1500000,2027-28=1234567.89', '--unit-cost', 'camera=900,nvr=6500', '--capacity', '150', '--escalation', '3', '--contingency', '10'];
    const run = await runCliProcess(['plan', '--db', file, ...flags, '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(100_000); // more than a pipe buffer: must arrive whole
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'finishDate', 'unfundedDevices', 'unfundedCost', 'byFiscalYear', 'items']);
    expect(out.scenario).toBe('Base plan');
    expect(out.byFiscalYear.map((y: { fy: string; cap: number }) => [y.fy, y.cap])).toEqual([
      ['2026-27', 1_500_000],
      ['2027-28', 1_234_567.89],
    ]);
    for (const y of out.byFiscalYear) {
      expect(Object.keys(y)).toEqual(['fy', 'cap', 'spend', 'devices', 'remainingRestricted']);
      expect(y.spend).toBeLessThanOrEqual(y.cap);
      expect(decimals(y.spend)).toBeLessThanOrEqual(2);
    }
    expect(out.items).toHaveLength(CAMERAS + 1);
    expect(Object.keys(out.items[0])).toEqual(['deviceId', 'site', 'phase', 'date', 'cost']);
    expect(out.items[0]).toMatchObject({ site: 'Headquarters', date: '2026-04' }); // the recorder goes first
    const perMonth = new Map<string, number>();
    for (const i of out.items) if (i.date) perMonth.set(i.date, (perMonth.get(i.date) ?? 0) + 1);
    expect(Math.max(...perMonth.values())).toBeLessThanOrEqual(150);
    const unfunded = out.items.filter((i: { date: string | null }) => i.date === null);
    expect(unfunded.length).toBe(out.unfundedDevices);
    expect(out.unfundedDevices).toBeGreaterThan(0); // ~$4.6M of work against ~$2.7M of caps
    expect(out.finishDate).toBeNull();

    const again = await runCliProcess(['plan', '--db', file, '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(out);
  });

  it('copies the plan into a new scenario and lists and compares scenarios', async () => {
    const faster = await runCliProcess(['plan', '--db', file, '--scenario', 'faster', '--budget', '2026-27=5000000,2027-28=3000000', '--json'], env);
    expect(faster.code).toBe(0);
    const out = JSON.parse(faster.stdout);
    expect(out.scenario).toBe('faster');
    expect(out.unfundedDevices).toBe(0);
    expect(out.finishDate).toBe('2027-12-31'); // capacity-bound: 12 × 150 = 1 800 in 2026-27; 1 201 left = 8 full months + 1 -> December 2027

    const list = await runCliProcess(['scenarios', '--db', file, '--json'], env);
    expect(list.code).toBe(0);
    const scenarios = JSON.parse(list.stdout);
    expect(scenarios.map((s: { name: string; current: boolean; capacity: number }) => [s.name, s.current, s.capacity])).toEqual([
      ['Base plan', false, 150],
      ['faster', true, 150],
    ]);
    expect(scenarios[1].budgets).toEqual({ '2026-27': 5_000_000, '2027-28': 3_000_000 });

    const compare = await runCliProcess(['scenarios', '--db', file, '--compare', 'Base plan,faster', '--json'], env);
    expect(compare.code).toBe(0);
    const c = JSON.parse(compare.stdout);
    expect(c.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual(['Base plan', 'faster']);
    expect(c.scenarios[0].unfundedDevices).toBeGreaterThan(0);
    expect(c.scenarios[1].unfundedDevices).toBe(0);
  });

  it.each([
    [['--budget', '2026-27=lots'], /--budget: "lots" for 2026-27 is not an amount/],
    [['--budget', '2026-28=100'], /not a fiscal year like 2026-27/],
    [['--start', '2026-02-30', '--budget', '2026-27=100'], /--start must be a date/],
    [['--capacity', '0'], /--capacity must be a whole number/],
    [['--escalation', 'abc'], /--escalation must be a percentage/],
    [['--unit-cost', 'toaster=5'], /"toaster" is not a device type/],
    [['--start', '2027-04-01', '--budget', '2026-27=100'], /ends before the plan starts/],
  ])('refuses bad flag values %j with exit 2 and a clear message', async (flags, message) => {
    const before = fs.statSync(file).mtimeMs;
    const run = await runCliProcess(['plan', '--db', file, ...flags, '--json'], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('refuses a missing plan file with exit 1 and creates nothing', async () => {
    const missing = path.join(dir, 'nope.sqlite');
    const run = await runCliProcess(['plan', '--db', missing, '--start', '2026-04-01', '--budget', '2026-27=1', '--json'], env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(missing)).toBe(false);
    const list = await runCliProcess(['scenarios', '--db', missing, '--json'], env);
    expect(list.code).toBe(1);
  });
});

// A new user's first look: the built-in sample opens with a real, funded plan
// (a three-year budget), not an empty schedule waiting for caps. The same
// sample comes from the app, the browser mode and `init --sample`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend';
import { getPlan } from '../../electron/services/plan';
import { openSamplePlan } from '../../electron/services/sample';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-sample-plan-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the built-in sample', () => {
  it('opens with a funded plan: three budgeted fiscal years, every restricted device scheduled within its year’s cap', () => {
    const backend = new Backend({ mode: 'browser', userDataDir: dir });
    openSamplePlan(backend);
    const { scenario, summary } = getPlan(backend.db);
    const restricted = backend.db.prepare("SELECT COUNT(*) FROM devices WHERE status = 'restricted'").pluck().get() as number;
    expect(restricted).toBeGreaterThan(0);

    const years = scenario.params.budgets.map((b) => b.fy);
    expect(years).toHaveLength(3);
    const first = Number(years[0].slice(0, 4));
    expect(years).toEqual([0, 1, 2].map((i) => `${first + i}-${String((first + i + 1) % 100).padStart(2, '0')}`));

    expect(summary.unfundedDevices).toBe(0);
    expect(summary.finishDate).not.toBeNull();
    const funded = summary.byFiscalYear.filter((y) => y.spend.totalCents > 0);
    expect(funded.length).toBeGreaterThanOrEqual(2); // phased over years, not all at once
    for (const y of summary.byFiscalYear) if (y.capCents !== null) expect(y.spend.totalCents, y.fy).toBeLessThanOrEqual(y.capCents);
    backend.close();
  });
});

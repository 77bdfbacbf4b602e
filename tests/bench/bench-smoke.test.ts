// Smoke test of `npm run bench` at 1,000 devices: the real benchmark runs in a
// child process and must produce every figure of issue 10 with a number, a
// goal and a verdict, plus the machine it ran on. Timings are never asserted
// (CI machines vary); only that each figure was measured.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-bench-smoke-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Result {
  date: string;
  size: number;
  devicesImported: number;
  machine: { cpu: string; cores: number; memoryGb: number; node: string };
  figures: Array<{ id: string; value: number; baseline: number | null; ratio: number | null; goal: { on: string; max: number } | null; pass: boolean | null; samples: number[] }>;
}

const EXPECTED: Array<[id: string, baseline: boolean, goal: boolean]> = [
  ['import.xlsx', true, true],
  ['import.floor', true, false],
  ['import.stall', false, true],
  ['import.memory', false, true],
  ['tagging', true, true],
  ['planning', false, true],
  ['query.page', false, true],
  ['query.search', false, true],
  ['export.xlsx', true, true],
  ['import.csv', false, false],
];

describe('npm run bench -- --quick', () => {
  const out = path.join(dir, 'results.json');
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--reps', '1', '--out', out], { cwd: root, encoding: 'utf8', timeout: 170_000 });
  }, 180_000);

  it('exits 0, prints the table and writes the results file', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^figure\s+value\s+baseline\s+ratio\s+goal\s+result/m);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('reports every figure, each measured, with its baseline and goal, and the machine', () => {
    const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Result;
    expect(r.size).toBe(1000);
    expect(r.devicesImported).toBe(1000);
    expect(r.machine.cores).toBeGreaterThan(0);
    expect(r.machine.node).toBe(process.version);
    expect(Number.isNaN(Date.parse(r.date))).toBe(false);
    expect(r.figures.map((f) => f.id)).toEqual(EXPECTED.map(([id]) => id));
    for (const [id, hasBaseline, hasGoal] of EXPECTED) {
      const f = r.figures.find((x) => x.id === id)!;
      expect(Number.isFinite(f.value) && f.value > 0, `${id} value ${f.value}`).toBe(true);
      expect(f.samples.length, id).toBeGreaterThan(0);
      expect(f.baseline !== null && f.baseline > 0, `${id} baseline`).toBe(hasBaseline);
      expect(f.ratio !== null, `${id} ratio`).toBe(hasBaseline);
      expect(f.goal !== null && typeof f.pass === 'boolean', `${id} goal`).toBe(hasGoal);
    }
  });
});

// Crash safety: the real CLI is killed with SIGKILL at several moments of an
// import, a plan regeneration and a migration. After each kill the file passes
// PRAGMA integrity_check and holds exactly the state before or the state
// after — never something in between.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups, type BackupReason } from '../../../db/backup';
import { latestVersion, openPlanDb } from '../../../db/open';
import { recordFigures, runCli, spread, tempDir } from './helpers';

const KILLS = 6;
const ROWS = 20_000;
const work = tempDir('crp-crash-');
interface Figures {
  kills: number;
  /** Kills that hit a running process (the rest found it already finished). */
  landed: number;
  before: number;
  after: number;
  /** Kills after the pre-change backup was in place, i.e. inside the write window, that left the state before. */
  duringWrite: number;
  ms: number;
}
const figures: Record<string, Figures> = {};
afterAll(() => {
  recordFigures('crash', figures);
  fs.rmSync(work, { recursive: true, force: true });
});

function inventoryCsv(file: string, rows: number): void {
  const lines = ['Asset Tag,Site,Building,Location,Device Type,Manufacturer,Model,Serial Number,MAC Address,IP Address'];
  const makers = ['Hikvision', 'Axis', 'Dahua', 'Bosch', 'Hanwha'];
  for (let i = 0; i < rows; i++) {
    const b = (n: number) => ((i >> n) & 255).toString(16).padStart(2, '0');
    lines.push(`CR-${i},Crash Site ${i % 40},B${i % 7},Floor ${i % 12},Camera,${makers[i % 5]},M-${i % 300},CRSN${i},02:00:00:${b(16)}:${b(8)}:${b(0)},10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/** Open as the app would after a crash (WAL recovery), check, and read a fingerprint. */
function inspect<T>(file: string, read: (db: Database.Database) => T): { integrity: unknown; fk: unknown[]; value: T } {
  const db = new Database(file);
  try {
    return { integrity: db.pragma('integrity_check', { simple: true }), fk: db.pragma('foreign_key_check') as unknown[], value: read(db) };
  } finally {
    db.close();
  }
}

const deviceState = (db: Database.Database) => ({
  devices: (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n,
  imports: (db.prepare('SELECT COUNT(*) AS n FROM imports').get() as { n: number }).n,
  changes: (db.prepare('SELECT COUNT(*) AS n FROM import_changes').get() as { n: number }).n,
});

/** A fresh copy of `base` in its own folder (so each run's backups are its own). */
function copyPlan(base: string, name: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  const file = path.join(dir, 'plan.sqlite');
  fs.copyFileSync(base, file);
  return file;
}

const env = { CRP_USER_DATA: work };
const hasBackup = (file: string, reason: BackupReason) => () => {
  try {
    return listBackups(file).some((b) => b.reason === reason);
  } catch {
    return false;
  }
};

/**
 * Kill `args(file)` at several moments: one while it is still reading (before
 * its pre-change backup exists), the rest spread over the write window that
 * opens once that backup is in place. Each kill runs on a fresh copy of `base`.
 */
async function campaign<T>(name: string, base: string, args: (file: string) => string[], read: (db: Database.Database) => T, reason: BackupReason, check?: (file: string, seen: T) => void) {
  const before = inspect(base, read).value;
  const ref = copyPlan(base, `${name}-ref`);
  const full = await runCli(args(ref), env, { afterMs: Infinity, trigger: hasBackup(ref, reason) });
  expect(full.code, full.stderr).toBe(0);
  expect(full.triggeredAtMs, 'a backup is taken before the change').not.toBeNull();
  const after = inspect(ref, read).value;
  expect(after).not.toEqual(before);
  const triggerAt = full.triggeredAtMs!;
  const plans: { afterMs: number; trigger?: boolean }[] = [{ afterMs: Math.round(triggerAt / 2) }, ...spread(0, full.ms - triggerAt, KILLS - 1).map((ms) => ({ afterMs: ms, trigger: true }))];
  const f: Figures = { kills: 0, landed: 0, before: 0, after: 0, duringWrite: 0, ms: full.ms };
  for (const [i, plan] of plans.entries()) {
    const file = copyPlan(base, `${name}-kill-${i}`);
    const run = await runCli(args(file), env, { afterMs: plan.afterMs, trigger: plan.trigger ? hasBackup(file, reason) : undefined });
    f.kills++;
    if (run.killed) f.landed++;
    const seen = inspect(file, read);
    const where = `${name}: kill ${i} at ${plan.afterMs} ms${plan.trigger ? ' after the backup' : ''}`;
    expect(seen.integrity, where).toBe('ok');
    expect(seen.fk, where).toEqual([]);
    expect([before, after], where).toContainEqual(seen.value);
    const isBefore = JSON.stringify(seen.value) === JSON.stringify(before);
    if (isBefore) f.before++;
    else f.after++;
    if (run.killed && plan.trigger && isBefore) f.duringWrite++;
    check?.(file, seen.value);
  }
  figures[name] = f;
  expect(f.landed, `${name}: at least half the kills hit a running process`).toBeGreaterThanOrEqual(KILLS / 2);
  return f;
}

describe('crash safety under SIGKILL', () => {
  it('an import killed at any moment leaves the devices as before or as after, never between', async () => {
    const csv = path.join(work, 'inventory.csv');
    inventoryCsv(csv, ROWS);
    const base = path.join(work, 'base-import.sqlite');
    expect((await runCli(['init', '--db', base, '--sample'], env)).code).toBe(0);
    await campaign('import', base, (file) => ['import', csv, '--db', file, '--json'], deviceState, 'import', (file) => openPlanDb(file).close());
  }, 600_000);

  it('a plan regeneration killed at any moment leaves the stored plan as before or as after', async () => {
    const base = path.join(work, 'base-plan.sqlite');
    const args = (file: string, budget: string) => ['plan', '--db', file, '--start', '2026-04-01', '--budget', `2026-27=${budget},2027-28=${budget},2028-29=${budget}`, '--capacity', '40', '--json'];
    expect((await runCli(['init', '--db', base, '--sample'], env)).code).toBe(0);
    expect((await runCli(args(base, '250000'), env)).code).toBe(0);
    const planState = (db: Database.Database) => {
      const scen = db.prepare('SELECT id, params, summary, inputs FROM scenarios ORDER BY id').all();
      const items = db.prepare('SELECT scenario_id, seq, site_id, item_count, items FROM plan_site_items ORDER BY scenario_id, seq').all();
      return crypto.createHash('sha256').update(JSON.stringify([scen, items])).digest('hex');
    };
    await campaign('plan', base, (file) => args(file, '900000'), planState, 'plan');
  }, 600_000);

  it('a migration killed at any moment leaves the file at the old schema or fully migrated, devices intact', async () => {
    const base = path.join(work, 'base-old.sqlite');
    const old = openPlanDb(base, { targetVersion: 10 });
    old.prepare("INSERT INTO sites (name, name_key) VALUES ('Old site', 'old site')").run();
    const insert = old.prepare("INSERT INTO devices (site_id, type, manufacturer, model, serial, mac) VALUES (1, 'camera', ?, ?, ?, ?)");
    const hex = (n: number) => (n & 255).toString(16).padStart(2, '0');
    old.transaction(() => {
      for (let i = 0; i < 60_000; i++) insert.run(i % 3 ? 'Axis' : 'Hikvision', `M-${i % 97}`, `OLD${i}`, `02:11:00:${hex(i >> 16)}:${hex(i >> 8)}:${hex(i)}`);
    })();
    old.close();
    const schema = (db: Database.Database) => ({
      version: db.pragma('user_version', { simple: true }) as number,
      tables: (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name),
      devices: (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n,
    });
    await campaign('migration', base, (file) => ['summary', '--db', file, '--json'], schema, 'migration', (file) => {
      // Opening it again finishes the job.
      const db = openPlanDb(file);
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      db.close();
    });
  }, 600_000);
});

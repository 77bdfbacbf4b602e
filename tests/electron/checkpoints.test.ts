// The app's connection leaves checkpoints to a worker thread: its own commits
// stay in the WAL, the thread copies them into the plan file, and stopping the
// thread closes its connection so that closing the plan removes the WAL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openPlanDb, type Db } from '../../db/open';
import { Backend } from '../../electron/backend';
import { checkpointInBackground } from '../../electron/services/checkpoints';
import { eventually, readPlanFileAlone } from '../db/plan-file-alone';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function newDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-ckpt-'));
  dirs.push(dir);
  return dir;
}

function newPlan(): { db: Db; file: string } {
  const file = path.join(newDir(), 'plan.sqlite');
  return { db: openPlanDb(file), file };
}

/** Rows of `t` in the plan file alone; -1 while a checkpoint is half done. */
const rowsInPlanFileAlone = (file: string): number =>
  readPlanFileAlone(file, (c) =>
    c.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 't'").pluck().get() === 1 ? (c.prepare('SELECT COUNT(*) FROM t').pluck().get() as number) : 0,
  ) ?? -1;

/** A commit far past the 1,000 WAL pages at which SQLite would checkpoint on commit. */
function bigCommit(db: Db): void {
  db.exec('CREATE TABLE t (x BLOB)');
  const insert = db.prepare('INSERT INTO t VALUES (randomblob(4000))');
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run();
  })();
}

/** A plan whose checkpoint thread has its connection open: a checkpoint it was asked for has happened. */
async function planWithThreadOpen() {
  const { db, file } = newPlan();
  const checkpoints = checkpointInBackground(db, 60_000)!;
  bigCommit(db);
  checkpoints.now();
  await eventually(() => rowsInPlanFileAlone(file), 3000);
  return { db, file, checkpoints };
}

describe('checkpoints off the UI thread', () => {
  it('a large commit stays in the WAL; the thread then copies it into the plan file', async () => {
    const { db, file } = newPlan();
    const checkpoints = checkpointInBackground(db, 60_000);
    expect(checkpoints).not.toBeNull();
    bigCommit(db);
    expect(rowsInPlanFileAlone(file)).toBe(0); // the commit did not copy it: that is the thread's job
    checkpoints!.now();
    expect(await eventually(() => rowsInPlanFileAlone(file), 3000)).toBe(3000);
    checkpoints!.stop();
    db.close();
  });

  it('the thread checkpoints on its own, every interval', async () => {
    const { db, file } = newPlan();
    const checkpoints = checkpointInBackground(db, 100);
    bigCommit(db);
    expect(await eventually(() => rowsInPlanFileAlone(file), 3000)).toBe(3000);
    checkpoints!.stop();
    db.close();
  });

  it('after stop, closing the plan is the last close: the WAL is gone', async () => {
    const { db, file, checkpoints } = await planWithThreadOpen();
    expect(checkpoints.stop()).toBe(true);
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('where the thread may not block (Electron main refuses Atomics.wait), stop still waits for the connection to close', async () => {
    const { db, file, checkpoints } = await planWithThreadOpen();
    const wait = vi.spyOn(Atomics, 'wait').mockImplementation(() => {
      throw new TypeError('Atomics.wait cannot be called in this context');
    });
    let waits = 0;
    let closed = false;
    try {
      closed = checkpoints.stop();
      waits = wait.mock.calls.length;
    } finally {
      wait.mockRestore();
    }
    expect(waits).toBeGreaterThan(0); // the refused wait was tried, then the poll took over
    expect(closed).toBe(true);
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('stopped at once after starting, it never opens the plan, and commits checkpoint again', () => {
    const { db, file } = newPlan();
    checkpointInBackground(db, 60_000)!.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a plan in memory keeps SQLite’s own checkpoints', () => {
    const db = openPlanDb(':memory:');
    expect(checkpointInBackground(db)).toBeNull();
    db.close();
  });

  it('the app (browser or desktop) checkpoints off its thread; a CLI command does not need to', () => {
    const file = path.join(newDir(), 'plan.sqlite');
    for (const [mode, want] of [['browser', 0], ['electron', 0], ['cli', 1000]] as const) {
      const backend = new Backend({ mode, userDataDir: newDir() });
      backend.open(file);
      expect(backend.db.pragma('wal_autocheckpoint', { simple: true }), mode).toBe(want);
      backend.close();
      expect(fs.existsSync(`${file}-wal`), mode).toBe(false);
    }
  });
});

// Checkpoints off the thread that serves the UI. By default SQLite makes the
// connection whose commit grows the WAL past 1,000 pages also copy the WAL into
// the plan file, inside that commit: after a re-tag of 100,000 devices that
// copy was ~0.3 s of the UI thread (bench, issue 10). Instead the UI's
// connection never checkpoints on commit, and a worker thread with its own
// connection does it every second. A commit is durable in the WAL either way;
// closing the plan's last connection checkpoints whatever is left.
import type { Db } from '../../db/open';
import { CONNECTION } from './checkpoint-state';
import { planFileForWorker, startWorker, workerEntry } from './worker-entry';

const WORKER = workerEntry(import.meta.url, 'checkpoint-worker');

export interface Checkpoints {
  /** Ask for a checkpoint now rather than at the next tick. */
  now(): void;
  /**
   * Close the thread's connection before returning, so that closing the UI's
   * connection next is the last close (which checkpoints and removes the WAL,
   * as a restore expects), and checkpoint on commit again. False if the
   * thread's connection was still open when the wait gave up.
   */
  stop(): boolean;
}

/** Move `db`'s checkpoints to a worker thread; null (nothing changed) for a plan in memory or a build without the worker. */
export function checkpointInBackground(db: Db, everyMs = 1000): Checkpoints | null {
  const file = planFileForWorker(db, WORKER);
  if (!file) return null;
  const state = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker(WORKER, { workerData: { file, everyMs, state: state.buffer } });
  let running = true;
  const checkpointOnCommit = () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.unref(); // never what keeps the app (or a test) running
  worker.on('error', () => {
    running = false;
    checkpointOnCommit(); // the thread failed: the UI's connection takes checkpoints back
  });
  worker.on('exit', () => {
    running = false;
  });
  db.pragma('wal_autocheckpoint = 0');
  return {
    now: () => {
      if (running) worker.postMessage('now');
    },
    stop: () => {
      checkpointOnCommit();
      // Not opened yet: it never will be. Open: ask it to close, and wait (a checkpoint in progress finishes first).
      if (Atomics.compareExchange(state, 0, CONNECTION.starting, CONNECTION.cancelled) !== CONNECTION.open || !running) return true;
      worker.postMessage('stop');
      waitWhileOpen(state, 10_000);
      return Atomics.load(state, 0) !== CONNECTION.open;
    },
  };
}

/** Block until the thread's connection is no longer open, or `ms` pass. */
function waitWhileOpen(state: Int32Array, ms: number): void {
  try {
    Atomics.wait(state, 0, CONNECTION.open, ms);
  } catch {
    // A host that forbids blocking waits on this thread: poll instead (a checkpoint takes well under a second).
    const until = Date.now() + ms;
    while (Atomics.load(state, 0) === CONNECTION.open && Date.now() < until);
  }
}

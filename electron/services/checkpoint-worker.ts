// Entry of the checkpoint thread: its own connection to the plan file, which
// copies committed pages from the WAL into the plan file every little while.
// PASSIVE: it never waits for or blocks the UI's connection, and when nothing
// is new it only reads the WAL index. `state` (shared with the thread that
// started it, see checkpoints.ts) says whether this connection is open.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { CONNECTION } from './checkpoint-state';

const { file, everyMs, state: buffer } = workerData as { file: string; everyMs: number; state: SharedArrayBuffer };
const state = new Int32Array(buffer);

// Stopped before it started: open nothing.
if (Atomics.compareExchange(state, 0, CONNECTION.starting, CONNECTION.open) === CONNECTION.starting) {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 0');
  const checkpoint = () => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy: the next tick, or closing the plan, checkpoints instead.
    }
  };
  const timer = setInterval(checkpoint, everyMs);
  parentPort?.on('message', (m: unknown) => {
    if (m === 'now') checkpoint();
    else if (m === 'stop') {
      clearInterval(timer);
      db.close();
      Atomics.store(state, 0, CONNECTION.closed);
      Atomics.notify(state, 0);
      parentPort?.close();
    }
  });
}

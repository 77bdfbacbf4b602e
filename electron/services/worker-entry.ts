// Starting a worker thread from one of our entries, both from TypeScript
// source (CLI, tests, browser mode under tsx) and from the electron-vite build,
// where each worker is its own `<name>.cjs` next to main's bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Db } from '../../db/open';

export interface WorkerEntry {
  path: string;
  fromSource: boolean;
}

/** Where entry `name` is for a module at `moduleUrl` (its import.meta.url): `name.ts` beside it, or `name.cjs` in the build. */
export function workerEntry(moduleUrl: string, name: string): WorkerEntry {
  const fromSource = moduleUrl.endsWith('.ts');
  return { path: path.join(path.dirname(fileURLToPath(moduleUrl)), `${name}.${fromSource ? 'ts' : 'cjs'}`), fromSource };
}

/** False for a build made without this entry: callers then do the work on their own thread. */
const entryExists = (entry: WorkerEntry): boolean => fs.existsSync(entry.path);

/**
 * The plan file a worker can open a connection of its own to (WAL lets the UI's connection go on meanwhile), or
 * null when the work must stay on the calling thread: a plan in memory (tests, dry runs) has no file to share, and a
 * build without the entry has no worker to start.
 */
export function planFileForWorker(db: Db, entry: WorkerEntry): string | null {
  const file = db.name;
  if (db.memory || !file || file === ':memory:' || !fs.existsSync(file)) return null;
  return entryExists(entry) ? file : null;
}

/** From source a worker must register tsx itself before loading the entry. */
function sourceBootstrap(file: string): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
}

export function startWorker(entry: WorkerEntry, options: WorkerOptions): Worker {
  return entry.fromSource ? new Worker(sourceBootstrap(entry.path), { ...options, eval: true }) : new Worker(entry.path, options);
}

/**
 * Start a worker that answers with one message, and settle with what `answer` makes of it (a throw rejects).
 * `failed` makes the error for a worker that crashed (with its message) or exited without answering (null).
 */
export function oneAnswer<M, T>(entry: WorkerEntry, workerData: unknown, answer: (m: M) => T, failed: (detail: string | null) => Error): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    const worker = startWorker(entry, { workerData });
    worker.on('message', (m: M) =>
      settle(() => {
        try {
          resolve(answer(m));
        } catch (err) {
          reject(err);
        }
      }),
    );
    worker.on('error', (err) => settle(() => reject(failed(err.message))));
    worker.on('exit', () => settle(() => reject(failed(null))));
  });
}

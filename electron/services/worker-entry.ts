// Starting a worker thread from one of our entries, both from TypeScript
// source (CLI, tests, browser mode under tsx) and from the electron-vite build,
// where each worker is its own `<name>.cjs` next to main's bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { UserError } from '../../db/errors';
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

/** A worker's last word when it failed: a UserError's fields, so the UI can still say it in the user's language. */
export interface WorkerError {
  type: 'error';
  code: string;
  message: string;
  params?: Record<string, string | number>;
  key?: string;
}

/** How a kind of worker's failure is told: its code, the sentence around an error's detail, and the sentence when it died silent. */
export interface WorkerFailure {
  code: string;
  failed(detail: string): string;
  stopped: string;
}

/** In a worker: what to post for an error it caught (a UserError as it is, anything else as `failure` with the detail). */
export function workerErrorOf(err: unknown, failure: WorkerFailure): WorkerError {
  if (err instanceof UserError) return { type: 'error', code: err.code, message: err.message, params: err.params, key: err.key };
  return { type: 'error', code: failure.code, message: failure.failed(err instanceof Error ? err.message : String(err)) };
}

/** The UserError a worker's error message stands for. */
export const userErrorOf = (m: WorkerError): UserError => new UserError(m.code, m.message, m.params, m.key);

/** What `answer` returns for a message that is not the answer yet (progress). */
export const NOT_YET: unique symbol = Symbol('not yet');

/**
 * Start a worker and settle with what `answer` makes of its answer (a throw rejects); `answer` returns NOT_YET
 * for the messages before it. A worker that crashed, or exited without answering, rejects as `failure`.
 */
export function workerAnswer<M, T>(entry: WorkerEntry, workerData: unknown, answer: (m: M) => T | typeof NOT_YET, failure: WorkerFailure): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    const worker = startWorker(entry, { workerData });
    worker.on('message', (m: M) => {
      let value: T | typeof NOT_YET;
      try {
        value = answer(m);
      } catch (err) {
        settle(() => reject(err));
        return;
      }
      if (value !== NOT_YET) settle(() => resolve(value));
    });
    worker.on('error', (err) => settle(() => reject(new UserError(failure.code, failure.failed(err.message)))));
    worker.on('exit', () => settle(() => reject(new UserError(failure.code, failure.stopped))));
  });
}

/**
 * Work that answers once: in a worker with its own connection to the plan file (the request made from that file's
 * path), or `here` on the calling thread when no worker can open the plan (a plan in memory, a build without the
 * worker entry).
 */
export function inWorkerOrHere<M, T>(
  db: Db,
  entry: WorkerEntry,
  request: (planFile: string) => unknown,
  here: () => T,
  answer: (m: M) => T,
  failure: WorkerFailure,
): Promise<T> {
  const planFile = planFileForWorker(db, entry);
  return planFile ? workerAnswer(entry, request(planFile), answer, failure) : Promise.resolve().then(here);
}

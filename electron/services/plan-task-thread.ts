// Runs a plan task (plan-tasks.ts) in a worker thread with its own connection
// to the plan file, as imports and exports run: the thread that serves the UI
// keeps answering (WAL lets it read meanwhile; a write it makes waits for the
// task's commit). A plan in memory, or a build without the worker entry, runs
// the task on the calling thread.
import type { Db } from '../../db/open';
import type { PlanView } from '../api/plan-types';
import { freshPlan, resolveScenario } from './plan';
import { planTasks, type PlanTaskArgs, type PlanTaskName, type PlanTaskResult } from './plan-tasks';
import { inWorkerOrHere, userErrorOf, workerEntry, type WorkerError, type WorkerFailure } from './worker-entry';

const WORKER = workerEntry(import.meta.url, 'plan-task-worker');

export const TASK_FAILURE: WorkerFailure = {
  code: 'TASK_FAILED',
  failed: (detail) => `The change failed and nothing was written (${detail}).`,
  stopped: 'The change stopped before it finished; nothing was written.',
};

export interface PlanTaskRequest {
  planFile: string;
  user: string;
  name: PlanTaskName;
  args: unknown;
}

export type PlanTaskMessage =
  | { type: 'result'; value: unknown }
  | WorkerError;

/** Run plan task `name` off the calling thread when the plan is a file. */
export function runPlanTaskOffThread<K extends PlanTaskName>(db: Db, user: string, name: K, args: PlanTaskArgs<K>): Promise<PlanTaskResult<K>> {
  const task = planTasks[name] as (db: Db, user: string, args: PlanTaskArgs<K>) => PlanTaskResult<K>;
  return inWorkerOrHere(
    db,
    WORKER,
    (planFile): PlanTaskRequest => ({ planFile, user, name, args }),
    () => task(db, user, args),
    (m: PlanTaskMessage) => {
      if (m.type === 'error') throw userErrorOf(m);
      return m.value as PlanTaskResult<K>;
    },
    TASK_FAILURE,
  );
}

/** From this many devices a change goes to a worker: a worker's start (~0.1 s) is less than the change itself. */
export const LARGE_CHANGE_ROWS = 1000;

/** Plan task `name`, in a worker when `large`, else right here (a small change costs less than a worker's start). */
export function runPlanTask<K extends PlanTaskName>(db: Db, user: string, name: K, args: PlanTaskArgs<K>, large: boolean): PlanTaskResult<K> | Promise<PlanTaskResult<K>> {
  if (large) return runPlanTaskOffThread(db, user, name, args);
  return (planTasks[name] as (db: Db, user: string, args: PlanTaskArgs<K>) => PlanTaskResult<K>)(db, user, args);
}

/** Refreshes in flight, by connection and scenario: the pages that ask at once after an import share one run. */
const refreshing = new WeakMap<Db, Map<number, Promise<PlanView>>>();

/**
 * A scenario's current plan. A fresh one is read here; a stale one is run by a plan task (~0.8 s at 100,000
 * devices), once however many callers ask for it while it runs.
 */
export function currentPlanOffThread(db: Db, user: string, scenarioId?: number): Promise<PlanView> {
  const id = resolveScenario(db, scenarioId).id;
  const fresh = freshPlan(db, id);
  if (fresh) return Promise.resolve(fresh);
  let runs = refreshing.get(db);
  if (!runs) refreshing.set(db, (runs = new Map()));
  let run = runs.get(id);
  if (!run) {
    const inFlight = runs;
    run = runPlanTaskOffThread(db, user, 'plan:refresh', { scenarioId: id }).finally(() => inFlight.delete(id));
    runs.set(id, run);
  }
  return run;
}

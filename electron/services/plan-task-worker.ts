// Entry of the plan task worker thread: opens its own connection to the plan
// file, runs one task (plan-tasks.ts) there, and answers one message.
import { parentPort, workerData } from 'node:worker_threads';
import { openPlanDb } from '../../db/open';
import { TASK_FAILURE, type PlanTaskMessage, type PlanTaskRequest } from './plan-task-thread';
import { planTasks } from './plan-tasks';
import { workerErrorOf } from './worker-entry';

const req = workerData as PlanTaskRequest;
const post = (m: PlanTaskMessage) => parentPort?.postMessage(m);

try {
  const db = openPlanDb(req.planFile, { create: false });
  try {
    const task = planTasks[req.name] as (db: unknown, user: string, args: unknown) => unknown;
    post({ type: 'result', value: task(db, req.user, req.args) });
  } finally {
    db.close();
  }
} catch (err) {
  post(workerErrorOf(err, TASK_FAILURE));
}

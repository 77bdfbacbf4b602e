// The long writes a user can ask for besides imports: each re-reads or rewrites
// the whole plan, which at 100,000 devices holds a thread for seconds (bench,
// issue 10: a backup ~2 s, a full re-tag ~1.5 s, a plan run ~0.8 s). They run
// in a worker thread (plan-task-thread.ts), so they are plain functions of a
// connection, the user and their arguments.
import type { Db } from '../../db/open';
import type { PolicyChange } from '../api/tagging-types';
import type { PlanParams, PlanSummary, PlanView, ScenarioInfo, SiteMove } from '../api/plan-types';
import type { UndoResult } from '../api/import-types';
import type { BulkEdit, BulkResult, HistoryEntry } from '../api/inventory-types';
import { bulkUpdate } from './device-edits';
import { redo, undo } from './history';
import { backupBeforeChange } from './backup';
import { undoImport } from './import/undo';
import { copyScenario, getPlan, moveSite, runPlan, setPlanParams, summaryOf } from './plan';
import { setActivePolicies } from './policies';

export const planTasks = {
  /** Regenerate a scenario's plan, after a backup: a regeneration rewrites every stored item. */
  'plan:run': (db: Db, _user: string, args: { scenarioId?: number }): PlanSummary => {
    backupBeforeChange(db, null, 'plan');
    return summaryOf(runPlan(db, args.scenarioId));
  },
  /** Change a scenario's parameters and run it with them. */
  'plan:setParams': (db: Db, user: string, args: { scenarioId?: number; params: Partial<PlanParams> }): ScenarioInfo => {
    const info = setPlanParams(db, args.params, args.scenarioId, user);
    runPlan(db, info.id);
    return info;
  },
  /** A scenario's current plan: a stale one (after an import, a re-tag, a site edit) is run first. */
  'plan:refresh': (db: Db, _user: string, args: { scenarioId?: number }): PlanView => getPlan(db, args.scenarioId),
  /** Move a site to a month or phase, and run the scenario with the move. */
  'plan:moveSite': (db: Db, user: string, args: SiteMove): PlanSummary => moveSite(db, user, args),
  /** Copy a scenario and run the copy. */
  'scenarios:copy': (db: Db, _user: string, args: { fromId?: number; name: string }): ScenarioInfo => copyScenario(db, args.name, args.fromId),
  /** A bulk edit of many devices (before images of every row, re-tags for overrides). */
  'devices:bulkUpdate': (db: Db, user: string, args: BulkEdit): BulkResult => bulkUpdate(db, user, args),
  /** Undo the newest command: an edit from its before images, an import by the importer's own undo. */
  'history:undo': (db: Db, user: string, _args: Record<string, never>): HistoryEntry | null =>
    undo(db, user, { undoImport: (id) => void undoImport(db, id, user) }),
  'history:redo': (db: Db, user: string, _args: Record<string, never>): HistoryEntry | null => redo(db, user),
  'imports:undo': (db: Db, user: string, args: { id: number }): UndoResult => undoImport(db, args.id, user),
  /** Switch policies on or off: every device is re-tagged. */
  'policies:setActive': (db: Db, user: string, args: { enable?: string[]; disable?: string[] }): PolicyChange =>
    setActivePolicies(db, args, user),
};

export type PlanTaskName = keyof typeof planTasks;
export type PlanTaskArgs<K extends PlanTaskName> = Parameters<(typeof planTasks)[K]>[2];
export type PlanTaskResult<K extends PlanTaskName> = ReturnType<(typeof planTasks)[K]>;

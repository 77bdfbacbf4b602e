// The handler registry: one function per API name, typed against the contract.
// Handlers are thin: they validate nothing (the gate did), call db/ queries
// or services, and return plain data.
import { listAudit } from '../../db/queries/audit';
import { countSummary, listDevices } from '../../db/queries/devices';
import { getSetting, setSetting } from '../../db/queries/settings';
import { listSites } from '../../db/queries/sites';
import type { Backend } from '../backend';
import { getDeviceDetail } from '../../db/queries/device-detail';
import { updateDevice } from '../services/device-edits';
import { historyState } from '../services/history';
import { peekCommand } from '../../db/queries/command-log';
import { LARGE_CHANGE_ROWS, runPlanTask } from '../services/plan-task-thread';
import { createPlanFile, openPlanFile } from '../services/plan-files';
import { createBackup, listPlanBackups, restoreBackup } from '../services/backup';
import { openSamplePlan } from '../services/sample';
import { importHandlers } from './import-api';
import { activePolicyIds } from '../services/policies';
import type { ApiArgs, ApiName, ApiResult } from './contract';
import { chartsHandlers } from './charts-api';
import { exportHandlers } from './export-api';
import { planHandlers } from './plan-handlers';
import { taggingHandlers } from './tagging-api';
import { sitesStatusHandlers } from './sites-status-api';

export type Handlers = {
  [K in ApiName]: (backend: Backend, args: ApiArgs<K>) => ApiResult<K> | Promise<ApiResult<K>>;
};

export const handlers: Handlers = {
  'app:info': (b) => ({ version: APP_VERSION, mode: b.mode === 'electron' ? 'electron' : 'browser', user: b.user }),
  'plan:current': (b) => b.info,
  'plan:openSample': (b) => openSamplePlan(b),
  'plan:recent': (b) => b.recentPlans(),
  'summary:get': (b) => ({ ...countSummary(b.db), policies: activePolicyIds(b.db) }),
  'devices:list': (b, args) => listDevices(b.db, args),
  'sites:list': (b) => listSites(b.db),
  'audit:list': (b, args) => listAudit(b.db, args),
  'devices:get': (b, args) => getDeviceDetail(b.db, args.id),
  'devices:update': (b, args) => updateDevice(b.db, b.user, args.id, args.changes),
  // Thousands of devices at once (select all, then exclude or override): seconds at 100,000, so in a worker.
  'devices:bulkUpdate': (b, args) => runPlanTask(b.db, b.user, 'devices:bulkUpdate', args, args.ids.length >= LARGE_CHANGE_ROWS),
  'history:list': (b, args) => historyState(b.db, args.limit),
  // An import on the history is reverted by the importer's own undo; it, and any large edit, in a worker.
  'history:undo': (b) => runPlanTask(b.db, b.user, 'history:undo', {}, isLarge(peekCommand(b.db, 'undo'))),
  'history:redo': (b) => runPlanTask(b.db, b.user, 'history:redo', {}, isLarge(peekCommand(b.db, 'redo'))),
  'plan:open': (b, args) => openPlanFile(b, args.path),
  'plan:create': (b, args) => createPlanFile(b, args.path, args.name),
  'settings:get': (b, args) => getSetting<unknown>(b.db, args.key, null),
  'settings:set': (b, args) => {
    setSetting(b.db, args.key, args.value);
    return null;
  },
  ...planHandlers,
  ...taggingHandlers,
  ...sitesStatusHandlers,
  ...chartsHandlers,
  ...exportHandlers,
  ...importHandlers,
  'backups:list': (b) => listPlanBackups(b),
  'backups:create': (b) => createBackup(b),
  'backups:restore': (b, args) => {
    const r = restoreBackup(b, args.name);
    return { restored: r.restored, safetyBackup: r.safetyBackup };
  },
};

const APP_VERSION = '0.1.0';

/** An import, or an edit of many devices: too long to undo or redo on the thread that serves the UI. */
const isLarge = (c: { kind: string; count: number } | null): boolean => c !== null && (c.kind === 'import' || c.count >= LARGE_CHANGE_ROWS);

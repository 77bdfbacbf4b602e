// The handler registry: one function per API name, typed against the contract.
// Handlers are thin: they validate nothing (the gate did), call db/ queries
// or services, and return plain data.
import { listAudit } from '../../db/queries/audit';
import { countSummary, listDevices } from '../../db/queries/devices';
import { getSetting, setSetting } from '../../db/queries/settings';
import { listSites } from '../../db/queries/sites';
import type { Backend } from '../backend';
import { getDeviceDetail } from '../../db/queries/device-detail';
import { bulkUpdate, updateDevice } from '../services/device-edits';
import { historyState, redo, undo } from '../services/history';
import { undoImport } from '../services/import/undo';
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
  'devices:bulkUpdate': (b, args) => bulkUpdate(b.db, b.user, args),
  'history:list': (b, args) => historyState(b.db, args.limit),
  // An import on the history is reverted by the importer's own undo.
  'history:undo': (b) => undo(b.db, b.user, { undoImport: (id) => void undoImport(b.db, id, b.user) }),
  'history:redo': (b) => redo(b.db, b.user),
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

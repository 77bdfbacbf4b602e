// Handlers of the plan API names, spread into handlers.ts. Thin: the services do the work.
import { listPlanItems, listPlanSites } from '../../db/queries/plan';
import type { Backend } from '../backend';
import { currentPlanOffThread, runPlanTaskOffThread } from '../services/plan-task-thread';
import {
  comparisonOf,
  deleteScenario,
  listScenarios,
  resolveScenario,
  selectScenario,
  setRecorder,
  updateSite,
} from '../services/plan';
import { addCatalogueEntry, ensureCatalogue, updateCatalogue } from '../services/plan-catalogue';
import type { ApiArgs, ApiResult } from './contract';
import type { PlanApiName } from './plan-schemas';

type PlanHandlers = { [K in PlanApiName]: (backend: Backend, args: ApiArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> };

export const planHandlers: PlanHandlers = {
  // A stale plan (after an import, a re-tag, a site edit) is run first: ~0.8 s at 100,000 devices, so in a worker.
  'plan:get': (b, args) => currentPlanOffThread(b.db, b.user, args.scenarioId),
  'plan:items': async (b, { scenarioId, ...q }) => {
    const view = await currentPlanOffThread(b.db, b.user, scenarioId); // so a stale scenario's items exist
    return listPlanItems(b.db, view.scenario.id, { ...q, limit: q.limit ?? 1000 });
  },
  // Each of these runs a plan (~0.8 s at 100,000 devices): off the UI-serving thread.
  'plan:setParams': (b, args) => runPlanTaskOffThread(b.db, b.user, 'plan:setParams', args),
  // Backup and regeneration off the UI-serving thread (at 100,000 devices: ~2 s and ~0.8 s).
  'plan:run': (b, args) => runPlanTaskOffThread(b.db, b.user, 'plan:run', args),
  'plan:moveSite': (b, args) => runPlanTaskOffThread(b.db, b.user, 'plan:moveSite', args),
  'plan:sites': (b) => listPlanSites(b.db),
  'sites:update': (b, args) => updateSite(b.db, b.user, args),
  'scenarios:list': (b) => listScenarios(b.db),
  'scenarios:copy': (b, args) => runPlanTaskOffThread(b.db, b.user, 'scenarios:copy', args),
  'scenarios:select': (b, args) => selectScenario(b.db, resolveScenario(b.db, args.id).id),
  'scenarios:compare': async (b, args) => {
    const views = [];
    for (const id of args.ids) views.push(await currentPlanOffThread(b.db, b.user, id)); // one run at a time: one writer
    return comparisonOf(views);
  },
  'scenarios:delete': (b, args) => deleteScenario(b.db, b.user, args.id),
  'catalogue:list': (b) => ensureCatalogue(b.db),
  'catalogue:update': (b, args) => updateCatalogue(b.db, b.user, args),
  'catalogue:add': (b, args) => addCatalogueEntry(b.db, b.user, args),
  'devices:setRecorder': (b, args) => setRecorder(b.db, b.user, args.deviceId, args.recorderId),
};

// Schemas and handlers of the dashboard's own API names ('charts:*'), spread
// into schemas.ts and handlers.ts. The plan-based charts use 'plan:get' and
// 'scenarios:compare'; these cover the inventory aggregates.
import { z } from 'zod';
import { inventoryAggregates } from '../../db/queries/charts';
import { listPlanItems } from '../../db/queries/plan';
import { narrowPlan } from '../domain/plan/narrow';
import { currentPlanOffThread } from '../services/plan-task-thread';
import type { Backend } from '../backend';
import type { ApiArgs, ApiResult } from './contract';

export type ChartsApiName = 'charts:inventory' | 'charts:plan';

export const chartsSchemas: { [K in ChartsApiName]: z.ZodType<ApiArgs<K>> } = {
  'charts:inventory': z.strictObject({
    region: z.string().min(1).max(200).optional(),
    siteId: z.number().int().positive().optional(),
  }),
  'charts:plan': z.strictObject({
    scenarioId: z.number().int().positive().optional(),
    region: z.string().min(1).max(200).optional(),
    siteId: z.number().int().positive().optional(),
  }),
};

export const chartsHandlers: { [K in ChartsApiName]: (b: Backend, args: ApiArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> } = {
  'charts:inventory': (b, args) => inventoryAggregates(b.db, args),
  // The plan summary of the filtered sites, rebuilt from every stored item (no page limit).
  'charts:plan': async (b, { scenarioId, ...filter }) => {
    const view = await currentPlanOffThread(b.db, b.user, scenarioId); // a stale plan is run in a worker first
    if (filter.region === undefined && filter.siteId === undefined) return view.summary;
    const inv = inventoryAggregates(b.db, filter);
    const items = listPlanItems(b.db, view.scenario.id).rows;
    return narrowPlan(view.summary, items, new Set(inv.siteIds), inv.status.restricted);
  },
};

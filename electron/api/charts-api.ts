// Schemas and handlers of the dashboard's own API names ('charts:*'), spread
// into schemas.ts and handlers.ts. The plan-based charts use 'plan:get' and
// 'scenarios:compare'; these cover the inventory aggregates.
import { z } from 'zod';
import { inventoryAggregates } from '../../db/queries/charts';
import type { Backend } from '../backend';
import type { ApiArgs, ApiResult } from './contract';

export type ChartsApiName = 'charts:inventory';

export const chartsSchemas: { [K in ChartsApiName]: z.ZodType<ApiArgs<K>> } = {
  'charts:inventory': z.strictObject({
    region: z.string().min(1).max(200).optional(),
    siteId: z.number().int().positive().optional(),
  }),
};

export const chartsHandlers: { [K in ChartsApiName]: (b: Backend, args: ApiArgs<K>) => ApiResult<K> } = {
  'charts:inventory': (b, args) => inventoryAggregates(b.db, args),
};

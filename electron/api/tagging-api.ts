// Handlers and argument schemas of the tagging API (policies, overrides, the
// Restricted view), spread into handlers.ts and schemas.ts.
import { z } from 'zod';
import type { Backend } from '../backend';
import { revokeOverride, setOverride } from '../services/overrides';
import { runPlanTaskOffThread } from '../services/plan-task-thread';
import { listPolicies } from '../services/policies';
import { restrictedGroups } from '../services/tagging';
import type { ApiArgs, ApiResult } from './contract';

type TaggingName = 'policies:list' | 'policies:setActive' | 'devices:override' | 'overrides:revoke' | 'restricted:groups';

const policyId = z.string().min(1).max(100);
const id = z.number().int().positive();
const reason = z.string().max(2000);

export const taggingSchemas: { [K in TaggingName]: z.ZodType<ApiArgs<K>> } = {
  'policies:list': z.strictObject({}) as unknown as z.ZodType<Record<string, never>>,
  'policies:setActive': z.strictObject({ enable: z.array(policyId).max(50).optional(), disable: z.array(policyId).max(50).optional() }),
  'devices:override': z.strictObject({ id, status: z.enum(['restricted', 'clear']), reason }),
  'overrides:revoke': z.strictObject({ overrideId: id.optional(), deviceId: id.optional(), reason: reason.optional() }),
  'restricted:groups': z.strictObject({}) as unknown as z.ZodType<Record<string, never>>,
};

export const taggingHandlers: { [K in TaggingName]: (b: Backend, args: ApiArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> } = {
  'policies:list': (b) => listPolicies(b.db),
  // Every device is re-tagged: off the UI-serving thread (~1.5 s at 100,000 devices).
  'policies:setActive': (b, args) => runPlanTaskOffThread(b.db, b.user, 'policies:setActive', args),
  'devices:override': (b, args) => setOverride(b.db, { deviceId: args.id, status: args.status, reason: args.reason, user: b.user }),
  'overrides:revoke': (b, args) => revokeOverride(b.db, { ...args, user: b.user }),
  'restricted:groups': (b) => restrictedGroups(b.db),
};

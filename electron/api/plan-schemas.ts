// Argument schemas of the plan API names, spread into schemas.ts.
import { z } from 'zod';
import type { ApiArgs } from './contract';

export type PlanApiName =
  | 'plan:get'
  | 'plan:items'
  | 'plan:setParams'
  | 'plan:run'
  | 'plan:moveSite'
  | 'plan:sites'
  | 'sites:update'
  | 'scenarios:list'
  | 'scenarios:copy'
  | 'scenarios:select'
  | 'scenarios:compare'
  | 'scenarios:delete'
  | 'catalogue:list'
  | 'catalogue:update'
  | 'catalogue:add'
  | 'devices:setRecorder';

const empty = z.strictObject({}) as unknown as z.ZodType<Record<string, never>>;
const id = z.number().int().positive();
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month like 2026-09');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-04-01');
const phase = z.number().int().min(1).max(99);
const pct = z.number().min(0).max(100);
const scenarioOnly = z.strictObject({ scenarioId: id.optional() });

const params = z.strictObject({
  start: date,
  budgets: z.array(z.strictObject({ fy: z.string().regex(/^\d{4}-\d{2}$/, 'expected a fiscal year like 2026-27'), capCents: cents })).max(50),
  capacity: z.number().int().min(1).max(1_000_000),
  contingencyPct: pct,
  escalationPct: pct,
  includeReview: z.boolean(),
  phaseMode: z.enum(['fiscalYear', 'criticality', 'manual']),
  unitCosts: z.strictObject({ camera: cents.optional(), recorder: cents.optional(), encoder: cents.optional() }),
});

const catalogueFields = z.strictObject({
  replacement: z.string().trim().min(1).max(200),
  hardwareCents: cents,
  labourMinutes: z.number().int().min(0).max(100_000),
  labourRateCentsPerHour: cents,
  licenceCentsPerChannel: cents,
  channels: z.number().int().min(0).max(1000),
  disposalCents: cents,
  leadTimeDays: z.number().int().min(0).max(3650),
  priceDate: date,
});

export const planSchemas: { [K in PlanApiName]: z.ZodType<ApiArgs<K>> } = {
  'plan:get': scenarioOnly,
  'plan:items': z.strictObject({
    scenarioId: id.optional(),
    siteId: id.optional(),
    unfundedOnly: z.boolean().optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
  }),
  'plan:setParams': z.strictObject({ scenarioId: id.optional(), params: params.partial() }),
  'plan:run': scenarioOnly,
  'plan:moveSite': z.strictObject({ scenarioId: id.optional(), siteId: id, month: month.nullable().optional(), phase: phase.nullable().optional() }),
  'plan:sites': empty,
  'sites:update': z.strictObject({
    id,
    criticality: z.number().int().min(1).max(4).optional(),
    phase: phase.nullable().optional(),
    pinnedMonth: month.nullable().optional(),
  }),
  'scenarios:list': empty,
  'scenarios:copy': z.strictObject({ fromId: id.optional(), name: z.string().trim().min(1).max(100) }),
  'scenarios:select': z.strictObject({ id }),
  'scenarios:compare': z.strictObject({ ids: z.array(id).min(1).max(10) }),
  'scenarios:delete': z.strictObject({ id }),
  'catalogue:list': empty,
  'catalogue:update': z.strictObject({ id, ...catalogueFields.partial().shape }),
  'catalogue:add': z.strictObject({
    type: z.enum(['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other']),
    subtype: z.string().trim().max(50),
    ...catalogueFields.shape,
  }),
  'devices:setRecorder': z.strictObject({ deviceId: id, recorderId: id.nullable() }),
};

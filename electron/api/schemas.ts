// Argument schemas for every API name, checked at the gate. Typed against the
// contract: a name without a schema, or a schema that drifts from the
// contract's argument type, fails to compile.
import { z } from 'zod';
import type { ApiArgs, ApiName } from './contract';
import { bulkEdit, deviceEdit, planPath } from './inventory-schemas';
import { chartsSchemas } from './charts-api';
import { exportSchemas } from './export-api';
import { importSchemas } from './import-api';
import { planSchemas } from './plan-schemas';
import { taggingSchemas } from './tagging-api';
import { sitesStatusSchemas } from './sites-status-api';

const empty = z.strictObject({}) as unknown as z.ZodType<Record<string, never>>;
const id = z.number().int().positive();
const deviceStatus = z.enum(['restricted', 'review', 'clear']);
const deviceType = z.enum(['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other']);

export const schemas: { [K in ApiName]: z.ZodType<ApiArgs<K>> } = {
  'app:info': empty,
  'plan:current': empty,
  'plan:openSample': empty,
  'plan:recent': empty,
  'summary:get': empty,
  'devices:list': z.strictObject({
    status: deviceStatus.optional(),
    siteId: id.optional(),
    company: z.string().max(100).optional(),
    type: deviceType.optional(),
    importId: id.optional(),
    search: z.string().max(200).optional(),
    sort: z.enum(['id', 'site', 'manufacturer', 'model', 'status', 'type', 'mac', 'installDate']).optional(),
    desc: z.boolean().optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  }),
  'sites:list': empty,
  'audit:list': z.strictObject({ limit: z.number().int().min(1).max(10000).optional() }),
  // Inventory UI (issue 8): fields from inventory-schemas.ts.
  'devices:get': z.strictObject({ id }),
  'devices:update': z.strictObject({ id, changes: deviceEdit }),
  'devices:bulkUpdate': bulkEdit,
  'history:list': z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
  'history:undo': empty,
  'history:redo': empty,
  'plan:open': z.strictObject({ path: planPath }),
  'plan:create': z.strictObject({ path: planPath, name: z.string().max(200) }),
  'settings:get': z.strictObject({ key: z.string().min(1).max(100) }),
  'settings:set': z.strictObject({ key: z.string().min(1).max(100), value: z.unknown() }) as z.ZodType<
    ApiArgs<'settings:set'>
  >,
  'backups:list': empty,
  'backups:create': empty,
  // A backup name from backups:list, never a path: the UI cannot make the app read an arbitrary file.
  'backups:restore': z.strictObject({ name: z.string().min(1).max(300).regex(/^[^/\\]+\.sqlite$/) }),
  ...planSchemas,
  ...taggingSchemas,
  ...sitesStatusSchemas,
  ...chartsSchemas,
  ...exportSchemas,
  ...importSchemas,
};

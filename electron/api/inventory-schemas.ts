// zod schemas for the inventory UI's API arguments (used by schemas.ts).
import { z } from 'zod';
import type { BulkEdit, DeviceEdit } from './inventory-types';

const text = (max: number) => z.string().max(max).nullable().optional();

export const deviceEdit: z.ZodType<DeviceEdit> = z.strictObject({
  assetTag: text(100),
  siteId: z.number().int().positive().nullable().optional(),
  building: text(200),
  location: text(200),
  type: z.enum(['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other']).optional(),
  notes: text(4000),
  lifecycle: z.enum(['in_service', 'spare', 'retired']).nullable().optional(),
  excluded: z.boolean().optional(),
  manufacturer: text(200),
  model: text(200),
  serial: text(200),
  mac: text(40),
});

export const bulkEdit: z.ZodType<BulkEdit> = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1).max(100_000),
  siteId: z.number().int().positive().optional(),
  excluded: z.boolean().optional(),
  criticality: z.number().int().min(1).max(4).optional(),
  override: z.strictObject({ status: z.enum(['restricted', 'clear']), reason: z.string().min(1).max(2000) }).optional(),
});

/** A plan file path typed or chosen by the user. */
export const planPath = z.string().min(1).max(1000);

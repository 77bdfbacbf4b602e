// Schema and handler of 'export:workbook', spread into schemas.ts and handlers.ts.
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../db/errors';
import type { Backend } from '../backend';
import { exportOffThread } from '../services/export/export-thread';
import type { ApiArgs, ApiResult } from './contract';

export type ExportApiName = 'export:workbook';

export const exportSchemas: { [K in ExportApiName]: z.ZodType<ApiArgs<K>> } = {
  'export:workbook': z.strictObject({
    path: z.string().min(1).max(1000).optional(),
    redacted: z.boolean(),
    csv: z.boolean(),
    lang: z.enum(['en', 'fr']),
  }),
};

export const exportHandlers: { [K in ExportApiName]: (b: Backend, args: ApiArgs<K>) => Promise<ApiResult<K>> } = {
  'export:workbook': async (b, args) => {
    // Only the desktop app writes to a path (one the user chose in its save dialog); a browser page gets bytes to download.
    if (args.path !== undefined && b.mode !== 'electron') {
      throw new UserError('NOT_ALLOWED', 'Saving to a path is only possible in the desktop app; the browser downloads the file instead.');
    }
    if (args.path !== undefined && !path.isAbsolute(args.path)) {
      throw new UserError('BAD_PATH', `${args.path}: choose where to save the report in the save dialog.`);
    }
    const target = args.path ?? null;
    const made = await exportOffThread(b.db, b.info?.name ?? 'plan', { redacted: args.redacted, csv: args.csv, lang: args.lang }, target);
    return {
      path: target,
      fileName: made.fileName,
      mime: made.mime,
      size: made.size,
      sheets: made.sheets,
      base64: made.bytes ? made.bytes.toString('base64') : null,
    };
  },
};

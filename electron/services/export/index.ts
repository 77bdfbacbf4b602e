// Exports of the open plan: the plan workbook, the redacted summary, and the
// inventory (or the redacted summary) as CSV. Bytes are built in memory and
// written through a temporary file renamed into place, so a failed export
// never leaves a half-written file behind.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type * as XLSX from 'xlsx';
import { UserError } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { fullWorkbook, redactedWorkbook } from '../../domain/export/book';
import { tableToCsv } from '../../domain/export/csv';
import { inventoryTable } from '../../domain/export/inventory';
import { exportLabels, type ExportLang } from '../../domain/export/labels';
import { redactedSummaryTable } from '../../domain/export/redacted';
import { gatherExport } from './gather';
import { buildWorkbook, workbookBytes } from './workbook';

export interface ExportOptions {
  /** Aggregates only: no site, address, serial, MAC, IP or location. */
  redacted: boolean;
  /** CSV instead of xlsx: the inventory, or with `redacted` the redacted summary table. */
  csv: boolean;
  lang: ExportLang;
  /** 'YYYY-MM-DD' printed as the export date; today when absent. */
  exportedOn?: string;
}

export interface ExportOutput {
  bytes: Buffer;
  fileName: string;
  mime: string;
  /** Sheet names (xlsx) or the one table's name (CSV). */
  sheets: string[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv';

/** A file name from the plan name: letters, digits and dashes only. */
export function suggestedFileName(planName: string, opts: Pick<ExportOptions, 'redacted' | 'csv' | 'lang'>, date: string): string {
  const base = planName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plan';
  const what = opts.csv ? (opts.redacted ? 'redacted-summary' : 'inventory') : opts.redacted ? 'redacted-summary' : 'report';
  return `${base}-${what}-${date}.${opts.csv ? 'csv' : 'xlsx'}`;
}

export function buildExport(db: Db, planName: string, opts: ExportOptions): ExportOutput {
  const built = buildContent(db, planName, opts);
  if ('bytes' in built) return built;
  // The xlsx is written only once buildContent has returned: the gathered devices and the sheets' rows are garbage
  // by then, so the write (the bulk of the time) runs without a 100k-device heap for the collector to trace.
  const { book, ...rest } = built;
  return { bytes: workbookBytes(book), ...rest };
}

function buildContent(db: Db, planName: string, opts: ExportOptions): ExportOutput | (Omit<ExportOutput, 'bytes'> & { book: XLSX.WorkBook }) {
  const ctx = gatherExport(db, { planName, exportedOn: opts.exportedOn });
  const fileName = suggestedFileName(planName, opts, ctx.exportedOn);
  const l = exportLabels(opts.lang);
  if (opts.csv) {
    const table = opts.redacted ? redactedSummaryTable(ctx, l) : inventoryTable(ctx.devices, l);
    return { bytes: Buffer.from(tableToCsv(table), 'utf8'), fileName, mime: CSV_MIME, sheets: [opts.redacted ? l.sheets.summary : l.sheets.inventory] };
  }
  const sheets = opts.redacted ? redactedWorkbook(ctx, opts.lang) : fullWorkbook(ctx, opts.lang);
  return { book: buildWorkbook(sheets, opts.lang, planName), fileName, mime: XLSX_MIME, sheets: sheets.map((s) => s.name) };
}

function refusal(target: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  const dir = path.dirname(target);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserError('NOT_WRITABLE', `${target}: the folder ${dir} does not exist; choose an existing folder.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError('NOT_WRITABLE', `${target}: cannot write there (permission denied); choose another folder.`);
    case 'ENOSPC':
      return new UserError('NOT_WRITABLE', `${target}: the disk is full; free some space or choose another disk.`);
    default:
      return new UserError('NOT_WRITABLE', `${target}: the file could not be written (${code ?? 'unknown error'}).`);
  }
}

/** Write `bytes` to `target` all at once: a temporary file in the same folder, flushed, then renamed over the target. */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const resolved = path.resolve(target);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) {
    throw new UserError('NOT_WRITABLE', `${target} is a folder; give a file name such as ${path.join(target, 'report.xlsx')}.`);
  }
  const temp = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, resolved);
  } catch (err) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw refusal(target, err);
  }
}

/** Build the export and write it to `target`. */
export function exportToFile(db: Db, planName: string, target: string, opts: ExportOptions): ExportOutput {
  const out = buildExport(db, planName, opts);
  writeFileAtomic(target, out.bytes);
  return out;
}

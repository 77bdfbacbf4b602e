// The import service the API and the CLI call: preview (parse, map, check,
// count; write nothing) and run (the same, then one transaction). Parsing runs
// in a separate process; mapping, normalising and writing happen here.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { deviceKeys, getSavedMapping } from '../../../db/queries/imports';
import type { ApiEvents } from '../../api/contract';
import type { ImportColumn, ImportProblem, ImportReport, ImportRunArgs, ImportSheet, ImportSource } from '../../api/import-types';
import type { ImportField } from './fields';
import { buildHeaders, detectTable, HEADER_SCAN_ROWS, type SheetTable } from './header';
import { decodeOutcome, DEFAULT_LIMITS, parseInProcess, type ParseLimits, type RawParseOutcome } from './launcher';
import { applyOverrides, headerSignature, suggestMapping, toSavedMapping, type SavedMapping } from './mapping';
import { DeviceIndex, planActions, type PlannedAction } from './match';
import { DERIVED_SHEET_REASON, derivedSheetsOfOwnWorkbook } from './own-export';
import type { SheetSkipCode } from './problem-codes';
import { buildCandidates, type MappedSheet, type Problem } from './rows';
import type { Cell, ParsedFile, ParsedSheet } from './types';
import { VENDOR_SIGNATURES, detectVendor } from './vendors';
import { makeSameAsStored, writeImport } from './write';

/** Largest file we open: far above any real inventory (100k rows of xlsx is ~10 MB). */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

export interface ImportContext {
  db: Db;
  user: string;
  emit?: (p: ApiEvents['progress']) => void;
  limits?: ParseLimits;
}

/** A refusal that still carries the checked report (the CLI prints it before the one-line reason). */
export class ImportRefusedError extends UserError {
  constructor(
    code: string,
    message: string,
    public readonly report: ImportReport,
    params?: Record<string, string | number>,
  ) {
    super(code, message, params);
  }
}

/** The refusal's values; the first problem rides along as `first` plus `first__key` and `first__<param>` (see the renderer's backend-messages.ts). */
function refusalParams(file: string, count: number, first: ImportProblem): Record<string, string | number> {
  const params: Record<string, string | number> = { file, count, sheet: first.sheet ?? '', row: first.row ?? '', first: first.message.replace(/\.$/, '') };
  if (first.code) {
    params.first__key = `problem.${first.code}`;
    for (const [k, v] of Object.entries(first.params ?? {})) params[`first__${k}`] = v;
  }
  return params;
}

const progress = (ctx: ImportContext, phase: string, done: number, total: number | null) =>
  ctx.emit?.({ task: 'import', phase, done, total });

async function withSourceFile<T>(src: ImportSource, fn: (absPath: string, fileName: string) => Promise<T>): Promise<T> {
  if (src.path) {
    const abs = path.resolve(src.path);
    const name = path.basename(abs);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UserError('NOT_FOUND', `${src.path}: no such file.`, { path: src.path }, 'NOT_FOUND.importFile');
    }
    if (!stat.isFile()) throw new UserError('NOT_A_FILE', `${src.path} is a folder, not a file.`, { path: src.path });
    checkSize(name, stat.size);
    return fn(abs, name);
  }
  if (src.dataBase64 !== undefined) {
    const name = path.basename(src.fileName ?? 'upload').replace(/[^\w.\- ()]/g, '_') || 'upload';
    const bytes = Buffer.from(src.dataBase64, 'base64');
    checkSize(name, bytes.length);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-upload-'));
    try {
      const abs = path.join(dir, name);
      fs.writeFileSync(abs, bytes);
      return await fn(abs, name);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  throw new UserError('NO_FILE', 'Choose a file to import.', undefined, 'NO_FILE.import');
}

function checkSize(name: string, size: number): void {
  if (size === 0) throw new UserError('EMPTY_FILE', `${name} is empty.`, { file: name });
  if (size > MAX_FILE_BYTES) {
    throw new UserError('FILE_TOO_LARGE', `${name} is ${Math.round(size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for an inventory file; split it or remove unrelated sheets.`, { file: name, size: Math.round(size / 1048576), limit: MAX_FILE_BYTES / 1048576 });
  }
}

function hashFile(abs: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    fs.createReadStream(abs).on('data', (d) => h.update(d)).on('end', () => resolve(h.digest('hex'))).on('error', reject);
  });
}

function parsedFrom(raw: RawParseOutcome): ParsedFile {
  const outcome = decodeOutcome(raw);
  if (!outcome.ok) throw new UserError(outcome.code, outcome.message, outcome.params, outcome.key);
  return outcome.file;
}

/** A file read by the parser, its answer still serialised (a thread that only passes it on never decodes the rows). */
export interface ReadSource {
  raw: RawParseOutcome;
  fileName: string;
  /** Recorded in the import history; a preview writes nothing, so it has none. */
  fileHash: string | null;
}

/** Read a source file in the parser process; the file is hashed only for a run. */
export function readSource(ctx: ImportContext, args: ImportRunArgs, mode: 'run' | 'preview'): Promise<ReadSource> {
  return withSourceFile(args, async (abs, name) => {
    progress(ctx, 'read', 0, null);
    const raw = await parseInProcess(abs, name, ctx.limits ?? DEFAULT_LIMITS, (p) => progress(ctx, p.phase, p.done, p.total));
    return { raw, fileName: name, fileHash: mode === 'run' ? await hashFile(abs) : null };
  });
}

/** Preview or import a file readSource read. */
export function importReadSource(ctx: ImportContext, mode: 'run' | 'preview', args: ImportRunArgs, src: ReadSource): ImportReport {
  const parsed = parsedFrom(src.raw);
  return mode === 'preview' ? analyse(ctx, parsed, src.fileName, args, 'preview').report : importParsed(ctx, parsed, src.fileName, args, src.fileHash ?? '');
}

const cellText = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

function samplesOf(m: MappedSheet, index: number): string[] {
  const out = new Set<string>();
  for (let r = m.table.headerIndex + 1; r < m.sheet.rows.length && out.size < 5 && r < m.table.headerIndex + 500; r++) {
    const t = cellText(m.sheet.rows[r]?.[index]);
    if (t) out.add(t.length > 60 ? t.slice(0, 57) + '…' : t);
  }
  return [...out];
}

/**
 * A header row no synonym recognises can still be used when the user mapped
 * its columns (in the wizard) or saved a mapping for exactly these headers.
 */
function tableFromKnownLayout(db: Db, sheet: ParsedSheet, overrides: Record<string, ImportField | null> | undefined): SheetTable | null {
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    if ((sheet.rows[r] ?? []).filter((c) => c !== null && c !== '').length < 2) continue;
    const headers = buildHeaders(sheet, r);
    const chosen = overrides ? Object.entries(overrides).filter(([h, f]) => f && headers.includes(h)).length : 0;
    if (chosen > 0 || getSavedMapping(db, headerSignature(headers))) return { name: sheet.name, headerIndex: r, headers };
  }
  return null;
}

/** For a sheet left out: its first filled row offered as headers, so a wizard can let the user map it. */
function unmappedColumns(sheet: ParsedSheet): ImportColumn[] {
  const r = sheet.rows.findIndex((row, i) => i < HEADER_SCAN_ROWS && row.filter((c) => c !== null && c !== '').length >= 2);
  if (r < 0) return [];
  const table: SheetTable = { name: sheet.name, headerIndex: r, headers: buildHeaders(sheet, r) };
  const m: MappedSheet = { sheet, table, columns: [], vendor: null };
  return suggestMapping(table.headers, null, null).map((c) => ({
    header: c.header, field: c.field, confidence: c.confidence, source: c.source, dropped: c.dropped, droppedReason: c.droppedReason,
    samples: c.droppedReason === 'credential' ? [] : samplesOf(m, c.index),
  }));
}

interface Analysis {
  report: ImportReport;
  actions: PlannedAction[];
  mapped: MappedSheet[];
  errorRows: number;
}

function analyse(ctx: ImportContext, parsed: ParsedFile, fileName: string, args: ImportRunArgs, mode: 'preview' | 'run'): Analysis {
  let sheets = parsed.sheets;
  if (args.sheet !== undefined) {
    sheets = sheets.filter((s) => s.name === args.sheet);
    if (sheets.length === 0) {
      throw new UserError('NO_SUCH_SHEET', `${fileName} has no sheet named "${args.sheet}" (its sheets: ${parsed.sheets.map((s) => s.name).join(', ')}).`, {
        file: fileName, sheet: args.sheet, sheets: parsed.sheets.map((s) => s.name).join(', '),
      });
    }
  }
  const sheetDtos: ImportSheet[] = [];
  const mapped: MappedSheet[] = [];
  const warnings: Problem[] = [];
  // The planner's own plan workbook: its derived sheets are left out unless one is asked for by name.
  const derivedSheets = args.sheet === undefined ? derivedSheetsOfOwnWorkbook(sheets.map((s) => s.name)) : new Set<string>();
  for (const sheet of sheets) {
    if (derivedSheets.has(sheet.name)) {
      sheetDtos.push({ name: sheet.name, rows: 0, skipped: 0, headerRow: null, ignoredReason: DERIVED_SHEET_REASON, ignoredCode: 'derived', sourceTool: null, columns: [] });
      continue;
    }
    const overrides = args.mappings?.[sheet.name] as Record<string, ImportField | null> | undefined;
    const table = detectTable(sheet) ?? tableFromKnownLayout(ctx.db, sheet, overrides);
    if (!table) {
      const empty = sheet.rows.every((r) => r.length === 0);
      const reason = empty ? 'the sheet is empty' : 'no device table: none of its first 30 rows has known column names';
      const ignoredCode: SheetSkipCode = empty ? 'empty' : 'no-table';
      sheetDtos.push({ name: sheet.name, rows: 0, skipped: 0, headerRow: null, ignoredReason: reason, ignoredCode, sourceTool: null, columns: unmappedColumns(sheet) });
      warnings.push({
        sheet: sheet.name, row: null, column: null, message: `Sheet "${sheet.name}" was left out: ${reason}.`,
        code: empty ? 'sheet-left-out-empty' : 'sheet-left-out-no-table', params: { sheet: sheet.name },
      });
      continue;
    }
    const vendor = detectVendor(table.headers) ?? VENDOR_SIGNATURES.find((v) => v.tool === parsed.sourceTool) ?? null;
    const saved = vendor ? null : (getSavedMapping(ctx.db, headerSignature(table.headers)) as SavedMapping | null);
    const columns = applyOverrides(suggestMapping(table.headers, vendor, saved), overrides);
    const m: MappedSheet = { sheet, table, columns, vendor };
    mapped.push(m);
    if (sheet.truncatedColumns) {
      warnings.push({ sheet: sheet.name, row: null, column: null, code: 'columns-truncated', message: 'Some rows have more than 1000 columns; the columns after the 1000th were left out.' });
    }
    const cols: ImportColumn[] = columns.map((c) => ({
      header: c.header, field: c.field, confidence: c.confidence, source: c.source, dropped: c.dropped, droppedReason: c.droppedReason,
      samples: c.droppedReason === 'credential' ? [] : samplesOf(m, c.index), // credentials never leave the importer, not even as samples
    }));
    sheetDtos.push({ name: sheet.name, rows: 0, skipped: 0, headerRow: table.headerIndex + 1, sourceTool: vendor?.tool ?? null, columns: cols });
  }
  if (mapped.length === 0) {
    const message = `${fileName} has no device table: no sheet has a header row with known column names (such as Make, Model, Serial, MAC) in its first 30 rows.`;
    if (mode === 'run') throw new UserError('NO_DEVICE_TABLE', message, { file: fileName });
    // A preview still shows the sheets, so the user can map the columns by hand.
    return { report: emptyReport(parsed, fileName, sheetDtos, [{ sheet: null, row: null, column: null, message, code: 'no-device-table', params: { file: fileName } }], warnings), actions: [], mapped, errorRows: 0 };
  }
  progress(ctx, 'check', 0, null);
  const built = buildCandidates(mapped, { dateOrder: args.dateOrder ?? null, decimalComma: parsed.delimiter === ';', sourceTool: parsed.sourceTool ?? null });
  for (const dto of sheetDtos) {
    const st = built.stats.get(dto.name);
    if (st) Object.assign(dto, { rows: st.rows, skipped: st.skipped });
  }
  const dataRows = [...built.stats.values()].reduce((n, s) => n + s.rows, 0);
  if (dataRows === 0) throw new UserError('NO_ROWS', `${fileName} has a header row but no data rows.`, { file: fileName });

  const index = new DeviceIndex(deviceKeys(ctx.db));
  const silent = new Set(VENDOR_SIGNATURES.filter((v) => v.rowsPerChannel).map((v) => v.tool));
  const planned = planActions(built.candidates, index, args.onDuplicate ?? 'update', makeSameAsStored(ctx.db), silent);
  for (const a of planned.actions) {
    if (a.kind === 'skip') {
      const dto = sheetDtos.find((s) => s.name === a.cand.sheet);
      if (dto) dto.skipped++;
    }
  }
  const count = (k: PlannedAction['kind']) => planned.actions.filter((a) => a.kind === k).length;
  const errorRows = built.errors.filter((e) => e.row !== null).length;
  progress(ctx, 'check', dataRows, dataRows);
  const report: ImportReport = {
    file: fileName,
    dryRun: true,
    imported: count('insert'),
    updated: count('update'),
    unchanged: count('unchanged'),
    skipped: count('skip') + errorRows,
    sheets: sheetDtos,
    errors: built.errors,
    warnings: [...warnings, ...built.warnings, ...planned.warnings],
    format: parsed.format,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    dateOrder: built.dateOrder,
    importId: null,
  };
  return { report, actions: planned.actions, mapped, errorRows };
}

function emptyReport(parsed: ParsedFile, file: string, sheets: ImportSheet[], errors: Problem[], warnings: Problem[]): ImportReport {
  const { format, encoding, delimiter } = parsed;
  return { file, dryRun: true, imported: 0, updated: 0, unchanged: 0, skipped: 0, sheets, errors, warnings, format, encoding, delimiter, dateOrder: null, importId: null };
}

/** Parse and check a file; counts new/updated/unchanged/skipped; writes nothing. */
export async function previewImport(ctx: ImportContext, args: ImportRunArgs): Promise<ImportReport> {
  return importReadSource(ctx, 'preview', args, await readSource(ctx, args, 'preview'));
}

/** Import a file in one transaction (or only check it, with dryRun). */
export async function runImport(ctx: ImportContext, args: ImportRunArgs): Promise<ImportReport> {
  return importReadSource(ctx, 'run', args, await readSource(ctx, args, 'run'));
}

/**
 * Check and write an already parsed file (what runImport does after the parser
 * process answers). Exported for the property tests, which parse in-process.
 */
export function importParsed(ctx: ImportContext, parsed: ParsedFile, name: string, args: ImportRunArgs, fileHash: string): ImportReport {
  const { report, actions, mapped, errorRows } = analyse(ctx, parsed, name, args, 'run');
  if (args.dryRun) return report;
  if (report.errors.length > 0 && !args.acceptSkips) {
    const first = report.errors[0];
    const n = report.errors.length;
    throw new ImportRefusedError(
      'ROW_ERRORS',
      `${name}: ${n} row${n > 1 ? 's' : ''} cannot be imported (first: sheet "${first.sheet}", row ${first.row}: ${first.message.replace(/\.$/, '')}); nothing was written — fix ${n > 1 ? 'them' : 'it'}, or accept skipping ${n > 1 ? 'them' : 'it'}.`,
      report,
      refusalParams(name, n, first),
    );
  }
  const total = actions.length;
  progress(ctx, 'write', 0, total);
  const counts = writeImport(ctx.db, actions, {
    fileName: name,
    fileHash,
    format: parsed.format,
    user: ctx.user,
    rowsSkippedForErrors: errorRows,
    details: {
      encoding: parsed.encoding, delimiter: parsed.delimiter, dateOrder: report.dateOrder, onDuplicate: args.onDuplicate ?? 'update',
      sheets: report.sheets.map((s) => ({ name: s.name, rows: s.rows, skipped: s.skipped, headerRow: s.headerRow, sourceTool: s.sourceTool })),
    },
    mappings: mapped.map((m) => ({
      signature: headerSignature(m.table.headers), headers: m.table.headers, mapping: toSavedMapping(m.columns), sourceTool: m.vendor?.tool ?? null,
    })),
    onProgress: (done, t) => progress(ctx, 'write', done, t),
  });
  progress(ctx, 'done', total, total);
  return {
    ...report,
    dryRun: false,
    imported: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    skipped: counts.skipped,
    importId: counts.importId,
  };
}

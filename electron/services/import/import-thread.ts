// Imports for the UI run in a worker thread with its own connection to the
// plan file: mapping, checking and the one-transaction write of 100,000 rows
// take seconds of CPU, which on the UI-serving thread froze every request
// (bench: a 1.7 s stall at 10,000 rows). WAL lets the UI keep reading the plan
// meanwhile; it sees the import once its transaction commits. A plan in memory
// (tests, dry runs) has no file to share, so it is imported on this thread.
// Where the parser can only be started from this thread (Electron main and its
// utility process), this thread reads the file and hands the parser's answer,
// still serialised, to the worker, which checks and writes.
import type { ApiEvents } from '../../api/contract';
import type { ImportReport, ImportRunArgs } from '../../api/import-types';
import { NOT_YET, planFileForWorker, userErrorOf, workerAnswer, workerEntry, type WorkerError, type WorkerFailure } from '../worker-entry';
import { parserStartsHere, type ParseLimits } from './launcher';
import { ImportRefusedError, previewImport, readSource, runImport, type ImportContext, type ReadSource } from './service';

export interface ImportThreadRequest {
  mode: 'run' | 'preview';
  planFile: string;
  user: string;
  args: ImportRunArgs;
  limits?: ParseLimits;
  /** The file as the parser read it, when this thread started the parser; else the worker starts it. */
  read?: ReadSource;
}

export type ImportThreadMessage =
  | { type: 'progress'; progress: ApiEvents['progress'] }
  | { type: 'result'; report: ImportReport }
  | { type: 'refused'; code: string; message: string; report: ImportReport; params?: Record<string, string | number> }
  | WorkerError;

const WORKER = workerEntry(import.meta.url, 'import-thread-worker');

export const IMPORT_FAILURE: WorkerFailure = {
  code: 'IMPORT_FAILED',
  failed: (detail) => `The import failed and nothing was written (${detail}).`,
  stopped: 'The import stopped before it finished; nothing was written.',
};

/** The plan file the import can open from another thread, or null to import on this one. */
const sharedPlanFile = (ctx: ImportContext): string | null => planFileForWorker(ctx.db, WORKER);

async function inThread(ctx: ImportContext, mode: 'run' | 'preview', args: ImportRunArgs, planFile: string): Promise<ImportReport> {
  const read = parserStartsHere() ? await readSource(ctx, args, mode) : undefined;
  const workerData = { mode, planFile, user: ctx.user, args, limits: ctx.limits, read } satisfies ImportThreadRequest;
  return workerAnswer(
    WORKER,
    workerData,
    (m: ImportThreadMessage) => {
      if (m.type === 'progress') {
        ctx.emit?.(m.progress);
        return NOT_YET;
      }
      if (m.type === 'result') return m.report;
      // Keys and values travel with the English sentence so the UI can say it in French.
      if (m.type === 'refused') throw new ImportRefusedError(m.code, m.message, m.report, m.params);
      throw userErrorOf(m);
    },
    IMPORT_FAILURE,
  );
}

/** runImport, off the calling thread when the plan is a file. */
export function runImportOffThread(ctx: ImportContext, args: ImportRunArgs): Promise<ImportReport> {
  const file = sharedPlanFile(ctx);
  return file ? inThread(ctx, 'run', args, file) : runImport(ctx, args);
}

/** previewImport, off the calling thread when the plan is a file. */
export function previewImportOffThread(ctx: ImportContext, args: ImportRunArgs): Promise<ImportReport> {
  const file = sharedPlanFile(ctx);
  return file ? inThread(ctx, 'preview', args, file) : previewImport(ctx, args);
}

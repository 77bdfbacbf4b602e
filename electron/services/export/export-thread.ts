// Exports for the UI run in a worker thread with its own connection to the
// plan file: gathering, building and writing the report workbook of 100,000
// devices takes about 5 s of CPU (bench, issue 10), which on the thread that
// serves the UI held every other request that long (and, in Electron, main's
// handling of the window). WAL lets the UI keep reading and writing meanwhile;
// the export reads the plan as it was when it started. A plan in memory, or a
// build without the worker entry, exports on the calling thread.
import type { Db } from '../../../db/open';
import { inWorkerOrHere, userErrorOf, workerEntry, type WorkerError, type WorkerFailure } from '../worker-entry';
import { buildExport, writeFileAtomic, type ExportOptions } from './index';

const WORKER = workerEntry(import.meta.url, 'export-thread-worker');

export const EXPORT_FAILURE: WorkerFailure = {
  code: 'EXPORT_FAILED',
  failed: (detail) => `The export failed (${detail}); no file was written.`,
  stopped: 'The export stopped before it finished; no file was written.',
};

export interface ExportThreadRequest {
  planFile: string;
  planName: string;
  opts: ExportOptions;
  /** Where to write the file (the desktop app's save dialog); without it the bytes come back. */
  path: string | null;
}

/** What an export made: its bytes only when they were not written to a path. */
export interface ExportMade {
  fileName: string;
  mime: string;
  sheets: string[];
  size: number;
  bytes: Buffer | null;
}

export type ExportThreadMessage =
  | { type: 'result'; made: Omit<ExportMade, 'bytes'>; bytes: Uint8Array | null }
  | WorkerError;

/** Build an export of the plan and write it to `path`, or return its bytes. */
export function makeExport(db: Db, planName: string, opts: ExportOptions, path: string | null): ExportMade {
  const out = buildExport(db, planName, opts);
  if (path !== null) writeFileAtomic(path, out.bytes);
  return { fileName: out.fileName, mime: out.mime, sheets: out.sheets, size: out.bytes.length, bytes: path === null ? out.bytes : null };
}

/** makeExport, off the calling thread when the plan is a file. */
export function exportOffThread(db: Db, planName: string, opts: ExportOptions, path: string | null): Promise<ExportMade> {
  return inWorkerOrHere(
    db,
    WORKER,
    (planFile): ExportThreadRequest => ({ planFile, planName, opts, path }),
    () => makeExport(db, planName, opts, path),
    (m: ExportThreadMessage) => {
      if (m.type === 'error') throw userErrorOf(m);
      return { ...m.made, bytes: m.bytes ? Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength) : null };
    },
    EXPORT_FAILURE,
  );
}

// Entry of the import worker thread: opens its own connection to the plan
// file, runs the import (or preview) there, and answers one message. The file
// is read by the parser process this thread starts, or (Electron) arrives
// already read by the one the main thread started. Keeps the
// thread that serves the UI free while rows are mapped, checked and written.
import { parentPort, workerData } from 'node:worker_threads';
import { openPlanDb } from '../../../db/open';
import { ImportRefusedError, importReadSource, readSource, type ImportContext } from './service';
import { IMPORT_FAILURE, type ImportThreadMessage, type ImportThreadRequest } from './import-thread';
import { workerErrorOf } from '../worker-entry';

const req = workerData as ImportThreadRequest;
const post = (m: ImportThreadMessage) => parentPort?.postMessage(m);

async function main(): Promise<void> {
  const db = openPlanDb(req.planFile, { create: false });
  // The import's commit would otherwise also copy every page it wrote from the
  // WAL into the plan file (bench: ~1 s of a 100,000-row import) before the user
  // sees the result. The commit alone is durable; the copy is done below, after
  // the answer, still on this thread.
  db.pragma('wal_autocheckpoint = 0');
  try {
    const ctx = { db, user: req.user, limits: req.limits, emit: (p: Parameters<NonNullable<ImportContext['emit']>>[0]) => post({ type: 'progress', progress: p }) };
    const read = req.read ?? (await readSource(ctx, req.args, req.mode));
    const report = importReadSource(ctx, req.mode, req.args, read);
    post({ type: 'result', report });
    checkpointQuietly(db);
  } catch (err) {
    if (err instanceof ImportRefusedError) post({ type: 'refused', code: err.code, message: err.message, report: err.report, params: err.params });
    else post(workerErrorOf(err, IMPORT_FAILURE));
  } finally {
    db.close();
  }
}

/** Copy the WAL into the plan file without waiting on readers (the UI's connection keeps reading meanwhile). */
function checkpointQuietly(db: ReturnType<typeof openPlanDb>): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A checkpoint left undone costs only WAL size: the app's checkpoint thread, or closing the plan, does it later.
  }
}

void main();

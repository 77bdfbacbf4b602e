// Entry of the export worker thread: opens its own connection to the plan
// file, makes the export there, and answers one message (the bytes moved, not
// copied, when they go back to be downloaded).
import { parentPort, workerData } from 'node:worker_threads';
import { openPlanDb } from '../../../db/open';
import { workerErrorOf } from '../worker-entry';
import { EXPORT_FAILURE, makeExport, type ExportThreadMessage, type ExportThreadRequest } from './export-thread';

const req = workerData as ExportThreadRequest;
const post = (m: ExportThreadMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);

try {
  const db = openPlanDb(req.planFile, { create: false });
  try {
    const { bytes, ...made } = makeExport(db, req.planName, req.opts, req.path);
    const copy = bytes ? new Uint8Array(bytes) : null; // its own ArrayBuffer (a Buffer may share Node's pool), to move
    post({ type: 'result', made, bytes: copy }, copy ? [copy.buffer] : []);
  } finally {
    db.close();
  }
} catch (err) {
  post(workerErrorOf(err, EXPORT_FAILURE));
}

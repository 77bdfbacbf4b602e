// Entry of the parser process (child_process.fork under Node, utilityProcess
// in Electron). Reads the file named in argv, answers one message, exits.
// Only plain data leaves this process.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../db/errors';
import { encodeOutcome, type WorkerMessage } from './launcher';
import { parseFileBytes } from './parse-file';
import type { ParseOutcome } from './types';

interface ParentPort {
  postMessage(msg: unknown): void;
}

function post(msg: WorkerMessage, then?: () => void): void {
  const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (port) {
    port.postMessage(msg);
    then?.();
  } else if (process.send) {
    process.send(msg, undefined, {}, () => then?.());
  }
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? '';
  let outcome: ParseOutcome;
  try {
    post({ type: 'progress', phase: 'read', done: 0, total: null });
    const bytes = fs.readFileSync(file);
    const parsed = await parseFileBytes(bytes, file);
    const rows = parsed.sheets.reduce((n, s) => n + s.rows.length, 0);
    post({ type: 'progress', phase: 'read', done: rows, total: rows });
    outcome = { ok: true, file: parsed };
  } catch (err) {
    outcome =
      err instanceof UserError
        ? { ok: false, code: err.code, message: err.message, params: err.params, key: err.key }
        : {
            ok: false, code: 'UNREADABLE', params: { file: path.basename(file), detail: err instanceof Error ? err.message : String(err) },
            message: `${path.basename(file)} could not be read as a spreadsheet (${err instanceof Error ? err.message : String(err)}).`,
          };
  }
  post({ type: 'result', bytes: encodeOutcome(outcome) }, () => {
    if (process.connected) process.disconnect();
  });
}

void main();

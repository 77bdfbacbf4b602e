// What the plan file itself holds, without its WAL: proof that a checkpoint
// copied committed pages into it. Reads a copy of the file alone.
import fs from 'node:fs';
import { openPlanDb, type Db } from '../../db/open';

/** `read` run on a copy of the plan file without its WAL; undefined while a checkpoint is half done. */
export function readPlanFileAlone<T>(file: string, read: (db: Db) => T): T | undefined {
  const copy = `${file}.copy-${process.hrtime.bigint()}`;
  fs.copyFileSync(file, copy);
  let db: Db | null = null;
  try {
    db = openPlanDb(copy, { create: false });
    return db.pragma('integrity_check', { simple: true }) === 'ok' ? read(db) : undefined;
  } catch {
    return undefined; // copied mid-checkpoint
  } finally {
    db?.close();
    fs.rmSync(copy, { force: true });
  }
}

/** Polls `read` every 50 ms for up to 10 s until it gives `want`; returns the last value read. */
export async function eventually<T>(read: () => T, want: T): Promise<T> {
  let got = read();
  for (let i = 0; i < 200 && got !== want; i++) {
    await new Promise((r) => setTimeout(r, 50));
    got = read();
  }
  return got;
}

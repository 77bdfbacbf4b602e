// PLACEHOLDER until issue 4's matcher lands: re-evaluates every device.
import type { Db } from '../../db/open';

export interface RetagDiff {
  devices: number;
  newlyRestricted: number;
  cleared: number;
  changed: number;
}

export function retagAll(db: Db): RetagDiff {
  const n = (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
  return { devices: n, newlyRestricted: 0, cleared: 0, changed: 0 };
}

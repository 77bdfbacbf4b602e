// A real SQLite plan with sites and devices whose statuses are set directly
// (the tagging matcher is not what these tests are about).
import { openPlanDb, type Db } from '../../../db/open';

export interface FixtureSite {
  name: string;
  criticality: number;
  devices: Array<{ type?: string; status?: 'restricted' | 'review' | 'clear'; ip?: string | null; installDate?: string | null; excluded?: boolean }>;
}

export function fillPlan(db: Db, sites: FixtureSite[]): void {
  const insertSite = db.prepare('INSERT INTO sites (name, name_key, criticality) VALUES (?, ?, ?)');
  const insertDevice = db.prepare(
    'INSERT INTO devices (site_id, type, status, ip, install_date, excluded) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const s of sites) {
      const siteId = Number(insertSite.run(s.name, s.name.toLowerCase(), s.criticality).lastInsertRowid);
      for (const d of s.devices) {
        insertDevice.run(siteId, d.type ?? 'camera', d.status ?? 'restricted', d.ip === undefined ? '10.0.0.1' : d.ip, d.installDate ?? '2016-05-01', d.excluded ? 1 : 0);
      }
    }
  })();
}

export function memoryPlan(sites: FixtureSite[]): Db {
  const db = openPlanDb(':memory:');
  fillPlan(db, sites);
  return db;
}

export const cameras = (n: number, more: FixtureSite['devices'][number] = {}) => Array.from({ length: n }, () => ({ ...more }));

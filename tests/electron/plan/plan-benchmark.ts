// Benchmark (not a test: timing is never asserted in unit tests):
//   node --import tsx tests/electron/plan/plan-benchmark.ts [devices]
// Re-plans an inventory of 100 000 restricted devices over 500 sites and prints
// CPU milliseconds for loading, scheduling, and the whole run (load + schedule + store).
import { openPlanDb } from '../../../db/open';
import { listMoves, loadScheduleDevices, loadScheduleSites } from '../../../db/queries/plan';
import { schedule } from '../../../electron/domain/plan/schedule';
import { getScenario, runPlan, setPlanParams } from '../../../electron/services/plan';
import { ensureCatalogue } from '../../../electron/services/plan-catalogue';

const n = Number(process.argv[2] ?? 100_000);
const db = openPlanDb(':memory:');
const insertSite = db.prepare('INSERT INTO sites (name, name_key, criticality) VALUES (?, ?, ?)');
const insertDevice = db.prepare("INSERT INTO devices (site_id, type, status, ip, install_date) VALUES (?, ?, 'restricted', ?, ?)");
db.transaction(() => {
  for (let s = 1; s <= 500; s++) insertSite.run(`Site ${s}`, `site ${s}`, 1 + (s % 4));
  for (let i = 0; i < n; i++) insertDevice.run(1 + (i % 500), i % 25 === 0 ? 'recorder' : 'camera', i % 3 ? '10.0.0.1' : null, `20${10 + (i % 14)}-05-01`);
})();
setPlanParams(db, {
  start: '2026-04-01',
  capacity: 2000,
  budgets: [
    { fy: '2026-27', capCents: 30_000_000_00 },
    { fy: '2027-28', capCents: 40_000_000_00 },
    { fy: '2028-29', capCents: 20_000_000_00 },
  ],
});
const catalogue = ensureCatalogue(db);
const cpu = (since: NodeJS.CpuUsage) => Math.round(process.cpuUsage(since).user / 1000);
for (let round = 1; round <= 3; round++) {
  let t = process.cpuUsage();
  const devices = loadScheduleDevices(db);
  const sites = loadScheduleSites(db);
  const load = cpu(t);
  t = process.cpuUsage();
  const info = getScenario(db);
  const r = schedule({ devices, sites, catalogue, params: info.params, moves: listMoves(db, info.id) });
  const scheduling = cpu(t);
  t = process.cpuUsage();
  runPlan(db);
  console.log(`round ${round}: ${r.items.length} items; load ${load} ms, schedule ${scheduling} ms, full run with store ${cpu(t)} ms (CPU)`);
}

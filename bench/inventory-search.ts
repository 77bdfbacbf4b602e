// Inventory search and paging on a 100,000-device plan (issue 8: under 150 ms).
// Run: node --import tsx bench/inventory-search.ts   (prints timings and the query plan; asserts nothing)
import { openPlanDb } from '../db/open';
import { listDevices } from '../db/queries/devices';
import { generateSample } from '../electron/services/sample';

const db = openPlanDb(':memory:');
let t = performance.now();
// The sample (~600 devices, tagged) copied until ~100,000, each copy with its own MAC tail and serial.
generateSample(db);
const copy = db.prepare(`
  INSERT INTO devices (site_id, asset_tag, building, location, type, manufacturer, model, serial, mac, ip, install_date,
                       lifecycle, source_file, source_sheet, source_row, status, company, evidence)
  SELECT site_id, asset_tag || '-' || @k, building, location, type, manufacturer, model, serial || @k,
         CASE WHEN mac IS NULL THEN NULL ELSE substr(mac, 1, 9) || printf('%02X:%02X:%02X', @k % 256, id % 256, (@k / 256 + id) % 256) END,
         ip, install_date, lifecycle, source_file, source_sheet, source_row, status, company, evidence
  FROM devices WHERE id <= @base`);
const base = (db.prepare('SELECT MAX(id) AS n FROM devices').get() as { n: number }).n;
db.transaction(() => {
  for (let k = 1; (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n < 100_000; k++) copy.run({ k, base });
})();
const n = (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
console.log(`built ${n} devices in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const mac = (db.prepare('SELECT mac FROM devices WHERE mac IS NOT NULL LIMIT 1 OFFSET 50000').get() as { mac: string }).mac;
const hex = mac.replace(/[^0-9a-f]/gi, '');
const cases = [
  { search: hex.slice(6).toLowerCase() },
  { search: hex.slice(6).match(/../g)!.join('-') },
  { search: 'hikvision' },
  { search: 'lobby axis' },
  { search: 'DS-2CD', sort: 'site' as const },
  { sort: 'manufacturer' as const, offset: 50_000 },
  { sort: 'site' as const, desc: true, offset: 90_000 },
  { status: 'restricted' as const, sort: 'model' as const },
];
for (const q of cases) {
  listDevices(db, { limit: 100, ...q });
  t = performance.now();
  const page = listDevices(db, { limit: 100, ...q });
  console.log(`${JSON.stringify(q).padEnd(60)} ${String(page.total).padStart(7)} rows  ${(performance.now() - t).toFixed(1).padStart(6)} ms`);
}
console.log(
  db
    .prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM devices d WHERE d.id IN (SELECT rowid FROM devices_fts WHERE devices_fts MATCH ?) ORDER BY d.id LIMIT 100`)
    .all('"5A98"')
    .map((r) => (r as { detail: string }).detail)
    .join('\n'),
);
for (const [label, sql, arg] of [
  ['fts only', 'SELECT COUNT(*) FROM devices_fts WHERE devices_fts MATCH ?', '"hikvision"'],
  ['count', 'SELECT COUNT(*) FROM devices d WHERE d.id IN (SELECT rowid FROM devices_fts WHERE devices_fts MATCH ?)', '"hikvision"'],
] as const) {
  t = performance.now();
  db.prepare(sql).pluck().get(arg);
  console.log(label, (performance.now() - t).toFixed(1), 'ms');
}

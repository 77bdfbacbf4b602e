// The Inventory sheet comes back whole: a register is imported into plan A,
// A is exported, the export's Inventory sheet is imported into a fresh plan B,
// and B holds the same devices (every field, every original column) — all
// through the real CLI in child processes, as IT staff would script it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openPlanDb } from '../../../db/open';
import { listDevices } from '../../../db/queries/devices';
import { generateSample } from '../../../electron/services/sample';
import { runCliProcess, tempDir } from '../cli-helpers';
import { HOSTILE } from './export-fixtures';

let dir: string;
const env = () => ({ CRP_USER_DATA: path.join(dir, 'user-data') });
const cli = (...args: string[]) => runCliProcess(args, env());

/** A register as a department keeps it: its own headers, MACs in mixed forms, extra columns, hostile cells. */
function writeRegister(file: string): number {
  const db = openPlanDb(':memory:');
  generateSample(db);
  const devices = listDevices(db, { limit: 1000 }).rows;
  db.close();
  const header = ['Asset Tag', 'Site', 'Building', 'Location', 'Type', 'Make', 'Model', 'Serial No.', 'MAC', 'IP', 'Firmware', 'Installed', 'Lifecycle', 'Notes', 'Cost', 'Cost centre', 'Owner'];
  const rows: unknown[][] = [header];
  devices.forEach((d, i) => {
    rows.push([d.assetTag, d.site, d.building, d.location, d.type === 'recorder' ? 'NVR' : 'Dome camera', d.manufacturer, d.model, d.serial, d.mac, d.ip,
      i % 7 === 0 ? 'V5.7.3' : null, d.installDate, i % 20 === 0 ? 'Spare' : 'In service', i % 11 === 0 ? 'Replace lens' : null, i % 5 === 0 ? 1234.5 + i : null,
      `CC-${100 + (i % 9)}`, i % 3 === 0 ? 'Security branch' : null]);
  });
  rows.push(['HX-1', 'Hostile Annex', HOSTILE[4], HOSTILE[0], 'Dome camera', 'Hikvision', 'DS-2CD2143G2-I', HOSTILE[1], null, null, HOSTILE[3], null, 'In service', HOSTILE[2], null, HOSTILE[5], '@SUM(A1)']);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Cameras');
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return rows.length - 1;
}

interface StoredDevice {
  assetTag: string | null;
  [k: string]: unknown;
}

/** Every stored field of every device (ids, provenance and timestamps aside), keyed by asset tag then serial. */
function storedDevices(file: string): StoredDevice[] {
  const db = openPlanDb(file, { create: false });
  try {
    const rows = db
      .prepare(
        `SELECT d.asset_tag AS assetTag, s.name AS site, d.building, d.location, d.type, d.subtype, d.manufacturer, d.model, d.serial, d.mac,
                d.mac_raw AS macRaw, d.ip, d.firmware, d.install_date AS installDate, d.lifecycle, d.notes, d.cost_cents AS costCents, d.extra,
                d.status, d.company, d.evidence
         FROM devices d LEFT JOIN sites s ON s.id = d.site_id ORDER BY d.asset_tag, d.serial, d.mac, d.location`,
      )
      .all() as Array<StoredDevice & { extra: string }>;
    return rows.map((r) => ({ ...r, extra: JSON.parse(r.extra) as Record<string, string> }));
  } finally {
    db.close();
  }
}

let registerRows: number;

beforeAll(async () => {
  dir = tempDir('crp-export-rt-');
  registerRows = writeRegister(path.join(dir, 'register.xlsx'));
  expect((await cli('init', '--db', path.join(dir, 'a.sqlite'))).code).toBe(0);
  const imported = await cli('import', path.join(dir, 'register.xlsx'), '--db', path.join(dir, 'a.sqlite'), '--json');
  expect(imported.code, imported.stderr).toBe(0);
  expect((JSON.parse(imported.stdout) as { imported: number }).imported).toBe(registerRows);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the exported Inventory sheet re-imports into a fresh plan', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`with identical devices and every original column (${lang})`, async () => {
      const out = path.join(dir, `a-${lang}.xlsx`);
      const b = path.join(dir, `b-${lang}.sqlite`);
      const exported = await cli('export', '--db', path.join(dir, 'a.sqlite'), '--out', out, '--lang', lang, '--json');
      expect(exported.code, exported.stderr).toBe(0);
      expect((await cli('init', '--db', b)).code).toBe(0);
      const sheet = lang === 'en' ? 'Inventory' : 'Inventaire';
      const imported = await cli('import', out, '--db', b, '--sheet', sheet, '--json');
      expect(imported.code, imported.stderr).toBe(0);
      const summary = JSON.parse(imported.stdout) as { imported: number; skipped: number; errors: unknown[] };
      expect(summary).toMatchObject({ imported: registerRows, skipped: 0, errors: [] });

      // What the CLI shows: identical (ids aside).
      const strip = (json: string) => (JSON.parse(json) as Array<Record<string, unknown>>).map(({ id: _id, ...rest }) => rest);
      const devA = await cli('devices', '--db', path.join(dir, 'a.sqlite'), '--json');
      const devB = await cli('devices', '--db', b, '--json');
      expect(strip(devB.stdout)).toEqual(strip(devA.stdout));

      // What is stored: every field, and every original column; the tag columns the export adds
      // (restriction status, company) are derived again, never kept as extras.
      const before = storedDevices(path.join(dir, 'a.sqlite'));
      const after = storedDevices(b);
      expect(after).toEqual(before);
      expect(before.find((d) => d.assetTag === 'HX-1')).toMatchObject({ location: HOSTILE[0], serial: HOSTILE[1], notes: HOSTILE[2] });
    }, 60_000);
  }

  it('recognises every Inventory header without asking (a dry run maps each to its field)', async () => {
    const out = path.join(dir, 'a-en.xlsx');
    const b = path.join(dir, 'dry.sqlite');
    expect((await cli('init', '--db', b)).code).toBe(0);
    const dry = await cli('import', out, '--db', b, '--sheet', 'Inventory', '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, imported: registerRows, warnings: [] });
  }, 60_000);
});

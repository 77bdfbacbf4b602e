// Fuzzing with fast-check, complementing tests/electron/import/import-property.test.ts:
//  - real workbooks (xlsx, xls, ods) and CSVs with bytes flipped, inserted or cut are read or refused
//    with one sentence, never an unhandled error;
//  - imports into a plan FILE (backup taken, then one transaction) with a write that can fail half-way
//    are all-or-nothing as seen by a second connection;
//  - the matcher never throws on arbitrary device text, is deterministic, and never clears an unknown
//    device or one whose maker is a listed company.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../db/backup';
import { UserError } from '../../../db/errors';
import { openPlanDb } from '../../../db/open';
import { newEvidenceCache, tagDevice, type TagInput } from '../../../electron/domain/tagging';
import { parseFileBytes } from '../../../electron/services/import/parse-file';
import { importParsed } from '../../../electron/services/import/service';
import { ouiRegistry, policyData, ruleSet } from '../../../electron/services/tagging';
import { recordFigures, tempDir } from './helpers';

const work = tempDir('crp-fuzz-');
const runs: Record<string, number> = {};
afterAll(() => {
  recordFigures('fuzz', { runs, total: Object.values(runs).reduce((a, b) => a + b, 0) });
  fs.rmSync(work, { recursive: true, force: true });
});

const AOA = [
  ['Inventory of cameras', '', ''],
  ['Asset Tag', 'Make', 'Model', 'Serial', 'MAC', 'Site'],
  ['A-1', 'Hikvision', 'DS-2CD2143', 'S1', 'bc-5e-33-57-5a-98', 'HQ'],
  ['A-2', 'Axis', 'P3245', 'S2', '00:40:8c:11:22:33', 'HQ'],
  ['A-3', 'Dahua', 'IPC-HDW', 'S3', '', 'Depot'],
];
function book(type: XLSX.BookType): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(AOA), 'Devices');
  return XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer;
}
const SEEDS: Record<string, Buffer> = {
  'seed.xlsx': book('xlsx'),
  'seed.xls': book('biff8'),
  'seed.ods': book('ods'),
  'seed.csv': Buffer.from(AOA.map((r) => r.join(';')).join('\r\n'), 'utf8'),
};

/** Apply flips, inserts and a cut to a seed file. */
const mutation = fc.record({
  seed: fc.constantFrom(...Object.keys(SEEDS)),
  flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 12 }),
  inserts: fc.array(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }), { maxLength: 3 }),
  cutTo: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
});
interface Mutation {
  seed: string;
  flips: { at: number; byte: number }[];
  inserts: { at: number; bytes: Uint8Array }[];
  cutTo: number | null;
}
function mutate(m: Mutation): Buffer {
  let buf = Buffer.from(SEEDS[m.seed]);
  for (const f of m.flips) buf[f.at % buf.length] = f.byte;
  for (const ins of m.inserts) {
    const at = ins.at % (buf.length + 1);
    buf = Buffer.concat([buf.subarray(0, at), Buffer.from(ins.bytes), buf.subarray(at)]);
  }
  if (m.cutTo !== null) buf = buf.subarray(0, Math.floor(buf.length * m.cutTo));
  return buf;
}

function expectCleanRefusal(err: unknown): void {
  if (!(err instanceof UserError)) throw err; // anything else is an unhandled error: the property fails
  expect(err.message.trim().length).toBeGreaterThan(0);
  expect(err.message).not.toContain('\n');
}

describe('fuzzing the workbook and CSV readers with damaged real files', () => {
  it('reads or refuses with one sentence; never an unhandled error', async () => {
    let read = 0;
    let refused = 0;
    const numRuns = 1000;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        try {
          const parsed = await parseFileBytes(mutate(m), m.seed.replace('seed', 'fuzzed'));
          expect(Array.isArray(parsed.sheets)).toBe(true);
          read++;
        } catch (err) {
          expectCleanRefusal(err);
          refused++;
        }
      }),
      { numRuns, examples: [[{ seed: 'seed.xlsx', flips: [], inserts: [], cutTo: 0.5 }], [{ seed: 'seed.xls', flips: [{ at: 600, byte: 0 }], inserts: [], cutTo: null }]] },
    );
    runs['damaged workbooks and CSVs'] = numRuns + 2;
    expect(read).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 300_000);
});

describe('fuzzing imports into a plan file', () => {
  const cell = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('BOOM', 'Hikvision', 'bc-5e-33-57-5a-98', '2019-03-04', '=1+1', '__proto__', ''));
  const table = fc.record({
    rows: fc.array(fc.tuple(cell, cell, cell, cell, cell), { minLength: 1, maxLength: 10 }),
    acceptSkips: fc.boolean(),
    onDuplicate: fc.constantFrom('update' as const, 'skip' as const),
  });

  it('writes all rows or none, as seen by a second connection, with a backup before every write', async () => {
    const file = path.join(work, 'plan.sqlite');
    const db = openPlanDb(file);
    // A real failure in the middle of a write: any device modelled 'BOOM' aborts the statement.
    db.exec("CREATE TRIGGER boom_insert BEFORE INSERT ON devices WHEN NEW.model = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    db.exec("CREATE TRIGGER boom_update BEFORE UPDATE ON devices WHEN NEW.model = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    const reader = new Database(file, { readonly: true });
    const snapshot = () => JSON.stringify([reader.prepare('SELECT * FROM devices ORDER BY id').all(), reader.prepare('SELECT * FROM imports ORDER BY id').all(), reader.prepare('SELECT * FROM sites ORDER BY id').all()]);
    const count = () => (reader.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
    let failed = 0;
    let written = 0;
    const numRuns = 60;
    try {
      await fc.assert(
        fc.asyncProperty(table, async (t) => {
          const csv = ['Serial,Model,Make,Site,MAC', ...t.rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n');
          const before = snapshot();
          const n0 = count();
          const backups0 = listBackups(file).length;
          try {
            const parsed = await parseFileBytes(Buffer.from(csv, 'utf8'), 'fuzz.csv');
            const r = importParsed({ db, user: 'fuzz' }, parsed, 'fuzz.csv', { acceptSkips: t.acceptSkips, onDuplicate: t.onDuplicate }, 'hash');
            expect(count()).toBe(n0 + r.imported);
            if (r.imported + r.updated > 0) {
              written++;
              expect(listBackups(file).length === 10 || listBackups(file).length > backups0).toBe(true);
            }
          } catch (err) {
            const boom = err instanceof Error && /boom/.test(err.message);
            if (boom) failed++;
            else expectCleanRefusal(err);
            expect(snapshot()).toBe(before);
          }
        }),
        {
          numRuns,
          examples: [[{ rows: [['S-ok', 'fine', 'Axis', 'New site', ''], ['S-bad', 'BOOM', 'Axis', 'New site', '']], acceptSkips: true, onDuplicate: 'update' }]],
        },
      );
    } finally {
      reader.close();
      db.close();
    }
    runs['imports into a plan file (with failing writes)'] = numRuns + 1;
    expect(failed).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(0);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 300_000);
});

describe('fuzzing the matcher', () => {
  const rules = ruleSet();
  const registry = ouiRegistry().lookup;
  const active = new Set(policyData.policies.map((p) => p.id));
  const text = fc.option(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('Hikvision', 'HIKVISION', 'Dahua', 'Lorex', 'EZVIZ', 'Axis', 'Bosch', 'DS-2CD2143G0-I', 'IPC-HDW2431T', 'bc-5e-33-57-5a-98', '3c:ef:8c:00:00:01', '__proto__', 'constructor', '\u0000', 'ＨＩＫＶＩＳＩＯＮ'),
    ),
    { nil: null },
  );
  const device = fc.record({
    manufacturer: text,
    model: text,
    serial: text,
    mac: text,
    sourceTool: fc.option(fc.constantFrom('hikvision-sadp-csv', 'nmap-xml', 'angry-ip-scanner-csv', 'x'), { nil: null }),
    extra: fc.option(fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Vendor', 'MAC Vendor', '__proto__', 'constructor')), fc.string({ maxLength: 20 }), { maxKeys: 4 }), { nil: null }),
  }) as fc.Arbitrary<TagInput>;
  const STATUSES = ['restricted', 'review', 'clear'];
  const STRENGTHS = ['strong', 'medium', 'weak', 'conflict'];

  it('never throws, answers a known status with well-formed evidence, and is deterministic', () => {
    const numRuns = 2000;
    const shared = newEvidenceCache();
    fc.assert(
      fc.property(device, (d) => {
        const a = tagDevice(rules, d, active, registry, shared);
        const b = tagDevice(rules, structuredClone(d), active, registry, newEvidenceCache());
        expect(STATUSES).toContain(a.status);
        expect(Array.isArray(a.evidence) && a.evidence.length > 0).toBe(true);
        for (const ev of a.evidence) {
          expect(STRENGTHS).toContain(ev.strength);
          expect(typeof ev.field).toBe('string');
        }
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(b).toEqual(a); // a warm cache gives the same answer as a cold one
      }),
      { numRuns },
    );
    runs['matcher: well-formed and deterministic'] = numRuns;
  });

  it('never clears a device it knows nothing about, nor one whose maker is Hikvision, whatever else the row says', () => {
    const numRuns = 1000;
    fc.assert(
      fc.property(device, (d) => {
        // Nothing at all, not even the export tool (a SADP export is itself evidence of Hikvision).
        const blank = tagDevice(rules, { manufacturer: null, model: null, serial: null, mac: null, sourceTool: null, extra: d.extra && {} }, active, registry);
        expect(blank.status).toBe('review');
        const hik = tagDevice(rules, { ...d, manufacturer: 'Hikvision' }, active, registry);
        expect(hik.status).not.toBe('clear');
      }),
      { numRuns },
    );
    runs['matcher: never clears unknown or Hikvision'] = numRuns;
  });
});

// Property: arbitrary rows and cells never cause an unhandled error, and an
// import that fails leaves the database exactly as it was. Runs the same code
// the parser process runs (parseFileBytes), in-process for speed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../db/errors';
import { openPlanDb, type Db } from '../../../db/open';
import { parseFileBytes } from '../../../electron/services/import/parse-file';
import { importParsed } from '../../../electron/services/import/service';
import { csvText, dumpDb, workbookBytes } from './helpers';

const HEADERS = ['Asset Tag', 'Make', 'Model', 'Serial', 'MAC', 'IP', 'Site', 'Location', 'Installed', 'Cost', 'Type', 'Status', 'Password', '__proto__', 'constructor', 'Notes', ''];
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'BOOM', 'bc-5e-33-57-5a-98', '10.0.0.1', '25/12/2019', '03/04/2019', '1 234,50', '=1+1', 'Caméra', 'NVR', '[n/a]', '"', ';', '\n', 'Hikvision', '__proto__'),
  fc.integer({ min: -5, max: 60000 }).map(String),
);
const table = fc.record({
  titleRows: fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }), { maxLength: 3 }),
  headers: fc.uniqueArray(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 10 })), { minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  acceptSkips: fc.boolean(),
  onDuplicate: fc.constantFrom('update' as const, 'skip' as const),
});

let db: Db;
let failedWrites = 0;
beforeAll(() => {
  db = openPlanDb(':memory:');
  // A real failure in the middle of a write: any device modelled 'BOOM' aborts the statement.
  db.exec("CREATE TRIGGER boom_insert BEFORE INSERT ON devices WHEN NEW.model = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END");
  db.exec("CREATE TRIGGER boom_update BEFORE UPDATE ON devices WHEN NEW.model = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END");
});
afterAll(() => db.close());

async function importOnce(bytes: Buffer, name: string, t: { acceptSkips: boolean; onDuplicate: 'update' | 'skip' }): Promise<void> {
  const before = dumpDb(db);
  const count = () => (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
  const n0 = count();
  try {
    const parsed = await parseFileBytes(bytes, name);
    const r = importParsed({ db, user: 'prop' }, parsed, name, t, 'hash');
    expect(count()).toBe(n0 + r.imported);
  } catch (err) {
    const boom = err instanceof Error && /boom/.test(err.message);
    if (boom) failedWrites++;
    if (!(err instanceof UserError) && !boom) throw err;
    expect(dumpDb(db)).toEqual(before);
  }
}

describe('importing arbitrary tables', () => {
  it('CSV: never an unhandled error; a failed import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const text = csvText([...t.titleRows, t.headers, ...t.rows], t.delimiter);
        await importOnce(Buffer.from(text, 'utf8'), 'fuzz.csv', t);
      }),
      {
        numRuns: 200,
        // Always include a write that fails half-way (a 'BOOM' model after a good row), so the rollback path is exercised.
        examples: [[{ titleRows: [], headers: ['Serial', 'Model', 'Site'], rows: [['S-ok', 'fine', 'New site'], ['S-bad', 'BOOM', 'New site']], delimiter: ',', acceptSkips: false, onDuplicate: 'update' }]],
      },
    );
    expect(failedWrites).toBeGreaterThan(0);
  });

  it('xlsx: never an unhandled error; a failed import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const aoa = [...t.titleRows, t.headers, ...t.rows].map((r) => r.map((c) => (/^-?\d+$/.test(c) ? Number(c) : c)));
        await importOnce(workbookBytes({ Fuzz: aoa, Other: t.rows }, 'xlsx'), 'fuzz.xlsx', t);
      }),
      { numRuns: 40 },
    );
  });

  it('arbitrary bytes are refused or read, never crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await importOnce(Buffer.from(bytes), 'bytes.csv', { acceptSkips: true, onDuplicate: 'update' });
      }),
      { numRuns: 200 },
    );
  });
});

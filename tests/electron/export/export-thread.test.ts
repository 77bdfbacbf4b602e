// Exports for the UI run in a worker thread with their own connection to the
// plan file. What they make must be what the calling thread would make; the
// calling thread must stay free meanwhile; a path is written, a refusal comes
// back as the same error, and a plan in memory is still exported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../db/errors';
import { openPlanDb, type Db } from '../../../db/open';
import { buildExport, type ExportOptions } from '../../../electron/services/export';
import { exportOffThread } from '../../../electron/services/export/export-thread';
import { generateSample } from '../../../electron/services/sample';
import { turnsWhile } from '../event-loop-turns';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function samplePlan(): { db: Db; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-export-thread-'));
  dirs.push(dir);
  const db = openPlanDb(path.join(dir, 'plan.sqlite'));
  generateSample(db);
  return { db, dir };
}

const OPTIONS: ExportOptions[] = [
  { redacted: false, csv: false, lang: 'en', exportedOn: '2026-04-01' },
  { redacted: true, csv: false, lang: 'fr', exportedOn: '2026-04-01' },
  { redacted: false, csv: true, lang: 'en', exportedOn: '2026-04-01' },
];

describe('exports off the UI thread', () => {
  it('make the same bytes as the calling thread would, for the workbook, the redacted summary and the CSV', async () => {
    const { db } = samplePlan();
    for (const opts of OPTIONS) {
      const here = buildExport(db, 'Sample', opts);
      const made = await exportOffThread(db, 'Sample', opts, null);
      expect(made.bytes?.equals(here.bytes), JSON.stringify(opts)).toBe(true);
      expect({ fileName: made.fileName, mime: made.mime, sheets: made.sheets, size: made.size }).toEqual({
        fileName: here.fileName, mime: here.mime, sheets: here.sheets, size: here.bytes.length,
      });
    }
    db.close();
  });

  it('leave the calling thread free: its event loop keeps turning until the export arrives', async () => {
    const { db } = samplePlan();
    const turns = await turnsWhile(() => exportOffThread(db, 'Sample', OPTIONS[0], null));
    // Made on this thread, the export would be one uninterrupted stretch: a turn or two at most.
    expect(turns).toBeGreaterThan(20);
    db.close();
  });

  it('write the file when given a path, and send no bytes back', async () => {
    const { db, dir } = samplePlan();
    const target = path.join(dir, 'report.xlsx');
    const made = await exportOffThread(db, 'Sample', OPTIONS[0], target);
    expect(made.bytes).toBeNull();
    expect(fs.statSync(target).size).toBe(made.size);
    expect(fs.readFileSync(target).equals(buildExport(db, 'Sample', OPTIONS[0]).bytes)).toBe(true);
    db.close();
  });

  it('bring a refusal back as the same error, and write nothing', async () => {
    const { db, dir } = samplePlan();
    const err = await exportOffThread(db, 'Sample', OPTIONS[0], dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('NOT_WRITABLE');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    db.close();
  });

  it('export a plan in memory on the calling thread', async () => {
    const db = openPlanDb(':memory:');
    generateSample(db);
    const made = await exportOffThread(db, 'Sample', OPTIONS[2], null);
    expect(made.bytes?.equals(buildExport(db, 'Sample', OPTIONS[2]).bytes)).toBe(true);
    db.close();
  });
});

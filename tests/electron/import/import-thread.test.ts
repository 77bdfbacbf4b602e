// Imports for the UI run in a worker thread on their own connection to the
// plan file. The result must be the same as on the calling thread: devices
// written and visible to the UI's connection, progress relayed, refusals kept
// as the same errors (with the report), and a plan in memory still imported.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADERS, inventoryRows } from '../../../bench/generate';
import { UserError } from '../../../db/errors';
import { openPlanDb } from '../../../db/open';
import type { ApiEvents } from '../../../electron/api/contract';
import { isMainThread } from 'node:worker_threads';
import { previewImportOffThread, runImportOffThread } from '../../../electron/services/import/import-thread';
import { forkLauncher, setParserLauncher } from '../../../electron/services/import/launcher';
import { ImportRefusedError } from '../../../electron/services/import/service';
import { eventually, readPlanFileAlone } from '../../db/plan-file-alone';
import { cleanupTmp, csvText, tmpDir, workbookBytes, writeFile } from './helpers';

afterAll(cleanupTmp);

const rows = (n: number) => inventoryRows(n, 11).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));

describe('import off the UI thread', () => {
  it('writes every device through its own connection; the caller sees them and the progress', async () => {
    const dir = tmpDir();
    const db = openPlanDb(path.join(dir, 'plan.sqlite'));
    const file = writeFile(dir, 'inv.xlsx', workbookBytes({ Devices: [HEADERS, ...rows(300)] }, 'xlsx'));
    const events: ApiEvents['progress'][] = [];
    const preview = await previewImportOffThread({ db, user: 'ana', emit: (p) => events.push(p) }, { path: file });
    expect(preview.imported).toBe(300);
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(0);
    const report = await runImportOffThread({ db, user: 'ana', emit: (p) => events.push(p) }, { path: file });
    expect(report.imported).toBe(300);
    expect(report.importId).not.toBeNull();
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(300);
    expect(db.prepare("SELECT user FROM audit_log WHERE action = 'import'").pluck().get()).toBe('ana');
    expect(events.some((e) => e.task === 'import' && e.phase === 'write')).toBe(true);
    expect(events.at(-1)?.phase).toBe('done');
    db.close();
  });

  it("after answering, the worker copies the import from the WAL into the plan file itself", async () => {
    const dir = tmpDir();
    const plan = path.join(dir, 'plan.sqlite');
    const db = openPlanDb(plan);
    const file = writeFile(dir, 'inv.xlsx', workbookBytes({ Devices: [HEADERS, ...rows(300)] }, 'xlsx'));
    await runImportOffThread({ db, user: 'ana' }, { path: file });
    const found = await eventually(() => readPlanFileAlone(plan, (c) => c.prepare('SELECT COUNT(*) FROM devices').pluck().get()), 300);
    expect(found).toBe(300);
    db.close();
  });

  it('a refusal arrives as the same error, with the report, and nothing is written', async () => {
    const dir = tmpDir();
    const db = openPlanDb(path.join(dir, 'plan.sqlite'));
    const file = writeFile(dir, 'bad.csv', csvText([['Model', 'Location', 'Serial'], ['P3265-LVE', 'Lobby', 'A1'], ['', '', '']].concat([['X', '', '']])));
    const err = await runImportOffThread({ db, user: 'ana' }, { path: file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefusedError);
    expect((err as ImportRefusedError).code).toBe('ROW_ERRORS');
    expect((err as ImportRefusedError).report.errors.length).toBeGreaterThan(0);
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(0);
    const missing = await runImportOffThread({ db, user: 'ana' }, { path: path.join(dir, 'nope.xlsx') }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UserError);
    expect((missing as UserError).code).toBe('NOT_FOUND');
    db.close();
  });

  it('where the parser must start from the calling thread (Electron main), that thread only reads; the worker checks and writes', async () => {
    const startedOnMain: boolean[] = [];
    // As Electron main sets its utility-process launcher; here the same fork, recording which thread started it.
    setParserLauncher((m, a, e) => {
      startedOnMain.push(isMainThread);
      return forkLauncher(m, a, e);
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const dir = tmpDir();
      const file = writeFile(dir, 'inv.xlsx', workbookBytes({ Devices: [HEADERS, ...rows(3000)] }, 'xlsx'));
      // How many timer ticks this thread saw while rows were written: none if the write held this thread.
      const ticksWhileWriting = async (db: ReturnType<typeof openPlanDb>) => {
        const at: Record<string, number> = {};
        const report = await runImportOffThread({ db, user: 'ana', emit: (p) => void (at[p.phase] ??= ticks) }, { path: file });
        expect(report.imported).toBe(3000);
        expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(3000);
        return at.done - at.write;
      };
      const onFile = openPlanDb(path.join(dir, 'plan.sqlite'));
      const preview = await previewImportOffThread({ db: onFile, user: 'ana' }, { path: file });
      expect(preview.imported).toBe(3000);
      expect(await ticksWhileWriting(onFile)).toBeGreaterThan(0);
      expect(startedOnMain).toEqual([true, true]);
      // The control: a plan in memory is written on this thread, and no tick gets through.
      expect(await ticksWhileWriting(openPlanDb(':memory:'))).toBe(0);
      // A file the parser refuses still arrives as the parser's own error.
      const junk = writeFile(dir, 'junk.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook'));
      const err = await runImportOffThread({ db: onFile, user: 'ana' }, { path: junk }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toContain('junk.xlsx');
      onFile.close();
    } finally {
      clearInterval(timer);
      setParserLauncher(null);
    }
  });

  it('a plan in memory is imported on the calling thread', async () => {
    const dir = tmpDir();
    const db = openPlanDb(':memory:');
    const file = writeFile(dir, 'inv.csv', csvText([HEADERS, ...rows(20).map((r) => r.map(String))]));
    expect((await runImportOffThread({ db, user: 'ana' }, { path: file })).imported).toBe(20);
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(20);
    expect(fs.existsSync(dir)).toBe(true);
  });
});

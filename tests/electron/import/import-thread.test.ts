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
import { previewImportOffThread, runImportOffThread } from '../../../electron/services/import/import-thread';
import { ImportRefusedError } from '../../../electron/services/import/service';
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

  it('a plan in memory is imported on the calling thread', async () => {
    const dir = tmpDir();
    const db = openPlanDb(':memory:');
    const file = writeFile(dir, 'inv.csv', csvText([HEADERS, ...rows(20).map((r) => r.map(String))]));
    expect((await runImportOffThread({ db, user: 'ana' }, { path: file })).imported).toBe(20);
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(20);
    expect(fs.existsSync(dir)).toBe(true);
  });
});

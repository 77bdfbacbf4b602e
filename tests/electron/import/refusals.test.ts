// Files that cannot be read are refused with one sentence naming the file, and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../db/errors';
import { forkLauncher, setParserLauncher, type ParserLauncher } from '../../../electron/services/import/launcher';
import { MAX_FILE_BYTES, runImport, type ImportContext } from '../../../electron/services/import/service';
import { prescanZip } from '../../../electron/services/import/zip-prescan';
import { csvText, dumpDb, useImportPlan, workbookBytes, writeFile, zipBomb } from './helpers';

const plan = useImportPlan();
afterEach(() => setParserLauncher(null));

async function refusal(name: string, data: Buffer | string, extra: Partial<ImportContext> = {}): Promise<UserError> {
  const before = dumpDb(plan.db);
  const file = writeFile(plan.dir, name, data);
  try {
    await runImport({ ...plan.ctx, ...extra }, { path: file });
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    expect(dumpDb(plan.db)).toEqual(before);
    const e = err as UserError;
    expect(e.message).toContain(name);
    expect(e.message.split('\n')).toHaveLength(1);
    return e;
  }
  throw new Error(`${name} was not refused`);
}

function encryptedOoxml(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(4096, 7));
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

describe('refusals', () => {
  it('an empty file', async () => expect((await refusal('empty.csv', '')).code).toBe('EMPTY_FILE'));

  it('binary junk named .csv', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const e = await refusal('junk.csv', junk);
    expect(e.code).toBe('NOT_A_SPREADSHEET');
    expect(e.message).toMatch(/not a spreadsheet/);
  });

  it('an encrypted (password-protected) OOXML workbook', async () => {
    const e = await refusal('secret.xlsx', encryptedOoxml());
    expect(e.code).toBe('PROTECTED');
    expect(e.message).toMatch(/save an unprotected copy and import that/);
  });

  it('a zip bomb with honest size headers is refused from its directory alone', async () => {
    const e = await refusal('bomb.xlsx', zipBomb(1 << 20, 300 * 1024 * 1024));
    expect(e.code).toBe('ZIP_TOO_LARGE');
  });

  it('a zip bomb with lying size headers is refused by counting what it really inflates to', async () => {
    const bomb = zipBomb(210 * 1024 * 1024, 1000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await prescanZip(bomb)).toMatchObject({ ok: false, reason: 'too-large' });
    expect((await refusal('liar.xlsx', bomb)).code).toBe('ZIP_TOO_LARGE');
  });

  it('a zip whose entry is smaller than declared is called damaged', async () => {
    expect((await refusal('short.xlsx', zipBomb(1000, 5000))).code).toBe('DAMAGED');
  });

  it('a zip that is not a workbook, a PDF, and a Word document', async () => {
    expect((await refusal('doc.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).code).toBe('NOT_A_SPREADSHEET');
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', Buffer.alloc(512, 1));
    expect((await refusal('letter.xls', XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer)).message).toMatch(/not a spreadsheet/);
  });

  it('a header with no rows, and a workbook without any device table', async () => {
    expect((await refusal('header-only.csv', 'Make,Model,Serial\n')).code).toBe('NO_ROWS');
    expect((await refusal('notes.xlsx', workbookBytes({ Notes: [['Just some notes'], ['and more']] }, 'xlsx'))).code).toBe('NO_DEVICE_TABLE');
  });

  it('a file over the size limit, before reading it', async () => {
    const file = path.join(plan.dir, 'huge.csv');
    fs.writeFileSync(file, 'Make,Model\n');
    fs.truncateSync(file, MAX_FILE_BYTES + 1); // sparse: costs no disk
    await expect(runImport(plan.ctx, { path: file })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});

describe('isolation in a separate process', () => {
  it('a parser that exceeds its wall-clock limit is killed and the file refused', async () => {
    const csv = csvText([['Serial', 'Model'], ...Array.from({ length: 2000 }, (_, i) => [`S${i}`, 'M'])]);
    const e = await refusal('slow.csv', csv, { limits: { maxHeapMb: 256, timeoutMs: 1 } });
    expect(e.code).toBe('PARSE_TIMEOUT');
  });

  it('a parser that runs out of memory takes down only itself', async () => {
    // 60k rows with a 16 MB heap cannot be held: the child dies, this process carries on.
    const csv = csvText([['Serial', 'Model', 'Notes'], ...Array.from({ length: 60000 }, (_, i) => [`S${i}`, 'M', 'x'.repeat(40)])]);
    const e = await refusal('big.csv', csv, { limits: { maxHeapMb: 16, timeoutMs: 60000 } });
    expect(e.code).toBe('PARSER_CRASHED');
    const ok = await runImport(plan.ctx, { path: writeFile(plan.dir, 'small.csv', csvText([['Serial'], ['S1']])) });
    expect(ok.imported).toBe(1);
  });

  it('uses the launcher Electron injects (utilityProcess there; a recording fork here)', async () => {
    const calls: Array<{ modulePath: string; args: string[]; execArgv: string[] }> = [];
    const recording: ParserLauncher = (modulePath, args, execArgv) => {
      calls.push({ modulePath, args, execArgv });
      return forkLauncher(modulePath, args, execArgv);
    };
    setParserLauncher(recording);
    await runImport(plan.ctx, { path: writeFile(plan.dir, 'a.csv', csvText([['Serial'], ['S1']])) });
    expect(calls).toHaveLength(1);
    expect(calls[0].modulePath).toMatch(/parse-worker\.ts$/);
    expect(calls[0].execArgv.some((a) => a.startsWith('--max-old-space-size='))).toBe(true);
  });
});

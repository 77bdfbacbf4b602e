// `export` through a real child process: exit codes, output files, and that a
// refused or failed export leaves no file (nor temporary file) behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { runCliProcess, tempDir } from '../cli-helpers';

let dir: string;
let plan: string;
const cli = (...args: string[]) => runCliProcess(args, { CRP_USER_DATA: path.join(dir, 'user-data') });

beforeAll(async () => {
  dir = tempDir('crp-export-cli-');
  plan = path.join(dir, 'plan.sqlite');
  const init = await cli('init', '--db', plan, '--sample');
  expect(init.code, init.stderr).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('export on the command line', () => {
  it('writes the plan workbook and reports it as JSON (exit 0)', async () => {
    const out = path.join(dir, 'report.xlsx');
    const run = await cli('export', '--db', plan, '--out', out, '--json');
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { path: string; bytes: number; sheets: string[] };
    expect(json.path).toBe(out);
    expect(json.bytes).toBe(fs.statSync(out).size);
    expect(XLSX.read(fs.readFileSync(out), { type: 'buffer' }).SheetNames).toEqual(json.sheets);
    expect(json.sheets).toContain('Inventory');
  }, 60_000);

  it('writes the redacted workbook, the inventory CSV and the redacted CSV', async () => {
    const red = path.join(dir, 'red.xlsx');
    expect((await cli('export', '--db', plan, '--out', red, '--redacted', '--lang', 'fr')).code).toBe(0);
    expect(XLSX.read(fs.readFileSync(red), { type: 'buffer' }).SheetNames).toEqual(['Résumé', 'Par exercice', 'Sources']);
    const csv = path.join(dir, 'inv.csv');
    expect((await cli('export', '--db', plan, '--out', csv, '--csv')).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF"Asset tag","Site",/);
    const redCsv = path.join(dir, 'red.csv');
    expect((await cli('export', '--db', plan, '--out', redCsv, '--csv', '--redacted')).code).toBe(0);
    expect(fs.readFileSync(redCsv, 'utf8').split('\r\n')[0]).toBe('\uFEFF"Section","Metric","Fiscal year","Value"');
  }, 60_000);

  it('refuses a missing plan file with exit 1 and writes nothing', async () => {
    const out = path.join(dir, 'none.xlsx');
    const run = await cli('export', '--db', path.join(dir, 'missing.sqlite'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no such plan file/);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses an unwritable path with exit 1, one sentence, and no file or temp file left', async () => {
    const missingFolder = path.join(dir, 'no-such-folder', 'r.xlsx');
    const run = await cli('export', '--db', plan, '--out', missingFolder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/does not exist/);

    const ro = path.join(dir, 'read-only');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o500);
    const canWrite = (() => {
      try {
        fs.writeFileSync(path.join(ro, 'probe'), '');
        fs.rmSync(path.join(ro, 'probe'));
        return true;
      } catch {
        return false;
      }
    })();
    if (!canWrite) {
      // (Running as root ignores permissions; the folder case above still proves the refusal.)
      const denied = await cli('export', '--db', plan, '--out', path.join(ro, 'r.xlsx'));
      expect(denied.code).toBe(1);
      expect(denied.stderr).toMatch(/permission denied/);
    }
    expect(fs.readdirSync(ro)).toEqual([]);

    const isFolder = await cli('export', '--db', plan, '--out', ro);
    expect(isFolder.code).toBe(1);
    expect(isFolder.stderr).toMatch(/is a folder/);
    fs.chmodSync(ro, 0o700);
  }, 60_000);

  it('keeps the previous file whole when an export over it fails', async () => {
    const out = path.join(dir, 'keep.xlsx');
    expect((await cli('export', '--db', plan, '--out', out)).code).toBe(0);
    const before = fs.readFileSync(out);
    // A plan file that is not a database: refused before anything is written.
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database');
    const run = await cli('export', '--db', junk, '--out', out);
    expect(run.code).toBe(1);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('answers bad usage with exit 2', async () => {
    expect((await cli('export', '--db', plan)).code).toBe(2);
    expect((await cli('export', '--out', path.join(dir, 'x.xlsx'))).code).toBe(2);
    expect((await cli('export', '--db', plan, '--out', path.join(dir, 'x.xlsx'), '--lang', 'de')).code).toBe(2);
    expect((await cli('export', '--db', plan, '--out', path.join(dir, 'x.xlsx'), '--pdf')).code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  }, 60_000);
});

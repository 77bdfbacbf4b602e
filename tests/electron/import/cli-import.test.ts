// The CLI through a real child process, stdout read fully from a pipe.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTmp, csvText, tmpDir, writeFile } from './helpers';

const root = path.resolve(__dirname, '../../..');

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

afterEach(cleanupTmp);

describe('CLI import, devices, imports', () => {
  it('imports, lists thousands of devices as one JSON array, re-imports without duplicates, refuses junk, undoes', async () => {
    const dir = tmpDir();
    const env = { CRP_USER_DATA: path.join(dir, 'ud') };
    const db = path.join(dir, 'plan.sqlite');
    const n = 3000;
    const rows = [['Asset Tag', 'Make', 'Model', 'Serial', 'MAC', 'Site', 'Location', 'Password']];
    for (let i = 0; i < n; i++) {
      const hex = i.toString(16).padStart(6, '0');
      rows.push([`T${i}`, i % 3 ? 'Axis' : 'Hikvision', i % 3 ? 'P3265-LVE' : 'DS-2CD2143G2-I', `SER${i}`, `bc5e33${hex}`, `Site ${i % 7}`, `Room ${i}`, 'pa55word!']);
    }
    const file = writeFile(dir, 'big.csv', csvText(rows));

    const dry = await cli(['import', file, '--db', db, '--dry-run', '--json'], env);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ file: 'big.csv', dryRun: true, imported: n, updated: 0, unchanged: 0, skipped: 0, errors: [] });

    const run = await cli(['import', file, '--db', db, '--json'], env);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ dryRun: false, imported: n, sheets: [{ name: 'big', rows: n, skipped: 0 }] });
    expect(Object.keys(report).slice(0, 9)).toEqual(['file', 'dryRun', 'imported', 'updated', 'unchanged', 'skipped', 'sheets', 'errors', 'warnings']);

    const list = await cli(['devices', '--db', db, '--json'], env);
    expect(list.code).toBe(0);
    const devices = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(devices).toHaveLength(n);
    expect(Object.keys(devices[0]).sort()).toEqual(['assetTag', 'company', 'evidence', 'id', 'installDate', 'ip', 'location', 'mac', 'manufacturer', 'model', 'serial', 'site', 'status', 'type'].sort());
    expect(devices[0]).toMatchObject({ assetTag: 'T0', mac: 'BC:5E:33:00:00:00', site: 'Site 0' });
    expect(list.stdout).not.toContain('pa55word!');
    const restricted = JSON.parse((await cli(['devices', '--db', db, '--status', 'restricted', '--json'], env)).stdout) as Array<{ status: string }>;
    expect(restricted.every((d) => d.status === 'restricted')).toBe(true);

    const again = JSON.parse((await cli(['import', file, '--db', db, '--json'], env)).stdout);
    expect(again).toMatchObject({ imported: 0, unchanged: n });

    const junk = writeFile(dir, 'junk.csv', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256)));
    const refused = await cli(['import', junk, '--db', db], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('junk.csv');

    const bad = writeFile(dir, 'bad.csv', csvText([['Serial', 'Model'], ['NEW1', 'M'], ['', 'M']]));
    const refusedRows = await cli(['import', bad, '--db', db, '--json'], env);
    expect(refusedRows.code).toBe(1);
    expect(JSON.parse(refusedRows.stdout)).toMatchObject({ imported: 0, errors: [{ sheet: 'bad', row: 3, column: null }] });
    expect(refusedRows.stderr).toMatch(/--skip-invalid/);
    const accepted = JSON.parse((await cli(['import', bad, '--db', db, '--skip-invalid', '--json'], env)).stdout);
    expect(accepted).toMatchObject({ imported: 1, skipped: 1 });

    const history = JSON.parse((await cli(['imports', 'list', '--db', db, '--json'], env)).stdout) as Array<{ id: number }>;
    expect(history.map((h) => h.id)).toEqual([accepted.importId, again.importId ?? expect.any(Number), report.importId].filter(Boolean));
    const undo = await cli(['imports', 'undo', String(accepted.importId), '--db', db, '--json'], env);
    expect(JSON.parse(undo.stdout)).toMatchObject({ removed: 1, restored: 0 });
    expect(JSON.parse((await cli(['devices', '--db', db, '--json'], env)).stdout)).toHaveLength(n);
  });

  it('bad usage exits 2', async () => {
    const r = await cli(['import', 'x.csv', '--db', 'p.sqlite', '--on-duplicate', 'merge'], {});
    expect(r.code).toBe(2);
  });
});

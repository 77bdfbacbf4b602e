// The policies and override commands as scripts use them: a real child process,
// stdout piped and parsed, exit codes checked.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, tempDir } from '../cli-helpers';

let dir: string;
let db: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = tempDir('crp-tagging-cli-');
  db = path.join(dir, 'plan.sqlite');
  env = { CRP_USER_DATA: path.join(dir, 'userdata') };
  const init = await runCliProcess(['init', '--db', db, '--sample'], env);
  expect(init.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('policies command', () => {
  it('lists the policies as JSON with id, name, jurisdiction, version, active and citation', async () => {
    const r = await runCliProcess(['policies', '--db', db, '--json'], env);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list.map((p) => p.id)).toEqual(['ca-federal-2025', 'qc-2023', 'us-fcc-covered', 'us-ndaa-889', 'uk-2022', 'au-2023']);
    expect(Object.keys(list[0]).sort()).toEqual(['active', 'citation', 'id', 'jurisdiction', 'name', 'version']);
    expect(list.filter((p) => p.active).map((p) => p.id)).toEqual(['ca-federal-2025']);
  });

  it('--enable re-tags: the sample gains restricted Dahua devices; --disable takes them back', async () => {
    const before = JSON.parse((await runCliProcess(['summary', '--db', db, '--json'], env)).stdout) as { restricted: number };
    const on = await runCliProcess(['policies', '--db', db, '--enable', 'us-fcc-covered,us-ndaa-889', '--json'], env);
    expect(on.code).toBe(0);
    expect((JSON.parse(on.stdout) as Array<{ id: string; active: boolean }>).filter((p) => p.active).map((p) => p.id)).toEqual(['ca-federal-2025', 'us-fcc-covered', 'us-ndaa-889']);
    expect(on.stderr).toMatch(/[1-9]\d* newly restricted/);
    const after = JSON.parse((await runCliProcess(['summary', '--db', db, '--json'], env)).stdout) as { restricted: number };
    expect(after.restricted).toBeGreaterThan(before.restricted);
    const off = await runCliProcess(['policies', '--db', db, '--disable', 'us-fcc-covered,us-ndaa-889', '--json'], env);
    expect(off.code).toBe(0);
    const back = JSON.parse((await runCliProcess(['summary', '--db', db, '--json'], env)).stdout) as { restricted: number };
    expect(back.restricted).toBe(before.restricted);
  });

  it('refuses an unknown policy id with exit 1 and one line on stderr', async () => {
    const r = await runCliProcess(['policies', '--db', db, '--enable', 'ca-federal-2099', '--json'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('override command', () => {
  it('exits 2 without a reason or with a bad status, 1 for an unknown device, 0 when done', async () => {
    expect((await runCliProcess(['override', '--db', db, '--device', '1', '--status', 'clear'], env)).code).toBe(2);
    expect((await runCliProcess(['override', '--db', db, '--device', '1', '--status', 'maybe', '--reason', 'x'], env)).code).toBe(2);
    const unknown = await runCliProcess(['override', '--db', db, '--device', '999999', '--status', 'clear', '--reason', 'x'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no device 999999/);

    const ok = await runCliProcess(['override', '--db', db, '--device', '1', '--status', 'restricted', '--reason', 'Seen on site: Hikvision board inside', '--json'], env);
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout) as { device: { id: number; status: string; overridden: boolean }; override: { reason: string } };
    expect(out.device).toMatchObject({ id: 1, status: 'restricted', overridden: true });
    expect(out.override.reason).toBe('Seen on site: Hikvision board inside');

    const revoke = await runCliProcess(['override', '--db', db, '--device', '1', '--revoke', '--reason', 'Entered in error', '--json'], env);
    expect(revoke.code).toBe(0);
    expect((JSON.parse(revoke.stdout) as { device: { overridden: boolean } }).device.overridden).toBe(false);
  });
});

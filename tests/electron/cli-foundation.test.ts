import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEVICE_COUNT, SAMPLE_SITE_COUNT } from '../../electron/services/sample';
import { runCliProcess, tempDir } from './cli-helpers';

const dir = tempDir();
const env = { CRP_USER_DATA: dir };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CLI: help, init and summary', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await runCliProcess(['--help'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/init/);
    expect(r.stdout).toMatch(/summary/);
  });

  it('init creates an empty plan whose summary is all zeros', async () => {
    const db = path.join(dir, 'empty.sqlite');
    expect((await runCliProcess(['init', '--db', db], env)).code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    const r = await runCliProcess(['summary', '--db', db, '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ devices: 0, restricted: 0, review: 0, clear: 0, sites: 0, policies: ['ca-federal-2025'] });
  });

  it('summary --json of the sample prints only JSON on stdout with the documented keys', async () => {
    const db = path.join(dir, 'sample.sqlite');
    expect((await runCliProcess(['init', '--db', db, '--sample'], env)).code).toBe(0);
    const r = await runCliProcess(['summary', '--db', db, '--json'], env);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(s).sort()).toEqual(['clear', 'devices', 'policies', 'restricted', 'review', 'sites']);
    expect(s.devices).toBe(SAMPLE_DEVICE_COUNT);
    expect(s.sites).toBe(SAMPLE_SITE_COUNT);
    expect((s.restricted as number) + (s.review as number) + (s.clear as number)).toBe(SAMPLE_DEVICE_COUNT);
  });

  it('a missing plan file exits 1 with one line naming the file, and creates nothing', async () => {
    const db = path.join(dir, 'nope', 'x.sqlite');
    const r = await runCliProcess(['summary', '--db', db, '--json'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(db);
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('a file that is not a plan exits 1 and is left untouched', async () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'just some text');
    const r = await runCliProcess(['summary', '--db', file, '--json'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a plan file/);
    expect(fs.readFileSync(file, 'utf8')).toBe('just some text');
  });

  it('bad usage exits 2', async () => {
    expect((await runCliProcess(['summary', '--bogus'], env)).code).toBe(2);
    expect((await runCliProcess(['summary'], env)).code).toBe(2);
    expect((await runCliProcess(['no-such-command'], env)).code).toBe(2);
  });
});

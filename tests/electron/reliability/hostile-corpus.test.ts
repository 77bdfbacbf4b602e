// The hostile-file corpus (tests/hostile/make-corpus.ts) through the real CLI:
// each file is refused with one clear sentence and nothing written, or
// imported safely; never a crash, in bounded time and memory. The parser runs
// in a child process with a capped heap, and credential columns are never stored.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus, type HostileFile } from '../../hostile/make-corpus';
import { recordFigures, runCli, tempDir } from './helpers';

const TIME_LIMIT_MS = 120_000;
const RSS_LIMIT_KB = 2 * 1024 * 1024; // the CLI with its parser child, under 2 GB
const work = tempDir('crp-hostile-');
const corpusDir = path.join(work, 'corpus');
const env = { CRP_USER_DATA: work };
let manifest: HostileFile[];
let base: string;
const hasGnuTime = fs.existsSync('/usr/bin/time');

beforeAll(async () => {
  manifest = makeCorpus(corpusDir);
  base = path.join(work, 'base.sqlite');
  expect((await runCli(['init', '--db', base, '--sample'], env)).code).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Every row of every table, hashed: "nothing written" means this does not change. */
function fingerprint(file: string): { hash: string; devices: number; integrity: unknown } {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const h = crypto.createHash('sha256');
    for (const t of tables) for (const row of db.prepare(`SELECT * FROM "${t}"`).iterate()) h.update(JSON.stringify(row));
    return { hash: h.digest('hex'), devices: (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n, integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
}

/** The CLI under GNU time (when present) for its peak resident memory, children included. */
function importMeasured(file: string, plan: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number; maxRssKb: number | null }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const rssFile = path.join(work, `rss-${path.basename(file)}.txt`);
    const cli = [process.execPath, '--import', 'tsx', 'electron/cli/index.ts', 'import', file, '--db', plan, '--json'];
    const [cmd, ...args] = hasGnuTime ? ['/usr/bin/time', '-f', '%M', '-o', rssFile, ...cli] : cli;
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS + 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = hasGnuTime && fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : null;
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started, maxRssKb: Number.isFinite(rss) ? rss : null });
    });
  });
}

describe('the hostile-file corpus through the CLI', () => {
  it('refuses each file clearly with nothing written, or imports it safely; no crash, bounded time and memory', async () => {
    const results: Record<string, unknown>[] = [];
    for (const entry of manifest) {
      const plan = path.join(work, `plan-${entry.name}.sqlite`);
      fs.copyFileSync(base, plan);
      const before = fingerprint(plan);
      const r = await importMeasured(path.join(corpusDir, entry.name), plan);
      const after = fingerprint(plan);
      const where = `${entry.name} (${entry.what})`;
      const stderr = r.stderr.trim();
      // No crash: a normal exit, 0 or 1, and never the runner's "Unexpected error".
      expect(r.signal, where).toBeNull();
      expect([0, 1], `${where}: ${stderr}`).toContain(r.code);
      expect(stderr, where).not.toMatch(/Unexpected error|at .*\.ts:\d+|Error: /);
      expect(after.integrity, where).toBe('ok');
      expect(r.ms, where).toBeLessThan(TIME_LIMIT_MS);
      if (r.maxRssKb !== null) expect(r.maxRssKb, where).toBeLessThan(RSS_LIMIT_KB);
      if (entry.expect === 'refuse') expect(r.code, `${where} should be refused: ${r.stdout.slice(0, 200)}`).toBe(1);
      if (r.code === 1) {
        // One sentence naming the file, and the plan exactly as it was.
        expect(stderr.split('\n'), where).toHaveLength(1);
        expect(stderr, where).toContain(entry.name);
        expect(after.hash, `${where}: refused but the plan changed`).toBe(before.hash);
      } else {
        const report = JSON.parse(r.stdout) as { imported: number; updated: number };
        expect(after.devices, where).toBe(before.devices + report.imported);
      }
      results.push({ file: entry.name, what: entry.what, exit: r.code, message: r.code === 1 ? stderr : null, ms: r.ms, maxRssMb: r.maxRssKb === null ? null : Math.round(r.maxRssKb / 1024) });
    }
    const refused = results.filter((x) => x.exit === 1).length;
    recordFigures('hostile', { files: results.length, refused, importedSafely: results.length - refused, maxMs: Math.max(...results.map((x) => x.ms as number)), maxRssMb: Math.max(...results.map((x) => (x.maxRssMb as number | null) ?? 0)), results });
    expect(results.length).toBe(manifest.length);
  }, 1_800_000);

  it('stores formulas as text, never evaluated, and keeps hostile headers as plain data', async () => {
    const plan = path.join(work, 'plan-formulas.sqlite');
    fs.copyFileSync(base, plan);
    expect((await runCli(['import', path.join(corpusDir, 'formulas.csv'), '--db', plan, '--json'], env)).code).toBe(0);
    expect((await runCli(['import', path.join(corpusDir, 'formulas.xlsx'), '--db', plan, '--json'], env)).code).toBe(0);
    expect((await runCli(['import', path.join(corpusDir, 'proto-headers.csv'), '--db', plan, '--json'], env)).code).toBe(0);
    const db = new Database(plan, { readonly: true });
    const sites = (db.prepare('SELECT name FROM sites').all() as { name: string }[]).map((s) => s.name);
    expect(sites).not.toContain('3'); // =1+2 was not computed
    const models = (db.prepare('SELECT model FROM devices WHERE model IS NOT NULL').all() as { model: string }[]).map((m) => m.model);
    expect(models).toContain('cached-model'); // the formula cell's cached value, not a web request
    expect(models.some((m) => /WEBSERVICE/i.test(m))).toBe(false);
    const proto = db.prepare("SELECT extra FROM devices WHERE asset_tag = 'HX-P1'").get() as { extra: string } | undefined;
    expect(proto).toBeDefined();
    expect(() => JSON.parse(proto!.extra)).not.toThrow();
    db.close();
  }, 300_000);
});

describe('parser isolation', () => {
  it('parses in a child process of the CLI whose heap is capped', async () => {
    const plan = path.join(work, 'plan-isolation.sqlite');
    fs.copyFileSync(base, plan);
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'import', path.join(corpusDir, 'ten-mb-cell.csv'), '--db', plan, '--json'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    let seen: { cmdline: string; ppid: number } | null = null;
    const done = new Promise<void>((r) => child.on('close', () => r()));
    const deadline = Date.now() + 60_000;
    while (!seen && child.exitCode === null && Date.now() < deadline) {
      for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
          if (!cmdline.includes('parse-worker')) continue;
          const ppid = Number(/PPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
          if (ppid === child.pid) seen = { cmdline, ppid };
        } catch {
          // the process ended while we looked
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await done;
    expect(seen, 'a parse-worker child of the CLI was running').not.toBeNull();
    expect(seen!.cmdline).toMatch(/--max-old-space-size=\d+/);
    recordFigures('isolation', { parserCmdline: seen!.cmdline.replace(/\S*corpus\S*/g, '<file>') });
  }, 120_000);
});

describe('secrets in vendor exports', () => {
  it('never stores credential columns: the password and user name are nowhere in the plan file', async () => {
    const password = 'Hunter2-Sup3rS3cret!';
    const user = 'admin-operator-7731';
    const csv = [
      'HardwareName,HardwareAddress,MacAddress,UserName,Password,DriverNumber,DriverDisplayName',
      `Lobby cam,http://10.1.2.3/,bc:5e:33:57:5a:98,${user},${password},5000,Hikvision`,
      `Dock cam,http://10.1.2.4/,bc:5e:33:57:5a:99,${user},${password},5000,Hikvision`,
    ].join('\r\n');
    const file = path.join(work, 'milestone-export.csv');
    fs.writeFileSync(file, csv);
    const plan = path.join(work, 'plan-secrets.sqlite');
    const r = await runCli(['import', file, '--db', plan, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { imported: number }).imported).toBe(2);
    expect(r.stdout).not.toContain(password);
    // Whole-file bytes: the database and any side file or backup beside it.
    const files = [plan, `${plan}-wal`, `${plan}-journal`, ...fs.readdirSync(path.join(work, 'backups')).map((f) => path.join(work, 'backups', f))].filter((f) => fs.existsSync(f));
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      for (const secret of [password, user]) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${path.basename(f)}`).toBe(false);
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${path.basename(f)}`).toBe(false);
      }
    }
    recordFigures('secrets', { filesSearched: files.length, credentialColumns: ['UserName', 'Password'], found: 0 });
  }, 120_000);
});

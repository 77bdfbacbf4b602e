import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupBeforeChange as snapshot, backupDirFor, listBackups } from '../../../db/backup';
import { UserError } from '../../../db/errors';
import { openPlanDb } from '../../../db/open';
import { migrations } from '../../../db/migrations';
import { dispatch } from '../../../electron/api/gate';
import { Backend } from '../../../electron/backend';
import { backupBeforeChange, createBackup, listPlanBackups, restoreBackup } from '../../../electron/services/backup';
import { runCliProcess } from '../cli-helpers';

const dirs: string[] = [];
function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-backup-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function addSite(db: Database.Database, name: string): void {
  db.prepare('INSERT INTO sites (name, name_key) VALUES (?, ?)').run(name, name.toLowerCase());
}
const siteNames = (db: Database.Database) => (db.prepare('SELECT name FROM sites ORDER BY id').all() as { name: string }[]).map((r) => r.name);

function openBackend(file: string): Backend {
  const b = new Backend({ mode: 'cli', userDataDir: path.dirname(file) });
  b.open(file);
  return b;
}

describe('automatic backups', () => {
  it('writes a checked copy in DELETE journal mode, with no side files, into backups/ next to the plan', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const db = openPlanDb(file);
    addSite(db, 'Uncommitted-to-checkpoint site'); // lives only in the WAL so far
    const entry = snapshot(db, file, 'import')!;
    db.close();
    expect(path.dirname(entry.path)).toBe(backupDirFor(file));
    expect(path.dirname(entry.path)).toBe(path.join(path.dirname(file), 'backups'));
    expect(entry.reason).toBe('import');
    expect(fs.readdirSync(backupDirFor(file))).toEqual([entry.name]); // no -wal, -shm, .partial
    const copy = new Database(entry.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(siteNames(copy)).toEqual(['Uncommitted-to-checkpoint site']);
    copy.close();
  });

  it('keeps only the newest N, newest first, and ignores other plans in the same folder', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'plan.sqlite');
    const other = openPlanDb(path.join(dir, 'other.sqlite'));
    snapshot(other, path.join(dir, 'other.sqlite'), 'manual');
    other.close();
    const db = openPlanDb(file);
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 7; i++) snapshot(db, file, 'plan', { keep: 4, now: new Date(base + i * 1000) });
    const list = listBackups(file);
    expect(list.map((e) => e.createdAt)).toEqual([6, 5, 4, 3].map((i) => new Date(base + i * 1000).toISOString()));
    expect(listBackups(path.join(dir, 'other.sqlite'))).toHaveLength(1);
    db.close();
  });

  it('keeps 10 by default and honours the plan setting backups.keep', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const db = openPlanDb(file);
    for (let i = 0; i < 12; i++) snapshot(db, file, 'import');
    expect(listBackups(file)).toHaveLength(10);
    db.prepare("INSERT INTO settings (key, value) VALUES ('backups.keep', '3')").run();
    snapshot(db, file, 'import');
    expect(listBackups(file)).toHaveLength(3);
    db.close();
  });

  it('gives two backups in the same millisecond distinct names', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const db = openPlanDb(file);
    const now = new Date(Date.UTC(2026, 5, 1));
    const a = snapshot(db, file, 'import', { now })!;
    const b = snapshot(db, file, 'import', { now })!;
    expect(a.name).not.toBe(b.name);
    expect(listBackups(file)[0].name).toBe(b.name);
    db.close();
  });

  it('clears a copy left half-written by a crash and never lists it', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const db = openPlanDb(file);
    fs.mkdirSync(backupDirFor(file));
    const partial = path.join(backupDirFor(file), 'plan.sqlite--20260101T000000000Z--import.sqlite.partial');
    fs.writeFileSync(partial, 'half a database');
    expect(listBackups(file)).toEqual([]);
    snapshot(db, file, 'import');
    expect(fs.existsSync(partial)).toBe(false);
    db.close();
  });

  it('refuses to back up inside a transaction, and refuses the change with one sentence when the folder is not writable', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'plan.sqlite');
    const db = openPlanDb(file);
    expect(() => db.transaction(() => snapshot(db, file, 'import'))()).toThrow(/before the transaction/);
    fs.writeFileSync(path.join(dir, 'backups'), 'a file where the folder should be');
    try {
      snapshot(db, file, 'import');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).code).toBe('BACKUP_FAILED');
      expect((err as UserError).message).not.toContain('\n');
    }
    db.close();
  });

  it('does nothing for an in-memory plan', () => {
    const db = openPlanDb(':memory:');
    expect(snapshot(db, ':memory:', 'import')).toBeNull();
    db.close();
  });

  it('backs up an existing file through the rotation before migrating it', () => {
    if (migrations.length < 2) return; // needs a second migration to apply
    const file = path.join(tmpDir(), 'plan.sqlite');
    const old = openPlanDb(file, { targetVersion: migrations[0].version });
    addSite(old, 'Before migration');
    old.close();
    openPlanDb(file).close();
    const [entry] = listBackups(file);
    expect(entry.reason).toBe('migration');
    const copy = new Database(entry.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations[0].version);
    expect(siteNames(copy)).toEqual(['Before migration']);
    copy.close();
  });

  it('takes a backend or a db with its file (the importer and planner call it this way)', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const b = openBackend(file);
    expect(backupBeforeChange(b, null, 'import')!.reason).toBe('import');
    expect(backupBeforeChange(b.db, file, 'plan')!.reason).toBe('plan');
    expect(listPlanBackups(b).map((e) => e.reason)).toEqual(['plan', 'import']);
    b.close();
  });
});

describe('backups before plan regeneration', () => {
  it('plan:run backs up the plan before the scheduler rewrites its items', async () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const b = openBackend(file);
    await dispatch(b, 'plan:run', {});
    expect(listPlanBackups(b).map((e) => e.reason)).toContain('plan');
    b.close();
  });
});

describe('restoring a backup', () => {
  it('puts the backup in place, keeps the state before it as a backup, and reopens the plan', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const b = openBackend(file);
    addSite(b.db, 'A');
    const first = createBackup(b);
    addSite(b.db, 'B');
    const r = restoreBackup(b, first.name);
    expect(siteNames(b.db)).toEqual(['A']);
    expect(r.safetyBackup).toBeTruthy();
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The restore can itself be undone.
    restoreBackup(b, r.safetyBackup!);
    expect(siteNames(b.db)).toEqual(['A', 'B']);
    const audit = b.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'restore'").get() as { n: number };
    expect(audit.n).toBeGreaterThanOrEqual(1);
    b.close();
    expect(fs.existsSync(file + '.restoring')).toBe(false);
  });

  it('refuses a damaged backup and leaves the plan as it was', () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const b = openBackend(file);
    addSite(b.db, 'Kept');
    const entry = createBackup(b);
    const bytes = fs.readFileSync(entry.path);
    bytes.fill(0x41, 100, Math.min(bytes.length, 8192)); // trample the schema page
    fs.writeFileSync(entry.path, bytes);
    expect(() => restoreBackup(b, entry.name)).toThrow(UserError);
    expect(siteNames(b.db)).toEqual(['Kept']);
    b.close();
  });

  it('through the API accepts only a backup name, never a path', async () => {
    const file = path.join(tmpDir(), 'plan.sqlite');
    const b = openBackend(file);
    const created = await dispatch(b, 'backups:create', {});
    expect(created.ok).toBe(true);
    const listed = await dispatch(b, 'backups:list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
    for (const name of ['/etc/passwd', '../plan.sqlite', '..\\x.sqlite']) {
      const r = await dispatch(b, 'backups:restore', { name });
      expect(r.ok).toBe(false);
    }
    const missing = await dispatch(b, 'backups:restore', { name: 'nope.sqlite' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    b.close();
  });
});

describe('backup and restore from the CLI', () => {
  it('backs up, lists and restores', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'plan.sqlite');
    const env = { CRP_USER_DATA: dir };
    expect((await runCliProcess(['init', '--db', file], env)).code).toBe(0);
    const made = await runCliProcess(['backup', '--db', file, '--json'], env);
    expect(made.code).toBe(0);
    const entry = JSON.parse(made.stdout) as { name: string; reason: string };
    expect(entry.reason).toBe('manual');
    const db = new Database(file);
    addSite(db, 'After the backup');
    db.close();
    const listed = await runCliProcess(['backup', '--db', file, '--list', '--json'], env);
    expect((JSON.parse(listed.stdout) as { name: string }[]).map((e) => e.name)).toEqual([entry.name]);
    const restored = await runCliProcess(['restore', '--db', file, '--from', entry.name, '--json'], env);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: entry.name });
    const after = new Database(file, { readonly: true });
    expect(siteNames(after)).toEqual([]);
    after.close();
    const bad = await runCliProcess(['restore', '--db', file, '--from', 'no-such-backup.sqlite'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

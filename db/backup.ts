// Rotating automatic backups of a plan file, taken before anything that
// rewrites much of it (import, migration, plan regeneration, restore).
//
// A backup is a consistent snapshot made with VACUUM INTO (synchronous, so it
// can be taken at the start of any synchronous write path, and it reads through
// the WAL). The copy is written under a temporary name, switched to
// journal_mode=DELETE (a copy left in WAL mode drags -wal/-shm side files
// around), checked with PRAGMA integrity_check, fsynced, and only then renamed
// into place: a crash at any moment leaves either no backup or a whole one.
// Kept in a `backups/` folder next to the plan file; the newest N are kept.
//
// This file lives in db/ because db/open.ts backs up before migrating and must
// not depend on electron/; electron/services/backup.ts adds list/restore.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from './errors';

type Db = Database.Database;

export const DEFAULT_BACKUPS_KEPT = 10;
export const BACKUP_DIR_NAME = 'backups';
const PARTIAL_SUFFIX = '.partial';

export type BackupReason = 'import' | 'migration' | 'plan' | 'restore' | 'manual' | 'undo';
const REASONS: readonly string[] = ['import', 'migration', 'plan', 'restore', 'manual', 'undo'];

export interface BackupEntry {
  /** File name inside the backups folder (what `restore` takes). */
  name: string;
  path: string;
  reason: BackupReason;
  /** ISO timestamp of when the backup was taken. */
  createdAt: string;
  sizeBytes: number;
}

export function backupDirFor(planFile: string): string {
  return path.join(path.dirname(path.resolve(planFile)), BACKUP_DIR_NAME);
}

// <plan base>--<20260102T030405678Z>[-n]--<reason>.sqlite
const NAME_RE = /^(.+)--(\d{8}T\d{9}Z)(?:-(\d+))?--([a-z]+)\.sqlite$/;

function planBase(planFile: string): string {
  return path.basename(planFile);
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function isoOf(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** Backups of this plan, newest first. Ignores other plans' backups and unfinished copies. */
export function listBackups(planFile: string): BackupEntry[] {
  const dir = backupDirFor(planFile);
  if (!fs.existsSync(dir)) return [];
  const base = planBase(planFile);
  const out: (BackupEntry & { seq: number; stamp: string })[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = NAME_RE.exec(name);
    if (!m || m[1] !== base || !REASONS.includes(m[4])) continue;
    const full = path.join(dir, name);
    let size = 0;
    try {
      size = fs.statSync(full).size;
    } catch {
      continue; // removed meanwhile
    }
    out.push({ name, path: full, reason: m[4] as BackupReason, createdAt: isoOf(m[2]), sizeBytes: size, stamp: m[2], seq: Number(m[3] ?? 0) });
  }
  out.sort((a, b) => (a.stamp === b.stamp ? b.seq - a.seq : a.stamp < b.stamp ? 1 : -1));
  return out.map(({ seq: _s, stamp: _t, ...e }) => e);
}

export interface BackupOptions {
  /** How many backups of this plan to keep (default 10, or the plan's `backups.keep` setting). */
  keep?: number;
  /** Clock, for tests of ordering. */
  now?: Date;
}

/**
 * Take a verified snapshot of `db` (the open plan stored in `planFile`) into the
 * backups folder, then drop the oldest beyond `keep`. Returns the new entry, or
 * null for an in-memory plan. Must be called outside a transaction (VACUUM INTO
 * cannot run inside one). A failed backup throws a UserError and the caller
 * must not go on to change the plan.
 */
export function backupBeforeChange(db: Db, planFile: string, reason: BackupReason, options: BackupOptions = {}): BackupEntry | null {
  if (planFile === ':memory:' || db.memory) return null;
  if (db.inTransaction) throw new Error('backupBeforeChange must be called before the transaction starts');
  const dir = backupDirFor(planFile);
  const base = planBase(planFile);
  const stamp = stampOf(options.now ?? new Date());
  let finalName = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    removeStalePartials(dir, base);
    let seq = 0;
    do {
      finalName = `${base}--${stamp}${seq ? `-${seq}` : ''}--${reason}.sqlite`;
      seq++;
    } while (fs.existsSync(path.join(dir, finalName)));
    const finalPath = path.join(dir, finalName);
    const partial = finalPath + PARTIAL_SUFFIX;
    db.exec(`VACUUM INTO '${partial.replace(/'/g, "''")}'`);
    sealCopy(partial);
    fs.renameSync(partial, finalPath);
    fsyncDir(dir);
  } catch (err) {
    throw new UserError(
      'BACKUP_FAILED',
      `Could not back up the plan before the ${reason} (${(err as Error).message}); nothing was changed. Check that the folder ${dir} is writable and has free space.`,
    );
  }
  prune(planFile, options.keep ?? keepSetting(db));
  return listBackups(planFile).find((e) => e.name === finalName) ?? null;
}

/** Switch a fresh copy out of WAL, check it, and flush it to disk. */
function sealCopy(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed its integrity check (${String(check)})`);
  } finally {
    copy.close();
  }
  for (const side of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(file + side)) throw new Error(`the copy left a ${side} file behind`);
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Check that a file is a whole, readable plan snapshot; returns its schema version. */
export function verifyBackupFile(file: string): number {
  let copy: Db;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new UserError('BAD_BACKUP', `The backup ${path.basename(file)} cannot be opened (${(err as Error).message}).`);
  }
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new UserError('BAD_BACKUP', `The backup ${path.basename(file)} is damaged (integrity check: ${String(check)}).`);
    return copy.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError('BAD_BACKUP', `The backup ${path.basename(file)} is not a plan file (${(err as Error).message}).`);
  } finally {
    copy.close();
  }
}

function keepSetting(db: Db): number {
  try {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'backups.keep'").get() as { value: string } | undefined;
    const n = row ? Number(JSON.parse(row.value)) : DEFAULT_BACKUPS_KEPT;
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_BACKUPS_KEPT;
  } catch {
    return DEFAULT_BACKUPS_KEPT; // no settings table yet (a very old or empty file)
  }
}

function prune(planFile: string, keep: number): void {
  for (const old of listBackups(planFile).slice(Math.max(1, keep))) {
    try {
      fs.rmSync(old.path, { force: true });
    } catch {
      // An old backup we cannot delete is harmless; the next rotation retries.
    }
  }
}

/** A copy interrupted by a crash is never listed; clear it on the next backup. */
function removeStalePartials(dir: string, base: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(`${base}--`) && (name.endsWith(PARTIAL_SUFFIX) || /\.partial-(wal|shm|journal)$/.test(name))) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be fsynced on Windows
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort: the rename is already durable on most file systems.
  }
}

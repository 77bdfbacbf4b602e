// Backups of the open plan: list, take one by hand, restore one. The snapshot
// and rotation themselves live in db/backup.ts (db/open.ts needs them too).
import fs from 'node:fs';
import path from 'node:path';
import { backupBeforeChange as snapshot, backupDirFor, listBackups, verifyBackupFile, type BackupEntry, type BackupReason } from '../../db/backup';
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import { latestVersion } from '../../db/open';
import { appendAudit } from '../../db/queries/audit';
import type { PlanInfo } from '../api/types';
import type { Backend } from '../backend';

export type { BackupEntry, BackupReason };
export { listBackups, backupDirFor };

/**
 * Back up the plan before a change. Takes the backend (its open plan) or a db
 * with its file. Call it before the write transaction starts; if it throws,
 * do not make the change.
 */
export function backupBeforeChange(target: Backend | Db, file: string | null, reason: BackupReason): BackupEntry | null {
  if (isBackend(target)) {
    const info = target.info;
    if (!info) throw new UserError('NO_PLAN', 'No plan is open. Open the sample plan or a plan file first.');
    return snapshot(target.db, info.path, reason);
  }
  // better-sqlite3 knows the file it opened: callers holding only a db pass null.
  const path_ = file ?? target.name;
  if (!path_ || path_ === ':memory:' || target.memory) return null;
  return snapshot(target, path_, reason);
}

function isBackend(x: Backend | Db): x is Backend {
  return typeof (x as Backend).open === 'function' && 'userDataDir' in x;
}

function planPath(backend: Backend): string {
  const info = backend.info;
  if (!info) throw new UserError('NO_PLAN', 'No plan is open. Open the sample plan or a plan file first.');
  return info.path;
}

export function listPlanBackups(backend: Backend): BackupEntry[] {
  return listBackups(planPath(backend));
}

export function createBackup(backend: Backend): BackupEntry {
  const entry = snapshot(backend.db, planPath(backend), 'manual');
  if (!entry) throw new UserError('NO_FILE', 'This plan is not stored in a file, so it cannot be backed up.');
  return entry;
}

/**
 * Put a backup in place of the open plan. The current state is backed up
 * first (so a restore can itself be undone), the backup is checked, the plan
 * is closed, the copy goes in through a temporary file and a rename (a crash
 * leaves the old plan or the restored one, never a mix), and the plan reopens
 * (migrating the copy if it was taken by an older version).
 *
 * `source` is a backup name from listPlanBackups, or (CLI only) a path.
 */
export function restoreBackup(backend: Backend, source: string, opts: { allowPath?: boolean } = {}): { restored: string; safetyBackup: string | null; plan: PlanInfo } {
  const file = planPath(backend);
  const from = resolveSource(file, source, opts.allowPath ?? false);
  const version = verifyBackupFile(from);
  if (version > latestVersion) {
    throw new UserError('NEWER_FILE', `The backup ${path.basename(from)} was written by a newer version of the app (schema ${version}); update the app to restore it.`);
  }
  const safety = snapshot(backend.db, file, 'restore');
  const wasSample = backend.info?.isSample ?? false;
  const tmp = `${file}.restoring`;
  fs.copyFileSync(from, tmp);
  fsyncFile(tmp);
  backend.close();
  try {
    // A clean close removes the WAL; if it is still there another process has
    // the plan open, and renaming under it would mix two databases.
    for (const side of ['-wal', '-shm']) {
      if (fs.existsSync(file + side)) {
        throw new UserError('PLAN_IN_USE', `The plan ${path.basename(file)} is open in another window or program; close it there and restore again.`);
      }
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    backend.open(file, { isSample: wasSample });
    throw err;
  }
  const plan = backend.open(file, { isSample: wasSample });
  appendAudit(backend.db, {
    user: backend.user,
    action: 'restore',
    entity: 'plan',
    newValue: path.basename(from),
    reason: safety ? `state before the restore kept as ${safety.name}` : null,
  });
  return { restored: path.basename(from), safetyBackup: safety?.name ?? null, plan };
}

function resolveSource(planFile: string, source: string, allowPath: boolean): string {
  const named = listBackups(planFile).find((e) => e.name === source);
  if (named) return named.path;
  if (allowPath && fs.existsSync(source) && fs.statSync(source).isFile()) return path.resolve(source);
  throw new UserError('NOT_FOUND', `There is no backup named ${source.slice(0, 200)} for this plan; list them with "backup --list".`);
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeChange } from './backup';
import { UserError } from './errors';
import { latestVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file when missing (default true). */
  create?: boolean;
  /** Stop at this schema version (tests of individual migrations). */
  targetVersion?: number;
  /** Migration list to use (tests). */
  migrationList?: readonly Migration[];
}

/**
 * Open (or create) a plan file: WAL with synchronous=FULL, foreign keys on,
 * busy timeout, then migrate. A file written by a newer version of the app is
 * refused rather than misread. An existing file is backed up before migrating.
 */
export function openPlanDb(file: string, options: OpenOptions = {}): Db {
  const { create = true, migrationList = migrations } = options;
  const target = options.targetVersion ?? migrationList[migrationList.length - 1].version;
  const exists = file !== ':memory:' && fs.existsSync(file);
  if (file !== ':memory:') {
    if (!exists && !create) throw new UserError('NOT_FOUND', `The plan file ${file} does not exist.`);
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) {
      throw new UserError('NOT_FOUND', `Cannot create the plan file ${file}: the folder ${dir} does not exist.`);
    }
    if (exists) assertSqliteFile(file);
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw new UserError('CANNOT_OPEN', `Cannot open the plan file ${file}: ${(err as Error).message}.`);
  }
  try {
    configure(db);
    migrate(db, file, exists, target, migrationList);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function assertSqliteFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    if (n === 0) return; // an empty file is a new database
    if (n < 16 || head.toString('latin1') !== 'SQLite format 3\0') {
      throw new UserError('NOT_A_PLAN', `${file} is not a plan file (it is not an SQLite database).`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, file: string, existed: boolean, target: number, list: readonly Migration[]): void {
  const current = schemaVersion(db);
  const newest = list[list.length - 1].version;
  if (current > newest) {
    throw new UserError(
      'NEWER_FILE',
      `The plan file ${file} was written by a newer version of Camera Replacement Planner (schema ${current}, this version reads up to ${newest}). Update the app to open it.`,
    );
  }
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  if (existed && current > 0) backupBeforeMigration(db, file, current);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}

/** A verified snapshot in the rotating backups folder, taken before the schema changes. */
function backupBeforeMigration(db: Db, file: string, _version: number): void {
  backupBeforeChange(db, file, 'migration');
}

export { latestVersion };

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../db/errors';
import { migrations } from '../../db/migrations';
import { openPlanDb, schemaVersion } from '../../db/open';

const dirs: string[] = [];
function tmpFile(name = 'plan.sqlite'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-db-'));
  dirs.push(dir);
  return path.join(dir, name);
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('opening a plan file', () => {
  it('creates a new file at the latest schema with WAL, FULL sync and foreign keys', () => {
    const db = openPlanDb(tmpFile());
    expect(schemaVersion(db)).toBe(migrations[migrations.length - 1].version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a file written by a newer version, with a sentence saying so', () => {
    const file = tmpFile();
    openPlanDb(file).close();
    const raw = openPlanDb(file);
    raw.pragma('user_version = 99999');
    raw.close();
    expect(() => openPlanDb(file)).toThrowError(/newer version/);
  });

  it('refuses a file that is not SQLite', () => {
    const file = tmpFile();
    fs.writeFileSync(file, 'Name,Model\nCam,DS-2CD\n');
    try {
      openPlanDb(file);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).code).toBe('NOT_A_PLAN');
    }
  });

  it('reports a missing folder as a clear error', () => {
    expect(() => openPlanDb('/no/such/folder/plan.sqlite')).toThrowError(/folder .* does not exist/);
  });

  it('migrations are numbered in increasing steps', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('backs up an existing file before migrating it', () => {
    if (migrations.length < 2) return; // needs a second migration to apply; see per-migration tests
    const file = tmpFile();
    openPlanDb(file, { targetVersion: migrations[0].version }).close();
    openPlanDb(file).close();
    // Rotating backups (db/backup.ts) go to backups/ next to the plan file.
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups')).filter((f) => f.endsWith('--migration.sqlite'));
    expect(backups.length).toBe(1);
  });
});

describe('migration 0010 (initial schema)', () => {
  it('creates strict tables that refuse a wrong type and enforce foreign keys', () => {
    const db = openPlanDb(':memory:', { targetVersion: 10 });
    expect(() => db.prepare("INSERT INTO sites (name, name_key, criticality) VALUES ('A', 'a', 'high')").run()).toThrow();
    expect(() => db.prepare("INSERT INTO devices (site_id, type) VALUES (42, 'camera')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO sites (name, name_key) VALUES ('A', 'a')").run();
    db.prepare("INSERT INTO devices (site_id, type) VALUES (1, 'camera')").run();
    expect(db.prepare('SELECT status, evidence, extra FROM devices').get()).toEqual({ status: 'review', evidence: '[]', extra: '{}' });
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openPlanDb } from '../../db/open';
import { migrations } from '../../db/migrations';

describe('migration 0020 (import history and saved mappings)', () => {
  it('keeps existing imports and devices, and adds change records that cascade with their import', () => {
    const db = openPlanDb(':memory:', { targetVersion: 10 });
    db.prepare("INSERT INTO imports (file_name) VALUES ('old.xlsx')").run();
    db.prepare("INSERT INTO devices (type, serial, import_id) VALUES ('camera', 'S1', 1)").run();
    // Migrate the same connection forward to 20 by applying the migration as openPlanDb would.
    const m = migrations.find((x) => x.version === 20)!;
    db.transaction(() => {
      m.up(db);
      db.pragma('user_version = 20');
    })();
    expect(db.prepare('SELECT file_name, user, undone_by FROM imports').get()).toEqual({ file_name: 'old.xlsx', user: null, undone_by: null });
    db.prepare("INSERT INTO import_changes (import_id, entity, entity_id, action, before) VALUES (1, 'device', 1, 'update', '{}')").run();
    expect(() => db.prepare("INSERT INTO import_changes (import_id, entity, entity_id, action) VALUES (1, 'device', 1, 'erase')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO import_changes (import_id, entity, entity_id, action) VALUES (99, 'device', 1, 'insert')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO import_mappings (signature, headers, mapping) VALUES ('abc', '[]', '{}')").run();
    expect(() => db.prepare("INSERT INTO import_mappings (signature, headers, mapping) VALUES ('abc', '[]', '{}')").run()).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM imports WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM import_changes').get()).toEqual({ n: 0 });
    db.close();
  });

  it('is registered between 0010 and 0030 and a new plan gets it', () => {
    expect(migrations.map((m) => m.version)).toContain(20);
    const db = openPlanDb(':memory:');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['import_changes', 'import_mappings']));
    db.close();
  });
});

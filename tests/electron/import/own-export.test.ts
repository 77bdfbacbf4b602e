// Re-importing the planner's own exports: the plan workbook's derived sheets
// are left out (only Inventory is read), the tag columns it adds are dropped
// rather than kept as extras, and the French lifecycle header is recognised.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanDb, type Db } from '../../../db/open';
import { suggestField } from '../../../electron/services/import/fields';
import { suggestMapping } from '../../../electron/services/import/mapping';
import { previewImport, runImport, type ImportContext } from '../../../electron/services/import/service';
import { buildExport } from '../../../electron/services/export';
import { generateSample } from '../../../electron/services/sample';
import { cleanupTmp, tmpDir, workbookBytes, writeFile } from './helpers';

let source: Db;
let target: Db;
let ctx: ImportContext;
let dir: string;
beforeEach(() => {
  source = openPlanDb(':memory:');
  generateSample(source);
  target = openPlanDb(':memory:');
  ctx = { db: target, user: 'tester' };
  dir = tmpDir();
});
afterEach(() => {
  source.close();
  target.close();
  cleanupTmp();
});

const deviceCount = (db: Db) => (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
const extrasWith = (db: Db, key: string) =>
  (db.prepare('SELECT extra FROM devices').all() as Array<{ extra: string }>).filter((r) => key in (JSON.parse(r.extra) as object)).length;

describe("the planner's own plan workbook", () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`is read from its Inventory sheet only, the derived sheets reported as left out with the reason (${lang})`, async () => {
      const out = buildExport(source, 'Sample', { redacted: false, csv: false, lang, exportedOn: '2025-06-01' });
      const inventory = lang === 'en' ? 'Inventory' : 'Inventaire';
      const file = writeFile(dir, `plan-${lang}.xlsx`, out.bytes);

      const r = await runImport(ctx, { path: file });
      expect(r.errors).toEqual([]);
      expect(r.imported).toBe(deviceCount(source));
      expect(deviceCount(target)).toBe(deviceCount(source));
      const read = r.sheets.filter((s) => !s.ignoredReason).map((s) => s.name);
      expect(read).toEqual([inventory]);
      const left = r.sheets.filter((s) => s.ignoredReason);
      expect(left.map((s) => s.name).sort()).toEqual(out.sheets.filter((n) => n !== inventory).sort());
      for (const s of left) expect(s.ignoredReason).toMatch(/derives this sheet from the Inventory sheet/);

      // The tag columns come back derived, not as extra attributes.
      const [status, company] = lang === 'en' ? ['Restriction status', 'Company'] : ['Statut de restriction', 'Entreprise'];
      expect(extrasWith(target, status)).toBe(0);
      expect(extrasWith(target, company)).toBe(0);
      const cols = r.sheets.find((s) => s.name === inventory)!.columns;
      expect(cols.filter((c) => c.droppedReason === 'derived').map((c) => c.header).sort()).toEqual([company, status].sort());
    }, 60_000);
  }

  it('still reads a derived sheet when it is asked for by name', async () => {
    const out = buildExport(source, 'Sample', { redacted: false, csv: false, lang: 'en', exportedOn: '2025-06-01' });
    const file = writeFile(dir, 'plan.xlsx', out.bytes);
    const r = await previewImport(ctx, { path: file, sheet: 'Restricted devices' });
    expect(r.sheets.map((s) => [s.name, s.ignoredReason ?? null])).toEqual([['Restricted devices', null]]);
    expect(r.imported).toBeGreaterThan(0);
  }, 60_000);

  it("leaves a register's own sheets named like ours alone when it is not the planner's workbook", async () => {
    const file = writeFile(dir, 'register.xlsx', workbookBytes({
      Summary: [['Serial number', 'Make', 'Model'], ['S-1', 'Axis', 'P3265']],
      Inventory: [['Serial number', 'Make', 'Model'], ['S-2', 'Axis', 'P3265']],
    }, 'xlsx'));
    const r = await previewImport(ctx, { path: file });
    expect(r.sheets.map((s) => s.ignoredReason ?? null)).toEqual([null, null]);
    expect(r.imported).toBe(2);
  });
});

describe('tag columns', () => {
  it("are dropped only beside the planner's restriction-status column: a register's own Company column is kept", () => {
    const ours = suggestMapping(['Serial number', 'Restriction status', 'Company'], null, null);
    expect(ours.map((c) => [c.header, c.dropped, c.droppedReason ?? null])).toEqual([
      ['Serial number', false, null], ['Restriction status', true, 'derived'], ['Company', true, 'derived'],
    ]);
    const theirs = suggestMapping(['Serial number', 'Company'], null, null);
    expect(theirs.map((c) => c.dropped)).toEqual([false, false]);
  });

  it('are not stored when an exported Inventory sheet is imported on its own', async () => {
    const file = writeFile(dir, 'inv.xlsx', workbookBytes({
      Inventaire: [['Numéro de série', 'Fabricant', 'Modèle', 'Statut de restriction', 'Entreprise', 'Couleur'], ['S-1', 'Hikvision', 'DS-2CD', 'restreint', 'Hikvision', 'blanc']],
    }, 'xlsx'));
    await runImport(ctx, { path: file });
    const extra = JSON.parse((target.prepare('SELECT extra FROM devices').get() as { extra: string }).extra) as Record<string, string>;
    expect(extra).toEqual({ Couleur: 'blanc' });
  });
});

describe('French lifecycle header', () => {
  it('"Cycle de vie" maps to lifecycle at full confidence', () => {
    expect(suggestField('Cycle de vie')).toEqual({ field: 'lifecycle', confidence: 1 });
    expect(suggestField('CYCLE DE VIE')).toEqual({ field: 'lifecycle', confidence: 1 });
  });
});

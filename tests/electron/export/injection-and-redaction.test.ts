// A hostile cell from an imported register stays inert: text in xlsx, quote-
// prefixed in CSV. The redacted summary carries no site detail at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Db } from '../../../db/open';
import { tableToCsv, neutraliseCsvText } from '../../../electron/domain/export/csv';
import { buildExport } from '../../../electron/services/export';
import { cellsOf, HOSTILE, planDb, readBook, rowsOf } from './export-fixtures';

let db: Db;
beforeAll(() => {
  db = planDb();
});
afterAll(() => db.close());

/** Parse our CSV (every field quoted, CRLF) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let j = i + 1;
    let field = '';
    for (;;) {
      const q = text.indexOf('"', j);
      field += text.slice(j, q);
      if (text[q + 1] === '"') {
        field += '"';
        j = q + 2;
      } else {
        j = q + 1;
        break;
      }
    }
    row.push(field);
    if (text.startsWith('\r\n', j)) {
      rows.push(row);
      row = [];
      i = j + 2;
    } else {
      expect(text[j]).toBe(',');
      i = j + 1;
    }
  }
  return rows;
}

describe('formula injection', () => {
  it('keeps every hostile value from the register as inert text in every sheet of the workbook', () => {
    const book = readBook(buildExport(db, 'Plan', { redacted: false, csv: false, lang: 'en' }).bytes);
    const found = new Set<string>();
    for (const name of book.SheetNames) {
      for (const { cell } of cellsOf(book.Sheets[name])) {
        expect(cell.f, `${name} formula`).toBeUndefined();
        if (typeof cell.v === 'string' && (HOSTILE as readonly string[]).includes(cell.v)) {
          expect(cell.t).toBe('s');
          found.add(cell.v);
        }
      }
    }
    expect([...found].sort()).toEqual([...HOSTILE].sort());
    // The hostile device's extra columns, in the Inventory, as text too.
    const inv = rowsOf(book.Sheets.Inventory);
    const row = inv.find((r) => r[0] === 'HX-1')!;
    expect(row).toContain('=1+1');
    expect(row).toContain('@A1');
  });

  it('stays inert when the written file is opened by a reader that evaluates formulas', () => {
    // Re-read with formulas parsed: a formula cell would show up with .f; none exists, and the text is intact.
    const bytes = buildExport(db, 'Plan', { redacted: false, csv: false, lang: 'en' }).bytes;
    const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true, dense: true });
    const inv = rowsOf(wb.Sheets.Inventory);
    const header = inv[0];
    const row = inv.find((r) => r[0] === 'HX-1')!;
    expect(row[header.indexOf('Location')]).toBe('=HYPERLINK("http://x","y")');
    expect(row[header.indexOf('Serial number')]).toBe('+1');
    expect(row[header.indexOf('Notes')]).toBe('-2+3');
    expect(row[header.indexOf('Firmware')]).toBe('@SUM(A1)');
  });

  it('prefixes a single quote to text that starts with = + - @ tab or CR in the CSV, and to nothing else', () => {
    const csv = buildExport(db, 'Plan', { redacted: false, csv: true, lang: 'en' }).bytes.toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    const header = rows[0];
    const row = rows.find((r) => r[0] === 'HX-1')!;
    expect(row[header.indexOf('Location')]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(row[header.indexOf('Serial number')]).toBe("'+1");
    expect(row[header.indexOf('Notes')]).toBe("'-2+3");
    expect(row[header.indexOf('Firmware')]).toBe("'@SUM(A1)");
    expect(row[header.indexOf('Building')]).toBe("'\tTAB");
    expect(row[header.indexOf('Cost centre')]).toBe("'\rCR");
    expect(row[header.indexOf('Owner')]).toBe("'=1+1");
    // No field anywhere starts with a formula character once unquoted.
    for (const r of rows) for (const f of r) expect(f).not.toMatch(/^[=+\-@\t\r]/);
    // Ordinary values are untouched.
    const normal = rows.find((r) => r[0] === 'GC-1000')!;
    expect(normal[header.indexOf('Site')]).toBe('Headquarters Tower');
  });

  it('leaves amounts we format as plain numbers, negative ones included', () => {
    const csv = tableToCsv({ columns: [{ header: 'Cost', kind: 'money', width: 10 }, { header: 'Note', kind: 'text', width: 10 }], rows: [[-1250, '-5'], [99, 'ok']] });
    expect(parseCsv(csv).slice(1)).toEqual([['-12.50', "'-5"], ['0.99', 'ok']]);
    expect(neutraliseCsvText('a=b')).toBe('a=b');
  });
});

describe('the redacted summary', () => {
  function identifying(db: Db): string[] {
    const sites = db.prepare('SELECT name, name_fr, address FROM sites').all() as Array<Record<string, string | null>>;
    const devices = db.prepare('SELECT building, location, serial, mac, mac_raw, ip FROM devices').all() as Array<Record<string, string | null>>;
    const values = [...sites, ...devices].flatMap((r) => Object.values(r)).filter((v): v is string => typeof v === 'string' && v.length >= 3);
    return [...new Set(values)];
  }

  function allText(book: XLSX.WorkBook): string[] {
    return book.SheetNames.flatMap((n) => cellsOf(book.Sheets[n]).map(({ cell }) => String(cell.v)));
  }

  for (const lang of ['en', 'fr'] as const) {
    it(`holds no site name, address, building, location, serial, MAC or IP in any cell (${lang})`, () => {
      const book = readBook(buildExport(db, 'Headquarters Tower plan', { redacted: true, csv: false, lang }).bytes);
      const cells = allText(book).map((t) => t.toLowerCase());
      const secrets = identifying(db);
      expect(secrets.length).toBeGreaterThan(1000);
      for (const secret of secrets) {
        const s = secret.toLowerCase();
        const hit = cells.find((c) => c.includes(s));
        expect(hit, `"${secret}" appears in the redacted workbook`).toBeUndefined();
      }
      expect(book.SheetNames).toEqual(lang === 'en' ? ['Summary', 'By fiscal year', 'Sources'] : ['Résumé', 'Par exercice', 'Sources']);
    });
  }

  it('gives counts, percentages and totals per fiscal year', () => {
    const book = readBook(buildExport(db, 'Plan', { redacted: true, csv: false, lang: 'en' }).bytes);
    const rows = rowsOf(book.Sheets.Summary);
    const metric = (name: string, fy: string | null = null) => rows.find((r) => r[1] === name && r[2] === fy)?.[3];
    const total = db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number };
    const restricted = db.prepare("SELECT COUNT(*) AS n FROM devices WHERE status = 'restricted'").get() as { n: number };
    expect(metric('Devices')).toBe(total.n);
    expect(metric('Restricted devices')).toBe(restricted.n);
    expect(metric('Share restricted')).toBeCloseTo(restricted.n / total.n, 10);
    expect(typeof metric('Budget cap', '2026-27')).toBe('number');
    const pct = cellsOf(book.Sheets.Summary).find(({ r, c }) => rows[r]?.[1] === 'Share restricted' && c === 3)!;
    expect(pct.cell.z).toBe('0.0%');
    const fy = rowsOf(book.Sheets['By fiscal year']);
    expect(fy.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['2026-27', '2027-28', '2028-29', 'Total', 'Unfunded backlog']));
  });

  it('drops a plan name that names a site, and as CSV is the same tidy table with no site detail', () => {
    const csv = buildExport(db, 'Headquarters Tower plan', { redacted: true, csv: true, lang: 'en' }).bytes.toString('utf8').toLowerCase();
    expect(csv.split('\r\n')[0]).toBe('\ufeff"section","metric","fiscal year","value"');
    for (const secret of identifying(db)) expect(csv.includes(secret.toLowerCase()), secret).toBe(false);
    expect(csv).toContain('"fiscal year","budget cap","2026-27"');
  });
});

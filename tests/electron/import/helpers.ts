// Fixture builders for import tests: real files written with SheetJS or as raw bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach } from 'vitest';
import * as XLSX from 'xlsx';
import { openPlanDb, type Db } from '../../../db/open';
import type { ImportContext } from '../../../electron/services/import/service';

const dirs: string[] = [];
export function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-import-'));
  dirs.push(d);
  return d;
}
export function cleanupTmp(): void {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** For each test of the calling block: a fresh plan in memory, an import context on it, and a temp folder. */
export function useImportPlan(): { readonly db: Db; readonly dir: string; readonly ctx: ImportContext } {
  const t = {} as { db: Db; dir: string; ctx: ImportContext };
  beforeEach(() => {
    t.db = openPlanDb(':memory:');
    t.dir = tmpDir();
    t.ctx = { db: t.db, user: 'tester' };
  });
  afterEach(() => {
    t.db.close();
    cleanupTmp();
  });
  return t;
}

export type Aoa = Array<Array<string | number | boolean | Date | null>>;

export function workbookBytes(sheets: Record<string, Aoa>, bookType: XLSX.BookType, merges: Record<string, XLSX.Range[]> = {}): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true });
    if (merges[name]) ws['!merges'] = merges[name];
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

export function writeFile(dir: string, name: string, data: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

export function csvText(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((c) => (/[",;\t|\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') + '\r\n';
}

export function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Windows-1252 bytes for text made of Latin-1 characters plus € (0x80), ’ (0x92) and œ (0x9C). */
export function cp1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, 'œ': 0x9c, '–': 0x96 };
  return Buffer.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}


/** Every row of every table, for "nothing was written" assertions. */
export function dumpDb(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}"`).all();
  return out;
}

/** Every text value stored anywhere in the database, joined (to prove a secret is absent). */
export function allStoredText(db: Db): string {
  return JSON.stringify(dumpDb(db));
}

/** A one-entry zip whose entry inflates to `size` zero bytes; `declared` is what its headers claim. */
export function zipBomb(size: number, declared: number): Buffer {
  const data = zlib.deflateRawSync(Buffer.alloc(size), { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + name.length + data.length;
  const dirSize = central.length + name.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

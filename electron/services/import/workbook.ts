// Workbook reading through SheetJS with the read options chosen for speed and
// safety: dense sheets, cached values only (no formula text, never evaluated),
// no HTML, formatted text or number formats generated.
import * as XLSX from 'xlsx';
import { MAX_COLUMNS, type Cell, type MergedRange, type ParsedSheet } from './types';

export const READ_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellDates: true,
  cellNF: false,
  cellHTML: false,
  cellText: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
};

export function readWorkbook(data: Buffer | string, type: 'buffer' | 'string'): ParsedSheet[] {
  const wb = XLSX.read(data, { ...READ_OPTIONS, type });
  return wb.SheetNames.map((name) => sheetRows(name, wb.Sheets[name]));
}

function sheetRows(name: string, ws: XLSX.WorkSheet | undefined): ParsedSheet {
  const rows: Cell[][] = [];
  let truncatedColumns = false;
  const dense = (ws as { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> } | undefined)?.['!data'];
  if (dense) {
    for (let r = 0; r < dense.length; r++) {
      const src = dense[r];
      if (!src) {
        rows.push([]);
        continue;
      }
      if (src.length > MAX_COLUMNS) truncatedColumns = true;
      const n = Math.min(src.length, MAX_COLUMNS);
      const out: Cell[] = new Array<Cell>(n);
      let last = -1;
      for (let c = 0; c < n; c++) {
        const v = cellValue(src[c]);
        out[c] = v;
        if (v !== null && v !== '') last = c;
      }
      out.length = last + 1;
      rows.push(out);
    }
  }
  const merges: MergedRange[] = (ws?.['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  return { name, rows, merges, truncatedColumns };
}

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return dateText(cell.v);
    default:
      return null; // errors (#N/A) and stubs carry no value
  }
}

/** ISO text for a date cell: the calendar date, with the time only when there is one. */
function dateText(v: unknown): Cell {
  const d = v instanceof Date ? v : typeof v === 'string' || typeof v === 'number' ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) return null;
  const rounded = new Date(Math.round(d.getTime() / 60000) * 60000);
  const iso = rounded.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** Entry names of a CFB (OLE2) container: tells .xls from an encrypted OOXML package. */
export function cfbEntryNames(buf: Buffer): string[] {
  const cfb = XLSX.CFB.read(buf, { type: 'buffer' });
  return cfb.FullPaths.map((p: string) => p.replace(/\/$/, '').split('/').pop() ?? '');
}

// SheetSpec -> SheetJS workbook -> xlsx bytes.
//
// Cells are built directly into a dense sheet ('!data'), typed by the column's
// kind: no per-value type sniffing as aoa_to_sheet does, and one cell object
// shared by the rows of a column that hold the same value. Text is always a
// string cell (t:'s') and no cell is ever given a formula (.f), so
// "=HYPERLINK(...)" from an imported file stays text.
//
// What SheetJS community edition writes and what it does not: column widths
// (!cols), number formats (cell.z), one autofilter per sheet (!autofilter).
// It does not write frozen panes (no !freeze; its sheetView has no <pane>),
// nor cell styles (bold headers), so the header is plain text in row 1.
import * as XLSX from 'xlsx';
import type { ExportLang } from '../../domain/export/labels';
import type { CellKind, CellValue, SheetSpec, TableBlock } from '../../domain/export/table';

/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT = 32767;

export const NUMBER_FORMATS: Record<ExportLang, { money: string; date: string; month: string; datetime: string; pct: string; int: string }> = {
  en: { money: '"$"#,##0.00;-"$"#,##0.00', date: 'yyyy-mm-dd', month: 'yyyy-mm', datetime: 'yyyy-mm-dd hh:mm', pct: '0.0%', int: '0' },
  // French Canada writes the dollar sign after the amount; separators follow the reader's locale.
  fr: { money: '#,##0.00 "$";-#,##0.00 "$"', date: 'yyyy-mm-dd', month: 'yyyy-mm', datetime: 'yyyy-mm-dd hh:mm', pct: '0.0%', int: '0' },
};

/** Options of every xlsx write; the benchmark compares against a bare write with the same options. */
export const WRITE_OPTIONS: XLSX.WritingOptions = { type: 'buffer', bookType: 'xlsx', compression: true };

const DAY_MS = 86_400_000;
/** Days from Excel's epoch (1899-12-30, 1900 date system) to 1970-01-01. */
const EPOCH_OFFSET = 25569;

/** Excel serial for an ISO date, month or date-time, read as UTC wall time (no time-zone shift); null when not one. */
export function excelSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?)?$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3] ?? '1', m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== d) return null;
  return ms / DAY_MS + EPOCH_OFFSET;
}

function textCell(v: string | number): XLSX.CellObject {
  const s = typeof v === 'string' ? v : String(v);
  return { t: 's', v: s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT - 1) + '…' : s };
}

type Formats = (typeof NUMBER_FORMATS)['en'];

function makeCell(kind: CellKind, v: string | number | null, f: Formats): XLSX.CellObject | undefined {
  if (v === null || v === '') return undefined;
  if (kind === 'text' || typeof v === 'string' && kind !== 'date' && kind !== 'month' && kind !== 'datetime') return textCell(v);
  switch (kind) {
    case 'int':
      return { t: 'n', v: v as number };
    case 'money':
      return { t: 'n', v: (v as number) / 100, z: f.money };
    case 'pct':
      return { t: 'n', v: v as number, z: f.pct };
    default: {
      // Dates: a real date when the text is one, the text itself otherwise (an unparsed date kept as written).
      const serial = typeof v === 'string' ? excelSerial(v) : null;
      return serial === null ? textCell(v) : { t: 'n', v: serial, z: f[kind as 'date' | 'month' | 'datetime'] };
    }
  }
}

/**
 * The cells already made for one column's values, for a column marked `repeats`. SheetJS only reads a cell object
 * while it writes, so the rows that hold the same value can share one. A column that turns out not to repeat (every
 * location distinct in some register) stops being remembered at MAX_REMEMBERED values and gets one cell a row.
 */
type ColumnCells = Map<string | number, XLSX.CellObject | undefined> | null;
const MAX_REMEMBERED = 10_000;

/** One row's cells, typed by each column's kind; a `repeats` column's cells taken from, or added to, `remembered`. */
function rowCells(row: readonly CellValue[], kinds: readonly CellKind[], remembered: ColumnCells[], f: Formats): Array<XLSX.CellObject | undefined> {
  const out = new Array<XLSX.CellObject | undefined>(kinds.length);
  for (let c = 0; c < kinds.length; c++) {
    const v = row[c] ?? null;
    if (v === null || v === '') continue;
    if (typeof v === 'object') {
      out[c] = makeCell(v.kind, v.value, f); // a TypedValue: its own kind, whatever the column's
      continue;
    }
    const seen = remembered[c];
    let cell = seen?.get(v);
    if (cell === undefined) {
      cell = makeCell(kinds[c], v, f);
      if (seen && seen.size < MAX_REMEMBERED) seen.set(v, cell);
      else if (seen) remembered[c] = null;
    }
    out[c] = cell;
  }
  return out;
}

/** Write one table at row `top`; returns its last data row (the footer left out) and the next free row. */
function writeBlock(data: Array<Array<XLSX.CellObject | undefined>>, top: number, block: TableBlock, f: Formats): { lastData: number; next: number } {
  const kinds = block.columns.map((c) => c.kind);
  const remembered: ColumnCells[] = block.columns.map((c) => (c.repeats ? new Map() : null));
  data[top] = block.columns.map((c) => textCell(c.header));
  let r = top + 1;
  for (const row of block.rows) data[r++] = rowCells(row, kinds, remembered, f);
  const lastData = r - 1;
  for (const row of block.footer ?? []) data[r++] = rowCells(row, kinds, remembered, f);
  return { lastData, next: r };
}

export function buildSheet(spec: SheetSpec, lang: ExportLang): XLSX.WorkSheet {
  const f = NUMBER_FORMATS[lang];
  const data: Array<Array<XLSX.CellObject | undefined>> = [];
  let next = 0;
  let width = 1;
  const widths: number[] = [];
  let filterRef: string | null = null;
  spec.blocks.forEach((block, i) => {
    const top = next;
    const written = writeBlock(data, top, block, f);
    next = written.next;
    width = Math.max(width, block.columns.length);
    block.columns.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.width)));
    if (i === 0) {
      // Excel keeps one autofilter per sheet: the first table's, header to last data row (totals left out).
      const last = written.lastData;
      filterRef = XLSX.utils.encode_range({ s: { r: top, c: 0 }, e: { r: last, c: block.columns.length - 1 } });
    }
    data[next++] = []; // one blank row between tables (SheetJS wants an array for every row of a dense sheet)
  });
  const ws = { '!data': data } as unknown as XLSX.WorkSheet;
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, next - 2), c: width - 1 } });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  if (filterRef) ws['!autofilter'] = { ref: filterRef };
  return ws;
}

export function buildWorkbook(sheets: readonly SheetSpec[], lang: ExportLang, title: string): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) XLSX.utils.book_append_sheet(wb, buildSheet(spec, lang), spec.name);
  wb.Props = { Title: title, Application: 'Camera Replacement Planner' } as XLSX.FullProperties;
  return wb;
}

export function workbookBytes(book: XLSX.WorkBook): Buffer {
  return XLSX.write(book, WRITE_OPTIONS) as Buffer;
}

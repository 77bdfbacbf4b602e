// CSV text of one table, neutralised against formula injection.
//
// OWASP (CSV Injection): a cell beginning with `=`, `+`, `-`, `@`, tab or
// carriage return may be run as a formula by a spreadsheet; prefix it with a
// single quote, and quote every field with embedded quotes doubled. Applied to
// every text cell (text comes from imported files or user input); numbers,
// dates and amounts we format ourselves are plain numerals and left as they
// are, so a negative amount stays a number.
import { isTyped, type CellKind, type CellValue, type TableBlock } from './table';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text itself, prefixed with `'` when a spreadsheet could read it as a formula. */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`;
}

function plain(kind: CellKind, value: string | number | null): string {
  if (value === null) return '';
  switch (kind) {
    case 'money':
      return typeof value === 'number' ? (value / 100).toFixed(2) : neutraliseCsvText(String(value));
    case 'int':
      return typeof value === 'number' ? String(value) : neutraliseCsvText(String(value));
    case 'pct':
      return typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : neutraliseCsvText(String(value));
    case 'date':
    case 'month':
    case 'datetime':
      // ISO text as stored; a value that is not a date is treated as text.
      return typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+Z?)?$/.test(value) ? value : neutraliseCsvText(String(value));
    default:
      return neutraliseCsvText(String(value));
  }
}

function field(kind: CellKind, v: CellValue): string {
  return isTyped(v) ? plain(v.kind, v.value) : plain(kind, v);
}

/** RFC 4180 CSV with CRLF line ends, every field quoted; a UTF-8 BOM so Excel reads accents right. */
export function tableToCsv(table: TableBlock): string {
  const kinds = table.columns.map((c) => c.kind);
  const lines: string[] = [table.columns.map((c) => quote(neutraliseCsvText(c.header))).join(',')];
  for (const row of [...table.rows, ...(table.footer ?? [])]) {
    const out: string[] = new Array<string>(kinds.length);
    for (let c = 0; c < kinds.length; c++) out[c] = quote(field(kinds[c], row[c] ?? null));
    lines.push(out.join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

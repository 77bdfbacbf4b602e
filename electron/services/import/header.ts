// Finding the header row of a sheet, even under title rows, and turning it
// into clean, unique column names (merged cells filled, blanks named by letter).
import { isCredentialHeader, suggestField } from './fields';
import type { Cell, ParsedSheet } from './types';
import { detectVendor } from './vendors';

export const HEADER_SCAN_ROWS = 30;
/** Least score for a row to count as a device table's header (about two recognised fields). */
const MIN_HEADER_SCORE = 1.5;

export interface SheetTable {
  name: string;
  /** 0-based index into sheet.rows; Excel row = index + 1. */
  headerIndex: number;
  headers: string[];
}

function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  return typeof c === 'string' ? c.trim() : String(c);
}

/** Header row values with horizontally merged cells filled from their top-left cell. */
function rowWithMerges(sheet: ParsedSheet, r: number): Cell[] {
  const row = [...(sheet.rows[r] ?? [])];
  for (const m of sheet.merges) {
    if (r < m.r0 || r > m.r1 || m.c1 <= m.c0) continue;
    const value = sheet.rows[m.r0]?.[m.c0] ?? null;
    for (let c = m.c0; c <= Math.min(m.c1, m.c0 + 200); c++) if (cellText(row[c]) === '') row[c] = value;
  }
  return row;
}

export function scoreHeaderRow(row: readonly Cell[]): number {
  const seen = new Map<string, number>();
  let score = 0;
  for (const cell of row) {
    if (typeof cell === 'number') score -= 0.5; // data rows hold numbers, header rows rarely do
    const text = cellText(cell);
    if (!text || text.length > 80) continue;
    if (isCredentialHeader(text)) score += 0.25;
    const hit = suggestField(text);
    if (hit && hit.confidence > (seen.get(hit.field) ?? 0)) seen.set(hit.field, hit.confidence);
  }
  for (const c of seen.values()) score += c;
  if (detectVendor(row.map(cellText))) score += 3;
  // A one-column list of identifiers ("MAC" over a column of MACs) is a device table too.
  const filled = row.filter((c) => cellText(c) !== '');
  if (filled.length === 1 && seen.size === 1) {
    const [field, confidence] = [...seen.entries()][0];
    if (confidence >= 0.9 && (field === 'serial' || field === 'mac' || field === 'assetTag')) score = Math.max(score, MIN_HEADER_SCORE);
  }
  return score;
}

/** The sheet's header row, or null when none of its first rows looks like a device table's. */
export function findHeaderRow(sheet: ParsedSheet): number | null {
  let best = -1;
  let bestScore = MIN_HEADER_SCORE - 1e-9;
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = scoreHeaderRow(rowWithMerges(sheet, r));
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  return best === -1 ? null : best;
}

export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Clean, unique header names: a blank one becomes "Column C", a repeat gets " (2)". */
export function buildHeaders(sheet: ParsedSheet, headerIndex: number): string[] {
  const raw = rowWithMerges(sheet, headerIndex);
  let width = raw.length;
  for (let r = headerIndex + 1; r < Math.min(sheet.rows.length, headerIndex + 200); r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const used = new Map<string, number>();
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    let h = cellText(raw[c]).replace(/\s+/g, ' ') || `Column ${columnLetter(c)}`;
    const lower = h.toLowerCase();
    const n = (used.get(lower) ?? 0) + 1;
    used.set(lower, n);
    if (n > 1) h = `${h} (${n})`;
    headers.push(h);
  }
  return headers;
}

export function detectTable(sheet: ParsedSheet): SheetTable | null {
  const headerIndex = findHeaderRow(sheet);
  if (headerIndex === null) return null;
  return { name: sheet.name, headerIndex, headers: buildHeaders(sheet, headerIndex) };
}

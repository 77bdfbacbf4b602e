// Mapped rows -> candidate devices: every value normalised, every problem
// recorded with sheet, Excel row and column header. Nothing the user had is
// lost: unmapped columns and values that failed to normalise go to `extra`.
import { decideDateOrder, type DateOrder, normaliseDate } from '../../domain/normalise/date';
import { deviceTypeFromModel, deviceTypeFromWords, type DeviceKind } from '../../domain/normalise/device-type';
import { normaliseIp } from '../../domain/normalise/ip';
import { lifecycleFromWords, type LifecycleState } from '../../domain/normalise/lifecycle';
import { normaliseMac } from '../../domain/normalise/mac';
import { parseCents } from '../../domain/normalise/number';
import { cleanText, foldKey } from '../../domain/normalise/text';
import type { ImportField } from './fields';
import type { ImportProblemCode } from './problem-codes';
import type { SheetTable } from './header';
import type { ColumnMapping } from './mapping';
import type { Cell, ParsedSheet } from './types';
import type { VendorSignature } from './vendors';

export interface Problem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
  /** See problem-codes.ts: the UI's catalogue says the message in the user's language. */
  code?: ImportProblemCode;
  params?: Record<string, string | number>;
}

export interface Candidate {
  sheet: string;
  /** The row number as Excel shows it. */
  row: number;
  assetTag: string | null;
  site: string | null;
  building: string | null;
  location: string | null;
  type: DeviceKind;
  /** False when the type is only the fallback 'other' (so a re-import does not overwrite a known type). */
  typeGiven: boolean;
  subtype: string | null;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  macRaw: string | null;
  ip: string | null;
  firmware: string | null;
  installDate: string | null;
  lifecycle: LifecycleState | null;
  notes: string | null;
  costCents: number | null;
  extra: Record<string, string>;
  sourceTool: string | null;
}

export interface MappedSheet {
  sheet: ParsedSheet;
  table: SheetTable;
  columns: ColumnMapping[];
  vendor: VendorSignature | null;
}

export interface BuildResult {
  candidates: Candidate[];
  errors: Problem[];
  warnings: Problem[];
  /** Data rows seen and rows skipped (errors), per sheet. */
  stats: Map<string, { rows: number; skipped: number }>;
  dateOrder: DateOrder | null;
}

export const NULL_WORDS = new Set(['', 'n a', 'na', 'none', 'null', 'unknown', 'inconnu', 'aucun', 'aucune', 'tbd', 'n d', 'nd']);

/** More ASCII letters and digits than the longest null word has: folding keeps each of them, so no null word can result. */
const MAX_NULL_WORD_ALNUM = 7;

/** True when a cell has at least MAX_NULL_WORD_ALNUM + 1 ASCII letters or digits (most serials, MACs and models). */
function tooLongForNullWord(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20; // ASCII upper-case letters to lower case
    if (((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) && ++n > MAX_NULL_WORD_ALNUM) return true;
  }
  return false;
}

/** A cell that means "nothing here": a null word (any case, accents or punctuation), dashes, or a vendor's own token. */
export function isNullText(text: string, vendor: VendorSignature | null): boolean {
  if (vendor?.nullTokens?.includes(text.toLowerCase())) return true;
  if (/^[-–—?./\s]*$/.test(text)) return true;
  // Folding every cell of a 100,000-row file cost ~0.5 s (bench profile); most cells are ruled out by length alone.
  if (tooLongForNullWord(text)) return false;
  return NULL_WORDS.has(foldKey(text));
}

function asText(c: Cell | undefined): string | null {
  if (c === null || c === undefined) return null;
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : String(c);
  return cleanText(c);
}

const TEXT_FIELDS = ['assetTag', 'site', 'building', 'location', 'manufacturer', 'model', 'serial', 'firmware', 'notes'] as const;

export function buildCandidates(
  mapped: readonly MappedSheet[],
  opts: { dateOrder?: DateOrder | null; decimalComma?: boolean; sourceTool?: string | null } = {},
): BuildResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const candidates: Candidate[] = [];
  const stats = new Map<string, { rows: number; skipped: number }>();

  // Day/month order is decided once for the whole file, from every date column.
  let dateOrder: DateOrder | null = opts.dateOrder ?? null;
  if (!dateOrder) {
    const values: string[] = [];
    for (const m of mapped) {
      const col = m.columns.find((c) => c.field === 'installDate');
      if (!col) continue;
      for (let r = m.table.headerIndex + 1; r < m.sheet.rows.length; r++) {
        const v = m.sheet.rows[r]?.[col.index];
        if (typeof v === 'string') values.push(v);
      }
    }
    const decided = decideDateOrder(values);
    if (decided === 'conflict') {
      warnings.push({ sheet: null, row: null, column: null, code: 'dates-mixed-order', message: 'Dates in this file are written both day/month and month/day; dates that could be either are left blank and kept as text.' });
    } else dateOrder = decided;
  }

  for (const m of mapped) {
    const stat = { rows: 0, skipped: 0 };
    stats.set(m.sheet.name, stat);
    const fieldCol = new Map<ImportField, ColumnMapping>();
    for (const c of m.columns) if (c.field) fieldCol.set(c.field, c);
    const extraCols = m.columns.filter((c) => !c.field && !c.dropped);
    const headerRow = m.sheet.rows[m.table.headerIndex] ?? [];
    const sheetKind = deviceTypeFromWords(m.sheet.name);
    const sourceTool = m.vendor?.tool ?? opts.sourceTool ?? null;

    for (let r = m.table.headerIndex + 1; r < m.sheet.rows.length; r++) {
      const row = m.sheet.rows[r] ?? [];
      if (row.every((c) => asText(c) === null)) continue; // blank line
      if (row.length === headerRow.length && row.every((c, i) => asText(c) === asText(headerRow[i]))) continue; // repeated header
      stat.rows++;
      const excelRow = r + 1;
      const problem = (column: ColumnMapping | null, message: string, code: ImportProblemCode, params?: Problem['params']): Problem => ({
        sheet: m.sheet.name, row: excelRow, column: column?.header ?? null, message, code, ...(params ? { params } : {}),
      });
      const extra: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const c of extraCols) {
        const t = asText(row[c.index]);
        if (t !== null && !isNullText(t, m.vendor)) extra[c.header] = t;
      }
      const get = (field: ImportField): { col: ColumnMapping; cell: Cell; text: string } | null => {
        const col = fieldCol.get(field);
        if (!col) return null;
        const cell = row[col.index] ?? null;
        const text = asText(cell);
        if (text === null || isNullText(text, m.vendor)) return null;
        return { col, cell, text };
      };

      const cand: Candidate = {
        sheet: m.sheet.name, row: excelRow, assetTag: null, site: null, building: null, location: null, type: 'other', typeGiven: false,
        subtype: null, manufacturer: null, model: null, serial: null, mac: null, macRaw: null, ip: null, firmware: null,
        installDate: null, lifecycle: null, notes: null, costCents: null, extra, sourceTool,
      };
      for (const f of TEXT_FIELDS) cand[f] = get(f)?.text ?? null;

      const mac = get('mac');
      if (mac) {
        cand.macRaw = mac.text;
        const res = normaliseMac(mac.text);
        if (res.ok) cand.mac = res.mac;
        else warnings.push(problem(mac.col, `${res.reason}; kept as text, not used to identify the device.`, `mac-${res.code}`, { value: mac.text }));
      }
      const ip = get('ip');
      if (ip) {
        const res = normaliseIp(ip.text);
        if (res.ok) cand.ip = res.ip;
        else {
          extra[ip.col.header] = ip.text;
          warnings.push(problem(ip.col, `${res.reason}; kept as text.`, `ip-${res.code}`, { value: ip.text }));
        }
      }
      const date = get('installDate');
      if (date) {
        const res = normaliseDate(typeof date.cell === 'number' ? date.cell : date.text, dateOrder);
        if (res.ok) cand.installDate = res.date;
        else {
          extra[date.col.header] = date.text;
          warnings.push(problem(date.col, `${res.reason}; kept as text.`, `date-${res.code}`, { value: typeof date.cell === 'number' ? date.cell : date.text }));
        }
      }
      const cost = get('cost');
      if (cost) {
        const res = parseCents(typeof cost.cell === 'number' ? cost.cell : cost.text, opts.decimalComma ?? false);
        if (res.ok) cand.costCents = res.cents;
        else {
          extra[cost.col.header] = cost.text;
          warnings.push(problem(cost.col, `${res.reason}; kept as text.`, `cost-${res.code}`, { value: typeof cost.cell === 'number' ? cost.cell : cost.text }));
        }
      }
      const life = get('lifecycle');
      if (life) {
        cand.lifecycle = lifecycleFromWords(life.text);
        if (!cand.lifecycle) extra[life.col.header] = life.text;
      }
      const type = get('type');
      const fromWords = type ? deviceTypeFromWords(type.text) : null;
      if (type && !fromWords) cand.subtype = type.text;
      const inferred = fromWords ?? (cand.model ? deviceTypeFromModel(cand.model) : null) ?? m.vendor?.defaultType ?? sheetKind;
      cand.type = inferred ?? 'other';
      cand.typeGiven = inferred != null;
      if (type && fromWords && fromWords !== 'other') cand.subtype = type.text;

      if (!cand.assetTag && !cand.serial && !cand.mac && !(cand.model && cand.location)) {
        errors.push(problem(null, 'This row has no asset tag, serial number, valid MAC address, or model plus location, so the device cannot be identified.', 'no-identity'));
        stat.skipped++;
        continue;
      }
      candidates.push(cand);
    }
  }
  return { candidates, errors, warnings, stats, dateOrder };
}

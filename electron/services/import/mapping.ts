// Suggested column mappings: a vendor signature first, then a mapping the user
// saved for this exact set of headers, then EN/FR synonyms with a confidence.
import { createHash } from 'node:crypto';
import { headerKey, isCredentialHeader, suggestField, type ImportField } from './fields';
import { derivedColumnKeys } from './own-export';
import type { VendorSignature } from './vendors';

export type MappingSource = 'vendor' | 'saved' | 'synonym' | 'user' | 'none';

export interface ColumnMapping {
  index: number;
  header: string;
  /** null: kept as an extra attribute (or dropped, for credentials). */
  field: ImportField | null;
  confidence: number;
  source: MappingSource;
  /** Credential column, or a column the planner derives itself (its own export's tag): never stored. */
  dropped: boolean;
  droppedReason?: 'credential' | 'derived';
}

/** A saved mapping: folded header key -> field (null = keep as extra). */
export type SavedMapping = Record<string, ImportField | null>;

/** The identity of a source layout: its set of headers, order and case ignored. */
export function headerSignature(headers: readonly string[]): string {
  const keys = [...new Set(headers.map(headerKey).filter((k) => k !== ''))].sort();
  return createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 32);
}

export function suggestMapping(headers: readonly string[], vendor: VendorSignature | null, saved: SavedMapping | null): ColumnMapping[] {
  const derived = derivedColumnKeys(headers);
  const columns: ColumnMapping[] = headers.map((header, index) => {
    const key = headerKey(header);
    if (isCredentialHeader(header)) return { index, header, field: null, confidence: 1, source: 'vendor', dropped: true, droppedReason: 'credential' };
    if (derived.has(key)) return { index, header, field: null, confidence: 1, source: 'none', dropped: true, droppedReason: 'derived' };
    if (vendor) {
      const field = vendor.map[key] ?? null;
      return { index, header, field, confidence: 1, source: field ? 'vendor' : 'none', dropped: false };
    }
    if (saved && key in saved) return { index, header, field: saved[key], confidence: 1, source: 'saved', dropped: false };
    const hit = suggestField(header);
    return hit
      ? { index, header, field: hit.field, confidence: hit.confidence, source: 'synonym', dropped: false }
      : { index, header, field: null, confidence: 0, source: 'none', dropped: false };
  });
  return resolveConflicts(columns);
}

/** One column per field: the most confident keeps it, ties go to the leftmost; the others become extras. */
export function resolveConflicts(columns: ColumnMapping[]): ColumnMapping[] {
  const winner = new Map<ImportField, ColumnMapping>();
  for (const col of columns) {
    if (!col.field) continue;
    const prior = winner.get(col.field);
    if (!prior || col.confidence > prior.confidence) winner.set(col.field, col);
  }
  return columns.map((col) =>
    col.field && winner.get(col.field) !== col ? { ...col, field: null, confidence: 0, source: 'none' } : col,
  );
}

/** Apply the user's confirmed choices (header -> field or null); credentials stay dropped whatever is asked. */
export function applyOverrides(columns: ColumnMapping[], overrides: Record<string, ImportField | null> | undefined): ColumnMapping[] {
  if (!overrides) return columns;
  const byHeader = new Map(Object.entries(overrides));
  const next = columns.map((col) => {
    if (col.dropped || !byHeader.has(col.header)) return col;
    const field = byHeader.get(col.header) ?? null;
    return { ...col, field, confidence: 1, source: 'user' as const };
  });
  // A user's explicit choice beats a suggestion for the same field.
  const userFields = new Set(next.filter((c) => c.source === 'user' && c.field).map((c) => c.field));
  return next.map((c) => (c.source !== 'user' && c.field && userFields.has(c.field) ? { ...c, field: null, confidence: 0, source: 'none' } : c));
}

export function toSavedMapping(columns: readonly ColumnMapping[]): SavedMapping {
  const out: SavedMapping = Object.create(null) as SavedMapping;
  for (const c of columns) if (!c.dropped) out[headerKey(c.header)] = c.field;
  return out;
}

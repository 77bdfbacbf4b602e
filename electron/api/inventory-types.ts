// Data shapes of the inventory UI's API (device drawer, edits, bulk actions,
// undo history, plan files). Types only.
import type { AuditEntry, DeviceRow, DeviceType, Lifecycle } from './types';

export interface DeviceProvenance {
  importId: number | null;
  file: string | null;
  sheet: string | null;
  /** The row number as the spreadsheet shows it. */
  row: number | null;
  /** When the import that brought the device in started (ISO), or null for the sample or manual rows. */
  importedAt: string | null;
  format: string | null;
  sourceTool: string | null;
}

export interface DeviceOverrideEntry {
  id: number;
  status: 'restricted' | 'clear';
  previousStatus: string | null;
  reason: string;
  user: string;
  at: string;
  revokedAt: string | null;
}

export interface DeviceDetail {
  device: DeviceRow;
  subtype: string | null;
  notes: string | null;
  macRaw: string | null;
  costCents: number | null;
  /** Columns of the source sheet that map to no field, kept as they were. */
  extra: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  provenance: DeviceProvenance;
  overrides: DeviceOverrideEntry[];
  audit: AuditEntry[];
}

/** Fields a user may edit in place. Changing maker, model, serial or MAC re-tags the device. */
export interface DeviceEdit {
  assetTag?: string | null;
  siteId?: number | null;
  building?: string | null;
  location?: string | null;
  type?: DeviceType;
  notes?: string | null;
  lifecycle?: Lifecycle | null;
  excluded?: boolean;
  manufacturer?: string | null;
  model?: string | null;
  serial?: string | null;
  mac?: string | null;
}

/** One bulk action on a selection of devices. */
export interface BulkEdit {
  ids: number[];
  siteId?: number;
  excluded?: boolean;
  /** Criticality (1 = most critical … 4) of the sites the selected devices belong to. */
  criticality?: number;
  /** Set the status of every selected device by hand, with a reason (kept in the audit log). */
  override?: { status: 'restricted' | 'clear'; reason: string };
}

export interface BulkResult {
  devices: number;
  sites: number;
  historyId: number | null;
}

export type HistoryKind = 'edit' | 'bulk' | 'override' | 'import';

export interface HistoryEntry {
  id: number;
  at: string;
  user: string;
  kind: HistoryKind;
  /** An English description (CLI, logs); the UI builds its own from kind and count. */
  label: string;
  count: number;
  undone: boolean;
}

export interface HistoryState {
  entries: HistoryEntry[];
  undo: HistoryEntry | null;
  redo: HistoryEntry | null;
}

// Data shapes that cross the API boundary. Types only: the renderer imports
// this file with `import type`, so nothing here may exist at runtime.

export type DeviceStatus = 'restricted' | 'review' | 'clear';
export type DeviceType = 'camera' | 'recorder' | 'encoder' | 'access_control' | 'intercom' | 'other';
export type Lifecycle = 'in_service' | 'spare' | 'retired';

/** One reason a device was tagged: which field matched what, under which rule. */
export interface Evidence {
  field: string;
  value: string;
  rule: string;
  /** The company the rule points at (`hikvision`, `dahua`, …), or null for a clear maker. */
  company: string | null;
  policy: string | null;
  policyVersion: string | null;
  citation: Citation | null;
  strength: 'strong' | 'medium' | 'weak' | 'conflict';
  /** Human-readable sentence, already in English; the UI may show it as is. */
  note?: string;
  /** What the item is (tagging/evidence.ts): maker, brand, relabel, clear-maker, lookalike, conflict, policy, override, note, none. */
  kind?: EvidenceKind;
  /**
   * The note as a catalogue key (tagging/note-keys.ts; parts joined by '+') and its values,
   * so the UI can say it in the user's language. Absent on evidence stored before keys existed.
   */
  noteKey?: string;
  noteParams?: Record<string, string | number>;
}

export type EvidenceKind = 'maker' | 'brand' | 'relabel' | 'clear-maker' | 'lookalike' | 'conflict' | 'policy' | 'override' | 'note' | 'none';

export interface Citation {
  title: string;
  issuer: string;
  date: string;
  url: string;
}

export interface Summary {
  devices: number;
  restricted: number;
  review: number;
  clear: number;
  sites: number;
  policies: string[];
}

export interface PlanInfo {
  path: string;
  name: string;
  /** The plan's French name, when it has one (the sample does). */
  nameFr?: string | null;
  isSample: boolean;
}

export interface DeviceRow {
  id: number;
  assetTag: string | null;
  site: string | null;
  siteId: number | null;
  building: string | null;
  location: string | null;
  type: DeviceType;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  ip: string | null;
  firmware: string | null;
  installDate: string | null;
  lifecycle: Lifecycle | null;
  status: DeviceStatus;
  company: string | null;
  evidence: Evidence[];
  overridden: boolean;
  excluded: boolean;
}

export interface DeviceQuery {
  status?: DeviceStatus;
  siteId?: number;
  company?: string;
  type?: DeviceType;
  importId?: number;
  search?: string;
  sort?: 'id' | 'site' | 'manufacturer' | 'model' | 'status' | 'type' | 'mac' | 'installDate';
  desc?: boolean;
  offset?: number;
  limit?: number;
}

export interface DevicePage {
  total: number;
  rows: DeviceRow[];
}

export interface SiteRow {
  id: number;
  name: string;
  nameFr: string | null;
  region: string | null;
  address: string | null;
  criticality: number;
  status: 'active' | 'not_reported';
  devices: number;
  restricted: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  entityId: number | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

/**
 * `message` is the English sentence (CLI, logs). `key` (default: `code`) and `params` let the UI
 * say it in the user's language through its catalogue (`apiError.<key>`); both are optional.
 */
export type ApiError = { code: string; message: string; key?: string; params?: Record<string, string | number> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

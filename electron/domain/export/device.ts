// A device as the reports see it: every stored field, the unmapped original
// columns (extra) and the tag. Filled by the export service from the database.
import type { DeviceStatus, DeviceType, Lifecycle } from '../../api/types';

export interface ExportDevice {
  id: number;
  site: string | null;
  assetTag: string | null;
  building: string | null;
  location: string | null;
  type: DeviceType;
  subtype: string | null;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  /** Canonical MAC, or null when the register's text was not a valid MAC. */
  mac: string | null;
  /** The MAC as the register wrote it (kept when it did not normalise). */
  macRaw: string | null;
  ip: string | null;
  firmware: string | null;
  installDate: string | null;
  lifecycle: Lifecycle | null;
  notes: string | null;
  costCents: number | null;
  /** Original columns the import did not map, by their original header. */
  extra: Record<string, string>;
  status: DeviceStatus;
  company: string | null;
  /**
   * Why it was tagged, as the Restricted and Review sheets print it. Empty texts for a clear device: no report
   * prints a clear device's evidence, so it is neither loaded nor parsed.
   */
  evidence: EvidenceColumns;
  overridden: boolean;
}

/** A device's evidence written out: one line per item, the policies that flagged it, the citations of those policies. */
export interface EvidenceColumns {
  text: string;
  policies: string;
  citations: string;
}

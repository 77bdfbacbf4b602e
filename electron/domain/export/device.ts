// A device as the reports see it: every stored field, the unmapped original
// columns (extra) and the tag. Filled by the export service from the database.
import type { DeviceStatus, DeviceType, Evidence, Lifecycle } from '../../api/types';

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
   * Why it was tagged, parsed from storage on each call (call it once per device): empty for a clear device, since
   * no report prints a clear device's evidence and it is not loaded.
   */
  evidence(): readonly Evidence[];
  overridden: boolean;
}

// Data shapes of the reports (export) domain that cross the API boundary. Types only.

export interface ExportRequest {
  /** Where to write (Electron: the path chosen in the save dialog). Absent: the bytes come back in the result. */
  path?: string;
  /** Aggregates only: no site, address, serial, MAC, IP or location. */
  redacted: boolean;
  /** CSV instead of xlsx: the inventory, or with `redacted` the redacted summary table. */
  csv: boolean;
  /** Language of sheet and column names. */
  lang: 'en' | 'fr';
}

export interface ExportResult {
  /** The file written, or null when the bytes are returned instead. */
  path: string | null;
  /** Suggested file name (for a browser download). */
  fileName: string;
  mime: string;
  /** Size in bytes. */
  size: number;
  sheets: string[];
  /** The file's bytes, base64, when no path was given (browser mode downloads them). */
  base64: string | null;
}

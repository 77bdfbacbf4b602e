// Data shapes of the import API (preview -> confirm mapping -> import, history, undo).
// Types only: the renderer imports this file with `import type`.

export type ImportFieldName =
  | 'assetTag' | 'site' | 'building' | 'location' | 'type' | 'manufacturer' | 'model' | 'serial'
  | 'mac' | 'ip' | 'firmware' | 'installDate' | 'lifecycle' | 'notes' | 'cost';

/** Where the file comes from: a path (Electron, CLI) or its bytes (browser mode). */
export interface ImportSource {
  path?: string;
  fileName?: string;
  dataBase64?: string;
}

export interface ImportOptions {
  /** Only this sheet (by name). */
  sheet?: string;
  /** Confirmed mapping per sheet: header -> field, or null to keep the column as an extra attribute. */
  mappings?: Record<string, Record<string, ImportFieldName | null>>;
  /** What to do with a row that matches an existing device (asset tag, serial, MAC, in that order). Default update. */
  onDuplicate?: 'update' | 'skip';
  /** Day/month order for ambiguous dates when the file does not settle it. */
  dateOrder?: 'DMY' | 'MDY';
}

export interface ImportRunArgs extends ImportSource, ImportOptions {
  /** Import the valid rows and skip rows with errors (no identity). Without it, any error refuses the import. */
  acceptSkips?: boolean;
  /** Parse, check and count, but write nothing. */
  dryRun?: boolean;
}

export interface ImportProblem {
  sheet: string | null;
  /** The row number as Excel shows it; null for a problem about the whole file or sheet. */
  row: number | null;
  column: string | null;
  /** The English sentence (CLI, logs). */
  message: string;
  /** Stable code (services/import/problem-codes.ts) and values, for the UI's catalogue (`problem.<code>`). */
  code?: string;
  params?: Record<string, string | number>;
}

export interface ImportColumn {
  header: string;
  field: ImportFieldName | null;
  confidence: number;
  source: 'vendor' | 'saved' | 'synonym' | 'user' | 'none';
  /** A credential column, or one the planner derives itself (its own export's tag): dropped, never stored. */
  dropped: boolean;
  droppedReason?: 'credential' | 'derived';
  /** Up to five non-blank values, for the mapping table. */
  samples: string[];
}

export interface ImportSheet {
  name: string;
  /** Data rows found. */
  rows: number;
  /** Rows skipped because of errors. */
  skipped: number;
  /** Excel row number of the header; null when the sheet has no device table. */
  headerRow: number | null;
  /** Set when the whole sheet is left out, saying why. */
  ignoredReason?: string;
  /** The reason as a code (services/import/problem-codes.ts SHEET_SKIP_CODES), for the UI's catalogue (`sheetReason.<code>`). */
  ignoredCode?: string;
  sourceTool: string | null;
  columns: ImportColumn[];
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  sheets: ImportSheet[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
  format: string;
  encoding: string | null;
  delimiter: string | null;
  dateOrder: 'DMY' | 'MDY' | null;
  /** The import's id in the history (null for a dry run or preview). */
  importId: number | null;
}

export interface ImportHistoryEntry {
  id: number;
  fileName: string;
  format: string | null;
  startedAt: string;
  user: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  undoneAt: string | null;
}

export interface UndoResult {
  importId: number;
  removed: number;
  restored: number;
}

// Plain data that crosses from the parser process to the importer. No classes,
// no functions: it travels through a process boundary.

/** A cell as read: raw text from text files; the cached value from workbooks (dates as ISO text). */
export type Cell = string | number | boolean | null;

export type SourceFormat = 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods' | 'csv' | 'html' | 'xml-spreadsheet' | 'nmap-xml';

export interface MergedRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedSheet {
  name: string;
  /** rows[i] is the sheet's row i + 1 as Excel numbers it; missing rows are empty arrays. */
  rows: Cell[][];
  merges: MergedRange[];
  /** Set when a row had more columns than we keep (hostile or broken files). */
  truncatedColumns?: boolean;
}

export interface ParsedFile {
  format: SourceFormat;
  /** Text encoding detected for text formats; null for workbooks. */
  encoding: string | null;
  /** Field delimiter for delimited text; null otherwise. */
  delimiter: string | null;
  sheets: ParsedSheet[];
  /** Set when the container itself identifies the tool (nmap XML). */
  sourceTool?: string;
}

/** What the parser process answers: the parsed file, or a refusal sentence. */
export type ParseOutcome =
  | { ok: true; file: ParsedFile }
  | { ok: false; code: string; message: string; params?: Record<string, string | number>; key?: string };

/** Most columns kept per row: a hostile "row of a million columns" must not blow memory. */
export const MAX_COLUMNS = 1000;

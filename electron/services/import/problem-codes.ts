// Import problems and sheet skip reasons as catalogue codes. Each problem keeps
// its English `message` (CLI, logs) and also carries `code` and `params`, so the
// UI says it in the user's language: renderer/src/i18n/backend.*.ts holds
// `problem.<code>` and `sheetReason.<code>` for every code below.

/** Every code an import problem (error or warning) can carry. */
export const IMPORT_PROBLEM_CODES = [
  'dates-mixed-order',
  'mac-not-mac',
  'mac-placeholder',
  'ip-not-ip',
  'date-not-date',
  'date-not-date-number',
  'date-ambiguous',
  'date-not-valid',
  'cost-not-amount',
  'no-identity',
  'repeat-in-file',
  'sheet-left-out-empty',
  'sheet-left-out-no-table',
  'columns-truncated',
  'no-device-table',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** Why a whole sheet is left out. */
export const SHEET_SKIP_CODES = ['empty', 'no-table', 'derived'] as const;
export type SheetSkipCode = (typeof SHEET_SKIP_CODES)[number];

/**
 * The import refusals (UserError keys, `apiError.<key>` in the catalogue): the
 * code, or `<code>.<variant>` where one code has several sentences.
 */
export const IMPORT_REFUSAL_KEYS = [
  'NOT_FOUND.importFile',
  'NOT_A_FILE',
  'NO_FILE.import',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'NO_SUCH_SHEET',
  'NO_DEVICE_TABLE',
  'NO_ROWS',
  'ROW_ERRORS',
  'PROTECTED',
  'ZIP_TOO_LARGE',
  'DAMAGED.zip',
  'DAMAGED.office',
  'DAMAGED.workbook',
  'NOT_A_SPREADSHEET.odf',
  'NOT_A_SPREADSHEET.wordOrPowerPoint',
  'NOT_A_SPREADSHEET.zip',
  'NOT_A_SPREADSHEET.office',
  'NOT_A_SPREADSHEET.pdf',
  'NOT_A_SPREADSHEET.binary',
  'NOT_A_SPREADSHEET.rtf',
  'NOT_A_SPREADSHEET.xml',
  'UNREADABLE',
  'PARSER_FAILED.start',
  'PARSER_FAILED.failed',
  'PARSE_TIMEOUT',
  'PARSER_CRASHED',
  'PARSER_CRASHED.signal',
  'PARSER_CRASHED.exit',
  'NOT_FOUND.import',
  'ALREADY_UNDONE',
  'UNDO_BLOCKED',
] as const;

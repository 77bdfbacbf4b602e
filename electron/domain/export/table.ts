// The shape every report sheet is built as: plain rows of primitive values
// with one kind per column, so the workbook writer can turn a 100k-row table
// into cells without sniffing each value. Pure data, no SheetJS here.

/**
 * How a value is written:
 * text     — always a text cell (never a formula, whatever it starts with);
 * int      — a whole number;
 * money    — integer cents, written as CAD dollars with a currency format;
 * date     — 'YYYY-MM-DD', written as a real date;
 * month    — 'YYYY-MM', written as a real date (the 1st) shown as yyyy-mm;
 * datetime — ISO 'YYYY-MM-DDTHH:MM[:SS][Z]', written as a real date and time;
 * pct      — a fraction (0.25 = 25 %), written with a percent format.
 */
export type CellKind = 'text' | 'int' | 'money' | 'date' | 'month' | 'datetime' | 'pct';

/** A value whose kind differs from its column's (the Summary's Value column mixes counts, money and dates). */
export interface TypedValue {
  kind: CellKind;
  value: string | number | null;
}

export type CellValue = string | number | null | TypedValue;

export interface ColumnSpec {
  header: string;
  kind: CellKind;
  /** Width in characters. */
  width: number;
  /**
   * The column holds a few values many times over (sites, makers, statuses), so the workbook writer makes one cell
   * per distinct value and shares it between rows: at 100k devices that is ~800k fewer objects to build and trace.
   */
  repeats?: boolean;
}

export interface TableBlock {
  columns: ColumnSpec[];
  /** An array, or for a sheet of devices rows made one at a time as they are read (see rowsOf). */
  rows: Iterable<CellValue[]>;
  /** Rows written after the table, outside its filter range (totals). */
  footer?: CellValue[][];
}

export interface SheetSpec {
  name: string;
  /** Tables stacked top to bottom with one blank row between; the first one's header is row 1 and carries the autofilter. */
  blocks: TableBlock[];
}

export function typed(kind: CellKind, value: string | number | null): TypedValue {
  return { kind, value };
}

export function isTyped(v: CellValue): v is TypedValue {
  return typeof v === 'object' && v !== null;
}

/**
 * The rows of `items` that `rowOf` gives (null: not in this table), made afresh each time they are read. The writer
 * turns each row into cells at once, so a 100k-device sheet never holds its rows: only the devices they come from.
 */
export function rowsOf<T>(items: readonly T[], rowOf: (item: T) => CellValue[] | null): Iterable<CellValue[]> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) {
        const row = rowOf(item);
        if (row !== null) yield row;
      }
    },
  };
}

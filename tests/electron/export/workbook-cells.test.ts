// The workbook writer shares one cell per value in a `repeats` column and
// reads device sheets' rows lazily: what it writes must not change for it.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { rowsOf, type CellValue, type TableBlock } from '../../../electron/domain/export/table';
import { buildSheet, workbookBytes } from '../../../electron/services/export/workbook';
import { readBook, rowsOf as sheetRows } from './export-fixtures';

function written(blocks: TableBlock[]): XLSX.WorkSheet {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, buildSheet({ name: 'T', blocks }, 'en'), 'T');
  return readBook(workbookBytes(wb)).Sheets.T;
}

describe('workbook cells', () => {
  it('writes every value of a repeating column, past the number of values it remembers', () => {
    // 12,000 distinct values (more than the writer remembers), each written twice, with dates and amounts beside them.
    const values = Array.from({ length: 24_000 }, (_, i) => `v${i % 12_000}`);
    const rows: CellValue[][] = values.map((v, i) => [v, i % 3 === 0 ? null : '2025-06-30', i % 5 === 0 ? 1234 : 99]);
    const ws = written([
      {
        columns: [
          { header: 'Value', kind: 'text', width: 10, repeats: true },
          { header: 'Date', kind: 'date', width: 10, repeats: true },
          { header: 'Cost', kind: 'money', width: 10, repeats: true },
        ],
        rows,
      },
    ]);
    const data = ws['!data'] as Array<Array<XLSX.CellObject | undefined>>;
    expect(data.length).toBe(values.length + 1);
    data.slice(1).forEach((row, i) => {
      expect(row[0]?.v).toBe(values[i]);
      expect(row[1]?.v).toBe(i % 3 === 0 ? undefined : 45838); // 2025-06-30 as an Excel serial
      expect(row[2]?.v).toBe(i % 5 === 0 ? 12.34 : 0.99);
    });
  });

  it('keeps a shared cell text and never a formula, whatever it starts with', () => {
    const rows = Array.from({ length: 50 }, (): CellValue[] => ['=HYPERLINK("http://x","y")']);
    const ws = written([{ columns: [{ header: 'Location', kind: 'text', width: 10, repeats: true }], rows }]);
    const cells = (ws['!data'] as XLSX.CellObject[][]).slice(1, 51).map((r) => r[0]);
    expect(cells.every((c) => c.t === 's' && c.v === '=HYPERLINK("http://x","y")' && c.f === undefined)).toBe(true);
  });

  it('reads lazily made rows, filters over them and leaves the footer out', () => {
    const devices = [1, 2, 3, 4, 5, 6];
    const rows = rowsOf(devices, (n) => (n % 2 === 0 ? [n, `even ${n}`] : null));
    const block: TableBlock = {
      columns: [
        { header: 'N', kind: 'int', width: 5 },
        { header: 'Text', kind: 'text', width: 10 },
      ],
      rows,
      footer: [['Total', null]],
    };
    // Made afresh on every read: the benchmark reads the same tables the export writes.
    expect([...rows]).toEqual([[2, 'even 2'], [4, 'even 4'], [6, 'even 6']]);
    const ws = written([block]);
    expect(sheetRows(ws)).toEqual([['N', 'Text'], [2, 'even 2'], [4, 'even 4'], [6, 'even 6'], ['Total', null]]);
    expect(ws['!autofilter']?.ref).toBe('A1:B4');
  });
});

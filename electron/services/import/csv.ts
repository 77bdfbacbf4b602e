// Delimited text, read raw: every cell stays the text the user typed, so a
// cell "=HYPERLINK(…)" is never a formula and "00123" keeps its zeros.
import { MAX_COLUMNS, type Cell } from './types';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvResult {
  rows: Cell[][];
  truncatedColumns: boolean;
  /** True when the text ended inside a quoted field. */
  unbalancedQuote: boolean;
}

/** Parse delimited text (RFC 4180 quoting; CRLF, LF or CR line ends). `maxRows` stops early (sniffing). */
export function parseDelimited(text: string, delimiter: string, maxRows = Infinity): CsvResult {
  const d = delimiter.charCodeAt(0);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let truncatedColumns = false;
  let i = 0;
  const n = text.length;
  const pushCell = (value: string) => {
    if (row.length < MAX_COLUMNS) row.push(value);
    else truncatedColumns = true;
  };
  while (i < n && rows.length < maxRows) {
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted field: "" is a literal quote; runs until the closing quote.
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          out += text.slice(j);
          i = n;
          rows.push(finish(row, out));
          return { rows, truncatedColumns, unbalancedQuote: true };
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Text after the closing quote up to the delimiter is kept (lenient, as Excel does).
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === 10 || c === 13) break;
        k++;
      }
      value = out + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === 10 || c === 13) break;
        k++;
      }
      value = text.slice(i, k);
      i = k;
    }
    pushCell(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) pushCell('');
      continue;
    }
    // Line end: CRLF, LF or CR.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(trimRow(row));
    row = [];
  }
  if (row.length > 0) rows.push(trimRow(row));
  return { rows, truncatedColumns, unbalancedQuote: false };

  function finish(r: Cell[], last: string): Cell[] {
    if (r.length < MAX_COLUMNS) r.push(last);
    else truncatedColumns = true;
    return trimRow(r);
  }
}

/** Blank trailing cells carry nothing; a line of only delimiters becomes an empty row. */
function trimRow(row: Cell[]): Cell[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
  return end === row.length ? row : row.slice(0, end);
}

/**
 * Pick the delimiter whose field count is most consistent over the first
 * records, weighting by how many fields it yields (so "1,5" decimal commas
 * inside a semicolon file do not win).
 */
export function sniffDelimiter(text: string, fileName = ''): Delimiter {
  const sample = text.slice(0, 65536);
  let best: Delimiter = /\.tsv$/i.test(fileName) ? '\t' : ',';
  let bestScore = 0;
  for (const delim of DELIMITERS) {
    const { rows } = parseDelimited(sample, delim, 100);
    const counts = rows.filter((r) => r.length > 0).map((r) => r.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 1;
    let modeFreq = 0;
    for (const [c, f] of freq) if (c > 1 && (f > modeFreq || (f === modeFreq && c > mode))) [mode, modeFreq] = [c, f];
    if (mode <= 1) continue;
    const score = (modeFreq / counts.length) * Math.min(mode, 50);
    if (score > bestScore) [best, bestScore] = [delim, score];
  }
  return best;
}

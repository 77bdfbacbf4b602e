// End to end through the real parser process and a real SQLite plan.
import { describe, expect, it } from 'vitest';
import { runImport, previewImport, ImportRefusedError } from '../../../electron/services/import/service';
import { undoImport } from '../../../electron/services/import/undo';
import { allStoredText, cp1252, csvText, dumpDb, useImportPlan, utf16le, workbookBytes, writeFile } from './helpers';

const plan = useImportPlan();

const devices = () => plan.db.prepare('SELECT d.*, s.name AS site_name FROM devices d LEFT JOIN sites s ON s.id = d.site_id ORDER BY d.id').all() as Array<Record<string, unknown>>;

describe('a departmental register in a workbook', () => {
  const register = () =>
    workbookBytes(
      {
        'Lisez-moi': [['Registre des caméras'], ['Préparé par les Installations']],
        Caméras: [
          ['Ministère de l’Exemple — registre CCTV'],
          ['Mis à jour le 2024-05-01'],
          [],
          ['No d’actif', 'Édifice', 'Emplacement', 'Fabricant', 'Modèle', 'Numéro de série', 'Adresse MAC', "Date d'installation", 'Coût', 'Remarques', 'Couleur du boîtier'],
          ['GC-1', 'Tour A', 'Hall', 'HIKVISION', 'DS-2CD2143G2-I', 'HK1', 'bc5e.3357.5a98', '25/12/2019', 450.5, 'près de la porte', 'blanc'],
          ['GC-2', 'Tour A', 'Quai', 'Axis', 'P3265-LVE', 'AX1', 'AC-CC-8E-00-00-01', '03/04/2020', 900, null, 'noir'],
        ],
        Enregistreurs: [['Asset Tag', 'Site', 'Make', 'Model', 'Serial No.', 'Type'], ['GC-9', 'Tour B', 'Dahua', 'DHI-NVR4216-16P-4KS2', 'DH1', 'Enregistreur']],
      },
      'xlsx',
    );

  it('imports every sheet with a device table, skips the read-me and keeps provenance and extras', async () => {
    const file = writeFile(plan.dir, 'registre.xlsx', register());
    const r = await runImport(plan.ctx, { path: file });
    expect(r).toMatchObject({ imported: 3, updated: 0, unchanged: 0, skipped: 0, errors: [] });
    expect(r.sheets.map((s) => [s.name, s.rows, s.headerRow, s.ignoredReason ?? null])).toEqual([
      ['Lisez-moi', 0, null, expect.stringContaining('no device table')],
      ['Caméras', 2, 4, null],
      ['Enregistreurs', 1, 1, null],
    ]);
    const rows = devices();
    expect(rows[0]).toMatchObject({
      asset_tag: 'GC-1', site_name: 'Tour A', location: 'Hall', manufacturer: 'HIKVISION', mac: 'BC:5E:33:57:5A:98', mac_raw: 'bc5e.3357.5a98',
      install_date: '2019-12-25', cost_cents: 45050, notes: 'près de la porte', type: 'camera', import_id: r.importId,
      source_file: 'registre.xlsx', source_sheet: 'Caméras', source_row: 5,
    });
    expect(JSON.parse(rows[0].extra as string)).toEqual({ 'Couleur du boîtier': 'blanc' });
    expect(rows[1].install_date).toBe('2020-04-03'); // 25/12 in the same file settles day/month
    expect(rows[2]).toMatchObject({ type: 'recorder', site_name: 'Tour B', source_row: 2 });
  });

  it('re-importing the same file changes nothing; an edited copy updates without duplicating', async () => {
    const file = writeFile(plan.dir, 'registre.xlsx', register());
    await runImport(plan.ctx, { path: file });
    const again = await runImport(plan.ctx, { path: file });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    const edited = writeFile(plan.dir, 'registre-v2.csv', csvText([['Asset Tag', 'Location', 'Serial'], ['GC-1', 'Hall nord', 'HK1'], ['GC-50', 'Toit', 'NEW1']]));
    const r = await runImport(plan.ctx, { path: edited });
    expect(r).toMatchObject({ imported: 1, updated: 1, unchanged: 0 });
    expect(devices()).toHaveLength(4);
    expect(devices()[0]).toMatchObject({ location: 'Hall nord', manufacturer: 'HIKVISION', source_file: 'registre-v2.csv' });
  });

  it('with --on-duplicate skip, matched devices are left alone', async () => {
    await runImport(plan.ctx, { path: writeFile(plan.dir, 'a.csv', csvText([['Serial', 'Model', 'Location'], ['S1', 'M1', 'L1']])) });
    const r = await runImport(plan.ctx, { path: writeFile(plan.dir, 'b.csv', csvText([['Serial', 'Model', 'Location'], ['S1', 'M2', 'L1']])), onDuplicate: 'skip' });
    expect(r).toMatchObject({ imported: 0, updated: 0, skipped: 1 });
    expect(devices()[0].model).toBe('M1');
  });

  it('matches by MAC whatever its spelling, and a repeat inside the file is skipped with a warning', async () => {
    await runImport(plan.ctx, { path: writeFile(plan.dir, 'a.csv', csvText([['MAC', 'Model'], ['bc:5e:33:00:00:01', 'A']])) });
    const r = await runImport(plan.ctx, { path: writeFile(plan.dir, 'b.csv', csvText([['MAC Address', 'Model'], ['BC-5E-33-00-00-01', 'B'], ['bc5e33000001', 'C']])) });
    expect(r).toMatchObject({ imported: 0, updated: 1, skipped: 1 });
    expect(r.warnings.some((w) => w.row === 3 && /Same MAC address as row 2/.test(w.message))).toBe(true);
    expect(devices()).toHaveLength(1);
  });
});

describe('formats and encodings end to end', () => {
  const rows = [['Make', 'Model', 'Serial', 'Location', 'Cost'], ['Hikvision', 'DS-2CD2387G2-LU', 'S€1', 'Entrée', '1 200,50']];
  it.each([
    ['xls', () => workbookBytes({ S: rows }, 'xls'), 'inv.xls'],
    ['ods', () => workbookBytes({ S: rows }, 'ods'), 'inv.ods'],
    ['UTF-16 CSV', () => utf16le(csvText(rows, '\t')), 'inv.txt'],
    ['Windows-1252 semicolon CSV', () => cp1252(csvText(rows, ';')), 'inv.csv'],
  ])('%s', async (_label, make, name) => {
    const r = await runImport(plan.ctx, { path: writeFile(plan.dir, name, make()) });
    expect(r.imported).toBe(1);
    expect(devices()[0]).toMatchObject({ serial: 'S€1', location: 'Entrée', cost_cents: 120050 });
  });

  it('accepts bytes (browser mode) as well as a path', async () => {
    const data = workbookBytes({ S: rows }, 'xlsx').toString('base64');
    const r = await runImport(plan.ctx, { fileName: 'upload.xlsx', dataBase64: data });
    expect(r).toMatchObject({ file: 'upload.xlsx', imported: 1 });
  });
});

describe('vendor-tool exports are mapped without asking; credentials never stored', () => {
  it('Hikvision SADP CSV', async () => {
    const csv = csvText([
      ['Index', 'Device Type', 'Status', 'IPv4 Address', 'Port', 'Software Version', 'IPv4 Gateway', 'HTTP Port', 'Device Serial Number', 'Subnet Mask', 'MAC Address'],
      ['001', 'DS-K1T671M-L', 'Active', '10.0.0.5', '8000', 'V3.2.30build 230531', '10.0.0.2', '80', 'DS-K1T671M-L20230531V030230ENAA7715198', '255.255.255.0', 'bc-5e-33-57-5a-98'],
      ['002', 'DS-2CD2143G2-I', 'Active', '10.0.0.6', '8000', 'V5.7.3', '10.0.0.2', '80', 'DS-2CD2143G2-I20210101AAWRF12345678', '255.255.255.0', 'bc-5e-33-57-5a-99'],
    ]);
    const preview = await previewImport(plan.ctx, { path: writeFile(plan.dir, 'sadp.csv', csv) });
    expect(preview.sheets[0].sourceTool).toBe('hikvision-sadp');
    expect(preview.sheets[0].columns.find((c) => c.header === 'Device Type')).toMatchObject({ field: 'model', source: 'vendor' });
    expect(dumpDb(plan.db).devices).toEqual([]); // a preview writes nothing
    await runImport(plan.ctx, { path: writeFile(plan.dir, 'sadp.csv', csv) });
    expect(devices()[0]).toMatchObject({ model: 'DS-K1T671M-L', ip: '10.0.0.5', mac: 'BC:5E:33:57:5A:98', firmware: 'V3.2.30build 230531', source_tool: 'hikvision-sadp', type: 'access_control' });
    expect(devices()[1].type).toBe('camera');
  });

  it('Milestone camera report: one device per hardware, password and user name dropped', async () => {
    const header = ['Name', 'Channel', 'Enabled', 'HardwareName', 'HardwareId', 'Model', 'Address', 'Username', 'Password', 'MAC', 'Firmware', 'DriverFamily', 'DriverNumber'];
    const csv = csvText([
      header,
      ['Cam 1', '0', 'True', 'NVR-A', 'h1', 'DS-7608NI-K2', 'http://10.1.2.3/', 'admin', 'Hunter2!xyz', 'C0:56:E3:00:00:01', '4.1', 'Hikvision', '713'],
      ['Cam 2', '1', 'True', 'NVR-A', 'h1', 'DS-7608NI-K2', 'http://10.1.2.3/', 'admin', 'Hunter2!xyz', 'C0:56:E3:00:00:01', '4.1', 'Hikvision', '713'],
    ]);
    const r = await runImport(plan.ctx, { path: writeFile(plan.dir, 'report.csv', csv) });
    expect(r).toMatchObject({ imported: 1, skipped: 1, warnings: [] });
    expect(devices()[0]).toMatchObject({ ip: '10.1.2.3', manufacturer: 'Hikvision', source_tool: 'milestone-camera-report', type: 'recorder' });
    const stored = allStoredText(plan.db);
    expect(stored).not.toContain('Hunter2!xyz');
    expect(stored).not.toContain('admin');
    expect(r.sheets[0].columns.find((c) => c.header === 'Password')).toMatchObject({ dropped: true, samples: [] });
  });

  it('Angry IP Scanner CSV: [n/a] is blank, MAC Vendor is the maker', async () => {
    const csv = 'IP,Ping,Hostname,Ports,MAC Address,MAC Vendor\n10.0.0.7,3 ms,[n/a],80,44:19:B6:00:00:02,Hikvision\n10.0.0.8,[n/a],[n/s],[n/s],3C:EF:8C:00:00:03,Dahua\n';
    await runImport(plan.ctx, { path: writeFile(plan.dir, 'angry.csv', csv) });
    expect(devices().map((d) => [d.ip, d.mac, d.manufacturer, d.source_tool])).toEqual([
      ['10.0.0.7', '44:19:B6:00:00:02', 'Hikvision', 'angry-ip-scanner'],
      ['10.0.0.8', '3C:EF:8C:00:00:03', 'Dahua', 'angry-ip-scanner'],
    ]);
    expect(JSON.parse(devices()[1].extra as string)).toEqual({});
  });

  it('nmap -oX XML', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun><host><status state="up"/><address addr="10.0.0.9" addrtype="ipv4"/>
      <address addr="BC:AD:28:00:00:09" addrtype="mac" vendor="Hangzhou Hikvision Digital Technology"/></host>
      <host><status state="down"/><address addr="10.0.0.10" addrtype="ipv4"/></host></nmaprun>`;
    const r = await runImport(plan.ctx, { path: writeFile(plan.dir, 'scan.xml', xml) });
    expect(r.imported).toBe(1);
    expect(devices()[0]).toMatchObject({ ip: '10.0.0.9', mac: 'BC:AD:28:00:00:09', manufacturer: 'Hangzhou Hikvision Digital Technology', source_tool: 'nmap-xml' });
  });
});

describe('problems, dry run and all-or-nothing', () => {
  const withProblems = csvText([
    ['Asset Tag', 'Model', 'MAC', 'Installed', 'IP'],
    ['T1', 'M', 'not-a-mac', '2020-01-01', '10.0.0.300'],
    ['', 'M', '', '', ''],
    ['T3', 'M', '', '03/04/2019', ''],
  ]);

  it('lists every problem with sheet, Excel row and column; a dry run writes nothing', async () => {
    const before = dumpDb(plan.db);
    const r = await runImport(plan.ctx, { path: writeFile(plan.dir, 'p.csv', withProblems), dryRun: true });
    expect(r.dryRun).toBe(true);
    expect(r.errors).toEqual([{ sheet: 'p', row: 3, column: null, message: expect.stringContaining('cannot be identified'), code: 'no-identity' }]);
    expect(r.warnings.map((w) => [w.row, w.column])).toEqual([[2, 'MAC'], [2, 'IP'], [4, 'Installed']]);
    expect(r).toMatchObject({ imported: 2, skipped: 1 });
    expect(dumpDb(plan.db)).toEqual(before);
  });

  it('refuses the whole import when a row has an error, unless skipping is accepted', async () => {
    const before = dumpDb(plan.db);
    const file = writeFile(plan.dir, 'p.csv', withProblems);
    await expect(runImport(plan.ctx, { path: file })).rejects.toBeInstanceOf(ImportRefusedError);
    expect(dumpDb(plan.db)).toEqual(before);
    const r = await runImport(plan.ctx, { path: file, acceptSkips: true });
    expect(r).toMatchObject({ imported: 2, skipped: 1 });
    expect(JSON.parse(devices()[0].extra as string)).toMatchObject({ IP: '10.0.0.300' }); // kept as text, not lost
    expect(devices()[0].mac_raw).toBe('not-a-mac');
  });

  it('a failure while writing rolls back every row', async () => {
    plan.db.exec("CREATE TRIGGER boom BEFORE INSERT ON devices WHEN NEW.model = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    const before = dumpDb(plan.db);
    const csv = csvText([['Serial', 'Model', 'Site'], ['A', 'ok', 'New site'], ['B', 'BOOM', 'New site']]);
    await expect(runImport(plan.ctx, { path: writeFile(plan.dir, 'x.csv', csv) })).rejects.toThrow(/boom/);
    expect(dumpDb(plan.db)).toEqual(before);
  });
});

describe('undo and saved mappings', () => {
  it('undo removes the devices an import added and restores those it changed', async () => {
    const first = await runImport(plan.ctx, { path: writeFile(plan.dir, 'a.csv', csvText([['Serial', 'Model', 'Site'], ['S1', 'Old', 'Tour A']])) });
    const afterFirst = devices();
    const second = await runImport(plan.ctx, { path: writeFile(plan.dir, 'b.csv', csvText([['Serial', 'Model', 'Site'], ['S1', 'New', 'Tour A'], ['S2', 'X', 'Tour Z']])) });
    expect(second).toMatchObject({ imported: 1, updated: 1 });
    expect(() => undoImport(plan.db, first.importId!, 'tester')).toThrow(/undo that one first/);
    expect(undoImport(plan.db, second.importId!, 'tester')).toEqual({ importId: second.importId, removed: 1, restored: 1 });
    expect(devices()).toEqual(afterFirst);
    expect(plan.db.prepare("SELECT COUNT(*) AS n FROM sites WHERE name = 'Tour Z'").get()).toEqual({ n: 0 });
    expect(() => undoImport(plan.db, second.importId!, 'tester')).toThrow(/already undone/);
    undoImport(plan.db, first.importId!, 'tester');
    expect(devices()).toEqual([]);
  });

  it('remembers a confirmed mapping for the same set of headers', async () => {
    const csv = csvText([['Appareil', 'Nº', 'Lieu'], ['Cam', 'Z1', 'Hall']]);
    const file = writeFile(plan.dir, 'odd.csv', csv);
    const first = await previewImport(plan.ctx, { path: file });
    expect(first.sheets[0].columns.find((c) => c.header === 'Nº')?.field).toBeNull();
    await runImport(plan.ctx, { path: file, mappings: { odd: { 'Nº': 'serial', Appareil: 'type', Lieu: 'location' } } });
    const next = await previewImport(plan.ctx, { path: writeFile(plan.dir, 'odd2.csv', csvText([['Lieu', 'Appareil', 'Nº'], ['Quai', 'Cam', 'Z2']])) });
    expect(next.sheets[0].columns.find((c) => c.header === 'Nº')).toMatchObject({ field: 'serial', source: 'saved' });
  });
});

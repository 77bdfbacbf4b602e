// Benchmark inputs: a deterministic inventory of N devices (same seed, same
// bytes of content on every machine), written as xlsx and csv into a cache
// folder under the OS temp directory. Files are keyed by a hash of the
// generator version and size, so a second run reuses them; they are never
// committed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { seededRandom } from '../electron/services/sample';

/** Bump when the generated content changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 3;

export const HEADERS = ['Asset Tag', 'Site', 'Location', 'Type', 'Manufacturer', 'Model', 'Serial Number', 'MAC Address', 'IP Address', 'Install Date'];

type Row = [string, string, string, string, string, string, string, string, string, Date | string];

interface Maker {
  name: readonly string[];
  oui: readonly string[];
  camera: readonly string[];
  recorder: readonly string[];
  serial: (r: () => number, model: string) => string;
  weight: number;
}

const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const hex2 = (r: () => number) => Math.floor(r() * 256).toString(16).padStart(2, '0');
const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// Weights loosely follow federal registers: a minority of restricted makers, mostly
// Axis / Bosch / Hanwha / Avigilon, plus OEM relabels and spelling variants.
const MAKERS: Maker[] = [
  { name: ['Hikvision', 'HIKVISION', 'Hik Vision', 'Hangzhou Hikvision Digital Technology'], oui: ['bc:ad:28', '44:19:b6', 'c0:56:e3', '4c:bd:8f'],
    camera: ['DS-2CD2143G2-I', 'DS-2CD2386G2-IU', 'DS-2DE4425IW-DE', 'DS-2CD2T47G2-L'], recorder: ['DS-7608NI-K2/8P', 'DS-9632NI-I8'],
    serial: (r, m) => `${m}20${digits(r, 6)}AAWR${digits(r, 9)}`, weight: 14 },
  { name: ['Dahua', 'Dahua Technology', 'DAHUA'], oui: ['3c:ef:8c', '90:02:a9', 'e0:50:8b'],
    camera: ['IPC-HDW2431T-AS-S2', 'IPC-HFW5442E-ZE', 'SD49225XA-HNR'], recorder: ['NVR4216-16P-4KS2/L', 'XVR5108HS-I3'],
    serial: (r) => `${digits(r, 1)}${String.fromCharCode(65 + Math.floor(r() * 26))}0${digits(r, 4)}PAZ${digits(r, 5)}`, weight: 9 },
  { name: ['Axis', 'Axis Communications', 'AXIS'], oui: ['00:40:8c', 'ac:cc:8e', 'b8:a4:4f'],
    camera: ['P3265-LVE', 'M3086-V', 'Q6135-LE', 'P1455-LE'], recorder: ['S3008'], serial: (r) => `ACCC8E${hex2(r)}${hex2(r)}${hex2(r)}`.toUpperCase(), weight: 20 },
  { name: ['Bosch', 'Bosch Security Systems'], oui: ['00:07:5f'], camera: ['NDE-3502-AL', 'FLEXIDOME IP 5100i'], recorder: ['DIVAR IP 3000'],
    serial: (r) => `${digits(r, 9)}${digits(r, 5)}`, weight: 12 },
  { name: ['Hanwha', 'Hanwha Vision', 'Samsung Techwin'], oui: ['00:09:18', 'e4:30:22'], camera: ['XNV-6080R', 'QNO-6012R', 'PNM-9000VQ'], recorder: ['XRN-810S'],
    serial: (r) => `ZG${digits(r, 2)}${String.fromCharCode(65 + Math.floor(r() * 26))}${digits(r, 5)}`, weight: 12 },
  { name: ['Avigilon', 'Avigilon (Motorola Solutions)'], oui: ['00:18:85'], camera: ['2.0C-H5A-DO1', '5.0C-H5A-BO2-IR'], recorder: ['HD-NVR4-STD-16TB'],
    serial: (r) => digits(r, 10), weight: 10 },
  { name: ['LTS', 'LT Security'], oui: ['c0:56:e3'], camera: ['CMIP7442W-28M', 'CMIP3C42W-28'], recorder: ['LTN8916-P16'],
    serial: (r) => `L${digits(r, 12)}`, weight: 4 },
  { name: ['Lorex'], oui: ['9c:8e:cd'], camera: ['E892AB', 'LNB8921B'], recorder: ['N882A38B'], serial: (r) => `ND${digits(r, 11)}`, weight: 3 },
  { name: ['Uniview', 'UNV'], oui: ['48:ea:63'], camera: ['IPC2124LB-SF28KM-G', 'IPC3614SB-ADF28KM-I0'], recorder: ['NVR302-16S2-P16'],
    serial: (r) => `210235C${digits(r, 3)}A${digits(r, 8)}`, weight: 3 },
  { name: ['Vivotek'], oui: ['00:02:d1'], camera: ['FD9389-EHV', 'IB9389-EH'], recorder: ['ND9441P'], serial: (r) => `${hex2(r)}${digits(r, 8)}`.toUpperCase(), weight: 3 },
  { name: [''], oui: ['00:11:22'], camera: ['IP Camera', 'Dome 4MP'], recorder: ['NVR 16ch'], serial: (r) => `SN${digits(r, 8)}`, weight: 2 },
];
const TOTAL_WEIGHT = MAKERS.reduce((n, m) => n + m.weight, 0);

const PROVINCES = ['ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'NT', 'YT', 'NU'];
const PLACES = ['Building A', 'Building B', 'Annex', 'Tower', 'Warehouse', 'Garage'];
const SPOTS = ['Lobby', 'Main entrance', 'Loading dock', 'Parking P1', 'Stairwell 2', 'Server room', 'Corridor 3E', 'Cafeteria', 'Roof', 'Fence line', 'Reception', 'Hall B'];
const TYPES_CAMERA = ['Camera', 'IP Camera', 'Dome camera', 'PTZ', 'Bullet camera'];
const TYPES_RECORDER = ['NVR', 'Recorder', 'DVR'];

function pickMaker(r: () => number): Maker {
  let x = r() * TOTAL_WEIGHT;
  for (const m of MAKERS) if ((x -= m.weight) < 0) return m;
  return MAKERS[0];
}

/** The rows of an inventory of `n` devices over about n/80 sites (at least 12). */
export function inventoryRows(n: number, seed = 20260401): Row[] {
  const r = seededRandom(seed);
  const siteCount = Math.max(12, Math.round(n / 80));
  const sites = Array.from({ length: siteCount }, (_, i) => `Site ${String(i + 1).padStart(4, '0')} ${pick(r, PROVINCES)}`);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const maker = pickMaker(r);
    const recorder = r() < 0.06;
    const model = pick(r, recorder ? maker.recorder : maker.camera);
    const macSep = r() < 0.7 ? ':' : '-';
    const mac = r() < 0.9 ? [...pick(r, maker.oui).split(':'), hex2(r), hex2(r), hex2(r)].join(macSep) : '';
    const upperMac = r() < 0.5 ? mac.toUpperCase() : mac;
    const site = sites[Math.floor(r() * siteCount)];
    const ip = r() < 0.85 ? `10.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${1 + Math.floor(r() * 254)}` : '';
    const year = 2012 + Math.floor(r() * 13);
    const install = r() < 0.8 ? new Date(Date.UTC(year, Math.floor(r() * 12), 1 + Math.floor(r() * 28))) : '';
    rows.push([
      `FAC-${String(100000 + i)}`,
      site,
      `${pick(r, PLACES)} - ${pick(r, SPOTS)}`,
      pick(r, recorder ? TYPES_RECORDER : TYPES_CAMERA),
      pick(r, maker.name),
      model,
      r() < 0.92 ? maker.serial(r, model) : '',
      upperMac,
      ip,
      install,
    ]);
  }
  return rows;
}

export interface BenchInputs {
  size: number;
  xlsx: string;
  csv: string;
}

export const cacheDir = () => path.join(os.tmpdir(), 'crp-bench-inputs');

/** Writes (or reuses) the xlsx and csv for `size` devices; returns their paths. */
export function ensureInputs(size: number): BenchInputs {
  const key = createHash('sha256').update(JSON.stringify({ v: GENERATOR_VERSION, size, headers: HEADERS, xlsx: XLSX.version })).digest('hex').slice(0, 16);
  const dir = path.join(cacheDir(), `${size}-${key}`);
  const xlsxPath = path.join(dir, `inventory-${size}.xlsx`);
  const csvPath = path.join(dir, `inventory-${size}.csv`);
  if (fs.existsSync(xlsxPath) && fs.existsSync(csvPath)) return { size, xlsx: xlsxPath, csv: csvPath };
  fs.mkdirSync(dir, { recursive: true });
  const rows = inventoryRows(size);
  // Dates as real date cells with a date format, as Excel saves them.
  const ws = XLSX.utils.aoa_to_sheet([HEADERS, ...rows], { cellDates: true, dateNF: 'yyyy-mm-dd', dense: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Devices');
  const tmp = `${xlsxPath}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  fs.renameSync(tmp, xlsxPath);
  const csvText = [HEADERS, ...rows.map((row) => row.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)))]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n');
  fs.writeFileSync(`${csvPath}.${process.pid}.tmp`, csvText + '\r\n');
  fs.renameSync(`${csvPath}.${process.pid}.tmp`, csvPath);
  return { size, xlsx: xlsxPath, csv: csvPath };
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

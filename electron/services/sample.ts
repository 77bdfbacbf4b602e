// The built-in sample plan: a fictional federal department, generated
// deterministically (same seed, same plan) so a new user sees a real plan at
// once without any download.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import { prepareInsertDevice, type DeviceInput } from '../../db/queries/devices';
import { setSetting } from '../../db/queries/settings';
import { ensureSite } from '../../db/queries/sites';
import type { PlanInfo } from '../api/types';
import type { Backend } from '../backend';
import { starterBudget } from '../domain/plan/starter-budget';
import { getPlan, runPlan, setPlanParams } from './plan';
import { retagAll } from './tagging';

export const SAMPLE_FILE_NAME = 'sample-plan.sqlite';

/** Small deterministic PRNG (mulberry32): the sample must be identical on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SampleSite {
  name: string;
  nameFr: string;
  region: string;
  address: string;
  criticality: number;
  devices: number;
}

const SITES: SampleSite[] = [
  { name: 'Headquarters Tower', nameFr: 'Tour de l’administration centrale', region: 'National Capital Region', address: '90 Elgin St, Ottawa ON', criticality: 1, devices: 96 },
  { name: 'Gatineau Data Centre', nameFr: 'Centre de données de Gatineau', region: 'National Capital Region', address: '22 rue Eddy, Gatineau QC', criticality: 1, devices: 64 },
  { name: 'Montréal Regional Office', nameFr: 'Bureau régional de Montréal', region: 'Quebec', address: '1550 boul. de Maisonneuve O, Montréal QC', criticality: 2, devices: 58 },
  { name: 'Québec City Service Centre', nameFr: 'Centre de services de Québec', region: 'Quebec', address: '165 rue de la Pointe-aux-Lièvres, Québec QC', criticality: 3, devices: 38 },
  { name: 'Toronto Regional Office', nameFr: 'Bureau régional de Toronto', region: 'Ontario', address: '25 St Clair Ave E, Toronto ON', criticality: 2, devices: 62 },
  { name: 'Winnipeg Laboratory', nameFr: 'Laboratoire de Winnipeg', region: 'Prairies', address: '1015 Arlington St, Winnipeg MB', criticality: 1, devices: 44 },
  { name: 'Regina Warehouse', nameFr: 'Entrepôt de Regina', region: 'Prairies', address: '1975 Scarth St, Regina SK', criticality: 4, devices: 30 },
  { name: 'Calgary Field Office', nameFr: 'Bureau local de Calgary', region: 'Prairies', address: '220 4 Ave SE, Calgary AB', criticality: 3, devices: 40 },
  { name: 'Vancouver Port Facility', nameFr: 'Installation portuaire de Vancouver', region: 'Pacific', address: '1199 W Hastings St, Vancouver BC', criticality: 1, devices: 70 },
  { name: 'Victoria Records Centre', nameFr: 'Centre des documents de Victoria', region: 'Pacific', address: '816 Government St, Victoria BC', criticality: 4, devices: 26 },
  { name: 'Halifax Marine Base', nameFr: 'Base maritime d’Halifax', region: 'Atlantic', address: '1713 Bedford Row, Halifax NS', criticality: 2, devices: 48 },
  { name: 'Iqaluit Northern Office', nameFr: 'Bureau du Nord d’Iqaluit', region: 'North', address: '933 Mivvik St, Iqaluit NU', criticality: 3, devices: 22 },
];

type Maker = (r: () => number, type: 'camera' | 'recorder') => Pick<DeviceInput, 'manufacturer' | 'model' | 'serial' | 'mac'>;

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const hex2 = (r: () => number) => Math.floor(r() * 256).toString(16).padStart(2, '0');
const mac = (r: () => number, oui: string, sep = ':') => [...oui.split(':'), hex2(r), hex2(r), hex2(r)].join(sep);
// Hikvision serials carry the manufacturing date as YYYYMMDD after the model.
const serialDate = (r: () => number) =>
  `${2018 + Math.floor(r() * 6)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

// Hikvision shows up under many spellings and disguises in real registers.
const hikvision: Maker = (r, type) => {
  const model = type === 'recorder' ? pick(r, ['DS-7608NI-K2', 'DS-7616NI-I2', 'DS-7732NI-K4']) : pick(r, ['DS-2CD2143G2-I', 'DS-2CD2387G2-LU', 'DS-2CD2T47G2-L', 'DS-2DE4A425IWG-E']);
  const variant = r();
  const manufacturer =
    variant < 0.45 ? 'Hikvision' : variant < 0.6 ? 'HIKVISION' : variant < 0.7 ? 'Hangzhou Hikvision Digital Technology Co., Ltd.' : variant < 0.78 ? 'Hik Vision' : variant < 0.88 ? null : 'EZVIZ';
  if (manufacturer === 'EZVIZ') return { manufacturer, model: pick(r, ['CS-C6N', 'CS-H8']), serial: null, mac: mac(r, 'BC:5E:33') };
  const withMacOnly = manufacturer === null && r() < 0.5;
  return {
    manufacturer,
    model: withMacOnly ? null : model,
    serial: withMacOnly ? null : `${model}${serialDate(r)}AAWR${digits(r, 9)}`,
    mac: mac(r, pick(r, ['BC:AD:28', '44:19:B6', 'C0:56:E3', '4C:BD:8F']), r() < 0.3 ? '-' : ':'),
  };
};
const dahua: Maker = (r, type) => ({
  manufacturer: pick(r, ['Dahua', 'Dahua Technology', 'DAHUA']),
  model: type === 'recorder' ? pick(r, ['DHI-NVR4216-16P-4KS2', 'NVR5232-EI']) : pick(r, ['IPC-HDW2431T-AS-S2', 'DH-IPC-HFW2831S-S-S2']),
  serial: `${digits(r, 1)}${'ABCDEFGH'[Math.floor(r() * 8)]}0${digits(r, 4)}PA${digits(r, 5)}`,
  mac: mac(r, pick(r, ['3C:EF:8C', '90:02:A9'])),
});
const axis: Maker = (r, type) => ({
  manufacturer: 'Axis Communications',
  model: type === 'recorder' ? 'S3008' : pick(r, ['P3265-LVE', 'M3106-L Mk II', 'Q6135-LE']),
  serial: `ACCC8E${digits(r, 6)}`,
  mac: mac(r, 'AC:CC:8E'),
});
const bosch: Maker = (r) => ({ manufacturer: 'Bosch', model: pick(r, ['NDE-3502-AL', 'NDI-5503-A']), serial: digits(r, 12), mac: mac(r, '00:07:5F') });
const hanwha: Maker = (r, type) => ({
  manufacturer: 'Hanwha Vision',
  model: type === 'recorder' ? 'XRN-1610S' : pick(r, ['XNV-8080R', 'QND-6012R']),
  serial: `ZB${digits(r, 10)}`,
  mac: mac(r, '00:09:18'),
});
const uniview: Maker = (r) => ({ manufacturer: 'Uniview', model: pick(r, ['IPC2124LB-SF28KM-G', 'IPC3614SR3-ADF28KM-G']), serial: `21${digits(r, 10)}`, mac: mac(r, '48:EA:63') });
const relabel: Maker = (r) => ({ manufacturer: pick(r, ['LTS', 'Annke']), model: pick(r, ['CMIP3C42W-28', 'C800']), serial: digits(r, 10), mac: null });

const MAKERS: Array<[Maker, number]> = [
  [hikvision, 0.34],
  [dahua, 0.1],
  [axis, 0.2],
  [bosch, 0.1],
  [hanwha, 0.12],
  [uniview, 0.08],
  [relabel, 0.06],
];

function pickMaker(r: () => number): Maker {
  let x = r();
  for (const [maker, weight] of MAKERS) {
    if ((x -= weight) < 0) return maker;
  }
  return axis;
}

const LOCATIONS = ['Lobby', 'Loading dock', 'Parking P1', 'Parking P2', 'Stairwell A', 'Stairwell B', 'Server room', 'Main entrance', 'Rear entrance', 'Corridor 2', 'Corridor 3', 'Perimeter north', 'Perimeter south', 'Roof'];

/** Build the sample's sites and devices into an empty, migrated database. */
export function generateSample(db: Db, seed = 2025): void {
  const r = seededRandom(seed);
  db.transaction(() => {
    const insert = prepareInsertDevice(db);
    let tag = 1000;
    for (const site of SITES) {
      const siteId = ensureSite(db, site);
      const recorders = Math.max(1, Math.round(site.devices / 24));
      for (let i = 0; i < site.devices; i++) {
        const type = i < recorders ? 'recorder' : 'camera';
        const maker = pickMaker(r)(r, type);
        const year = 2014 + Math.floor(r() * 10);
        insert({
          siteId,
          type,
          assetTag: r() < 0.9 ? `GC-${tag++}` : null,
          building: site.name,
          location: type === 'recorder' ? 'Server room' : pick(r, LOCATIONS),
          ...maker,
          ip: r() < 0.85 ? `10.${SITES.indexOf(site) + 10}.${Math.floor(i / 200)}.${(i % 200) + 20}` : null,
          installDate: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
          lifecycle: r() < 0.95 ? 'in_service' : 'spare',
          sourceFile: 'sample',
          sourceSheet: 'Inventory',
          sourceRow: i + 2,
        });
      }
    }
    setSetting(db, 'plan.name', 'Sample — Department of Northern Affairs');
    setSetting(db, 'plan.nameFr', 'Exemple — Ministère des Affaires du Nord');
    setSetting(db, 'plan.isSample', true);
  })();
  retagAll(db);
}

/**
 * The sample as a new user first sees it: the inventory, and a Base plan with the three-year budget the dashboard
 * suggests for a plan without one, so the first dashboard shows a funded, phased plan rather than an empty one.
 */
export function generateSamplePlan(db: Db): void {
  generateSample(db);
  setPlanParams(db, { budgets: starterBudget(getPlan(db).summary) });
  runPlan(db);
}

/** Open the sample plan, creating it on first use. */
export function openSamplePlan(backend: Backend): PlanInfo {
  fs.mkdirSync(backend.userDataDir, { recursive: true });
  const file = path.join(backend.userDataDir, SAMPLE_FILE_NAME);
  const fresh = !fs.existsSync(file);
  const info = backend.open(file, { isSample: true });
  if (fresh) {
    generateSamplePlan(backend.db);
    return backend.open(file, { isSample: true });
  }
  return info;
}

export const SAMPLE_SITE_COUNT = SITES.length;
export const SAMPLE_DEVICE_COUNT = SITES.reduce((n, s) => n + s.devices, 0);

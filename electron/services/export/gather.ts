// Reads what the reports need from the open plan: every device with its
// extra attributes and tag, the sites, the policies, the current scenario's
// plan and the audit log.
import type { Db } from '../../../db/open';
import { listAudit } from '../../../db/queries/audit';
import { getSetting } from '../../../db/queries/settings';
import type { DeviceStatus, DeviceType, Evidence, Lifecycle } from '../../api/types';
import type { ExportContext, ExportPlan } from '../../domain/export/context';
import type { EvidenceColumns, ExportDevice } from '../../domain/export/device';
import { evidenceColumns, NO_EVIDENCE } from '../../domain/export/device-sheets';
import { listPlanItems, listScenarioRows } from '../../../db/queries/plan';
import { getPlan } from '../plan';
import { listPolicies } from '../policies';
import { policyData } from '../tagging';

type Raw = [
  number, number | null, string | null, string | null, string | null, DeviceType, string | null, string | null, string | null,
  string | null, string | null, string | null, string | null, string | null, string | null, Lifecycle | null, string | null,
  number | null, string | null, DeviceStatus, string | null, string | null, 0 | 1,
];

// One pass, raw rows (arrays, not objects). A clear device's evidence is never printed (only the Restricted and
// Review sheets write evidence), so it is not even read: ~40 MB of JSON at 100k devices. The site comes as its id
// and its name from a map: one string per site, shared by its devices and their cells, instead of one per device.
const DEVICE_SQL = `
  SELECT id, site_id, asset_tag, building, location, type, subtype, manufacturer, model, serial, mac, mac_raw,
         ip, firmware, install_date, lifecycle, notes, cost_cents, NULLIF(extra, '{}'), status, company,
         CASE WHEN status = 'clear' OR evidence = '[]' THEN NULL ELSE evidence END, override_status IS NOT NULL
  FROM devices ORDER BY id`;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const NO_EXTRA: Readonly<Record<string, string>> = Object.freeze({});
const STATUSES: readonly DeviceStatus[] = ['restricted', 'review', 'clear'];
const TYPES: readonly DeviceType[] = ['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other'];
const LIFECYCLES: readonly Lifecycle[] = ['in_service', 'spare', 'retired'];

/**
 * The word as the literal the code is written with. A string fresh from SQLite is not internalised, so every
 * keyed look-up with it (labels.status[d.status], counts[d.status]) hashes and interns it again: 100k devices
 * make ~300k such look-ups across the sheets.
 */
function word<T extends string>(v: T, words: readonly T[]): T {
  for (const w of words) if (w === v) return w;
  return v;
}

/**
 * A device row. Its evidence is parsed and written out as the sheets print it right here, while the row is read:
 * the JSON text (~2.5 kB a flagged device) and the parsed objects die young instead of living, with 100k others,
 * until the sheets are built.
 */
class StoredDevice implements ExportDevice {
  id: number; site: string | null; assetTag: string | null; building: string | null; location: string | null; type: DeviceType;
  subtype: string | null; manufacturer: string | null; model: string | null; serial: string | null; mac: string | null;
  macRaw: string | null; ip: string | null; firmware: string | null; installDate: string | null; lifecycle: Lifecycle | null;
  notes: string | null; costCents: number | null; extra: Record<string, string>; status: DeviceStatus; company: string | null;
  evidence: EvidenceColumns; overridden: boolean;

  constructor(r: Raw, siteNames: ReadonlyMap<number, string>) {
    this.id = r[0]; this.site = r[1] === null ? null : siteNames.get(r[1]) ?? null; this.assetTag = r[2]; this.building = r[3];
    this.location = r[4]; this.type = word(r[5], TYPES); this.subtype = r[6]; this.manufacturer = r[7]; this.model = r[8];
    this.serial = r[9]; this.mac = r[10]; this.macRaw = r[11]; this.ip = r[12]; this.firmware = r[13]; this.installDate = r[14];
    this.lifecycle = r[15] === null ? null : word(r[15], LIFECYCLES); this.notes = r[16]; this.costCents = r[17];
    this.extra = r[18] === null ? NO_EXTRA : parseJson<Record<string, string>>(r[18], {});
    this.status = word(r[19], STATUSES); this.company = r[20];
    this.evidence = r[21] === null ? NO_EVIDENCE : evidenceColumns(parseJson<Evidence[]>(r[21], []));
    this.overridden = r[22] === 1;
  }
}

/** Every device, in id order. */
export function loadExportDevices(db: Db): ExportDevice[] {
  const siteNames = new Map(db.prepare('SELECT id, name FROM sites').raw().all() as Array<[number, string]>);
  const out: ExportDevice[] = [];
  // iterate(), not all(): each raw row array is garbage as soon as its device is built.
  for (const r of db.prepare(DEVICE_SQL).raw().iterate() as IterableIterator<Raw>) out.push(new StoredDevice(r, siteNames));
  return out;
}

/**
 * The current scenario's plan, or null when the user never planned (no
 * scenario: an export does not create one). A scenario made stale by an edit
 * is re-run first, as the Plan page does, so the figures match the app.
 */
export function loadExportPlan(db: Db): ExportPlan | null {
  if (listScenarioRows(db).length === 0) return null;
  const view = getPlan(db);
  const items = view.summary ? listPlanItems(db, view.scenario.id).rows : [];
  return { scenarioName: view.scenario.name, params: view.scenario.params, summary: view.summary, items };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function gatherExport(db: Db, opts: { planName: string; exportedOn?: string }): ExportContext {
  const sites = db.prepare('SELECT name, name_fr, address FROM sites').all() as Array<{ name: string; name_fr: string | null; address: string | null }>;
  return {
    planName: opts.planName,
    exportedOn: opts.exportedOn ?? today(),
    ruleSetVersion: policyData.ruleSetVersion ?? null,
    devices: loadExportDevices(db),
    siteCount: sites.length,
    sitePlaces: sites.flatMap((s) => [s.name, s.name_fr, s.address].filter((v): v is string => !!v)),
    policies: listPolicies(db),
    plan: loadExportPlan(db),
    audit: listAudit(db, { limit: 1_000_000 }),
  };
}

export function planNameOf(db: Db, fallback: string): string {
  return getSetting(db, 'plan.name', fallback);
}

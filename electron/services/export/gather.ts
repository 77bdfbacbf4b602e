// Reads what the reports need from the open plan: every device with its
// extra attributes and tag, the sites, the policies, the current scenario's
// plan and the audit log.
import type { Db } from '../../../db/open';
import { listAudit } from '../../../db/queries/audit';
import { getSetting } from '../../../db/queries/settings';
import type { DeviceStatus, DeviceType, Evidence, Lifecycle } from '../../api/types';
import type { ExportContext, ExportPlan } from '../../domain/export/context';
import type { ExportDevice } from '../../domain/export/device';
import { listPlanItems, listScenarioRows } from '../../../db/queries/plan';
import { getPlan } from '../plan';
import { listPolicies } from '../policies';
import { policyData } from '../tagging';

type Raw = [
  number, string | null, string | null, string | null, string | null, DeviceType, string | null, string | null, string | null,
  string | null, string | null, string | null, string | null, string | null, string | null, Lifecycle | null, string | null,
  number | null, string, DeviceStatus, string | null, string | null, string | null,
];

// One pass, raw rows (arrays, not objects): 100k devices should not cost 100k throwaway objects more than needed.
// A clear device's evidence is never printed (only the Restricted and Review sheets write evidence), so it is
// neither read nor parsed: at 100k devices that is ~40 MB of JSON text the export would throw away.
const DEVICE_SQL = `
  SELECT d.id, s.name, d.asset_tag, d.building, d.location, d.type, d.subtype, d.manufacturer, d.model, d.serial, d.mac, d.mac_raw,
         d.ip, d.firmware, d.install_date, d.lifecycle, d.notes, d.cost_cents, d.extra, d.status, d.company,
         CASE WHEN d.status = 'clear' THEN NULL ELSE d.evidence END, d.override_status
  FROM devices d LEFT JOIN sites s ON s.id = d.site_id
  ORDER BY d.id`;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function loadExportDevices(db: Db): ExportDevice[] {
  const rows = db.prepare(DEVICE_SQL).raw().all() as Raw[];
  return rows.map((r) => ({
    id: r[0], site: r[1], assetTag: r[2], building: r[3], location: r[4], type: r[5], subtype: r[6], manufacturer: r[7], model: r[8],
    serial: r[9], mac: r[10], macRaw: r[11], ip: r[12], firmware: r[13], installDate: r[14], lifecycle: r[15], notes: r[16],
    costCents: r[17], extra: r[18] === '{}' ? {} : parseJson<Record<string, string>>(r[18], {}), status: r[19], company: r[20],
    evidence: r[21] === null || r[21] === '[]' ? [] : parseJson<Evidence[]>(r[21], []), overridden: r[22] != null,
  }));
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

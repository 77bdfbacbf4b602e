// Queries for the replacement plan: the catalogue, scenarios, their items and
// manual moves, and the inventory as the scheduler reads it (one SELECT each,
// never a query per item).
import type { CatalogueEntry, PlanItem, PlanItemPage, PlanItemQuery, PlanSiteRow } from '../../electron/api/plan-types';
import type { ScheduleDevice, ScheduleMove, ScheduleSite } from '../../electron/domain/plan/schedule';
import type { Db } from '../open';
import { WHOLE_TABLE } from './sites';

// --- inventory, as the scheduler reads it ---

export function loadScheduleDevices(db: Db): ScheduleDevice[] {
  const rows = db
    .prepare(
      `SELECT id, site_id, type, subtype, status, excluded, ip, install_date, recorder_id FROM devices
       WHERE status IN ('restricted', 'review') ORDER BY id`,
    )
    .raw()
    .all() as Array<[number, number | null, ScheduleDevice['type'], string | null, ScheduleDevice['status'], number, string | null, string | null, number | null]>;
  return rows.map(([id, siteId, type, subtype, status, excluded, ip, installDate, recorderId]) => ({
    id,
    siteId,
    type,
    subtype,
    status,
    excluded: excluded === 1,
    hasIp: ip !== null && ip.trim() !== '',
    installDate,
    recorderId,
  }));
}

export function loadScheduleSites(db: Db): ScheduleSite[] {
  return db
    .prepare('SELECT id, name, criticality, phase, pinned_month AS pinnedMonth FROM sites ORDER BY id')
    .all() as ScheduleSite[];
}

export function listPlanSites(db: Db): PlanSiteRow[] {
  return db
    .prepare(
      `SELECT s.id, s.name, s.region, s.criticality, s.phase, s.pinned_month AS pinnedMonth,
              COALESCE(c.restricted, 0) AS restricted, COALESCE(c.review, 0) AS review
       FROM sites s LEFT JOIN (SELECT site_id, SUM(status = 'restricted') AS restricted, SUM(status = 'review') AS review
                               FROM devices ${WHOLE_TABLE} GROUP BY site_id) c ON c.site_id = s.id
       ORDER BY s.name, s.id`,
    )
    .all() as PlanSiteRow[];
}

export function getPlanSite(db: Db, id: number): PlanSiteRow | undefined {
  return listPlanSites(db).find((s) => s.id === id);
}

export function updateSitePlanning(db: Db, id: number, fields: { criticality: number; phase: number | null; pinnedMonth: string | null }): void {
  db.prepare('UPDATE sites SET criticality = @criticality, phase = @phase, pinned_month = @pinnedMonth WHERE id = @id').run({ id, ...fields });
}

// --- catalogue ---

interface CatalogueDbRow {
  id: number;
  device_type: CatalogueEntry['type'];
  subtype: string;
  replacement: string;
  hardware_cents: number;
  labour_minutes: number;
  labour_rate_cents_per_hour: number;
  licence_cents_per_channel: number;
  channels: number;
  disposal_cents: number;
  lead_time_days: number;
  currency: 'CAD';
  price_date: string;
}

const toEntry = (r: CatalogueDbRow): CatalogueEntry => ({
  id: r.id,
  type: r.device_type,
  subtype: r.subtype,
  replacement: r.replacement,
  hardwareCents: r.hardware_cents,
  labourMinutes: r.labour_minutes,
  labourRateCentsPerHour: r.labour_rate_cents_per_hour,
  licenceCentsPerChannel: r.licence_cents_per_channel,
  channels: r.channels,
  disposalCents: r.disposal_cents,
  leadTimeDays: r.lead_time_days,
  currency: r.currency,
  priceDate: r.price_date,
});

export function listCatalogue(db: Db): CatalogueEntry[] {
  return (db.prepare('SELECT * FROM catalogue ORDER BY device_type, subtype, id').all() as CatalogueDbRow[]).map(toEntry);
}

export function getCatalogueEntry(db: Db, id: number): CatalogueEntry | undefined {
  const r = db.prepare('SELECT * FROM catalogue WHERE id = ?').get(id) as CatalogueDbRow | undefined;
  return r && toEntry(r);
}

export function saveCatalogueEntry(db: Db, e: Omit<CatalogueEntry, 'id'> & { id?: number }): number {
  const params = {
    id: e.id ?? null,
    type: e.type,
    subtype: e.subtype,
    replacement: e.replacement,
    hardware: e.hardwareCents,
    labourMinutes: e.labourMinutes,
    rate: e.labourRateCentsPerHour,
    licence: e.licenceCentsPerChannel,
    channels: e.channels,
    disposal: e.disposalCents,
    lead: e.leadTimeDays,
    priceDate: e.priceDate,
  };
  if (e.id !== undefined) {
    db.prepare(
      `UPDATE catalogue SET replacement = @replacement, hardware_cents = @hardware, labour_minutes = @labourMinutes,
         labour_rate_cents_per_hour = @rate, licence_cents_per_channel = @licence, channels = @channels,
         disposal_cents = @disposal, lead_time_days = @lead, price_date = @priceDate,
         updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
       WHERE id = @id`,
    ).run(params);
    return e.id;
  }
  const r = db
    .prepare(
      `INSERT INTO catalogue (device_type, subtype, replacement, hardware_cents, labour_minutes, labour_rate_cents_per_hour,
         licence_cents_per_channel, channels, disposal_cents, lead_time_days, price_date)
       VALUES (@type, @subtype, @replacement, @hardware, @labourMinutes, @rate, @licence, @channels, @disposal, @lead, @priceDate)`,
    )
    .run(params);
  return Number(r.lastInsertRowid);
}

// --- scenarios ---

export interface ScenarioDbRow {
  id: number;
  name: string;
  params: string;
  summary: string | null;
  inputs: string | null;
  created_at: string;
  run_at: string | null;
}

export function listScenarioRows(db: Db): ScenarioDbRow[] {
  return db.prepare('SELECT id, name, params, summary, inputs, created_at, run_at FROM scenarios ORDER BY id').all() as ScenarioDbRow[];
}

export function getScenarioRow(db: Db, id: number): ScenarioDbRow | undefined {
  return db.prepare('SELECT id, name, params, summary, inputs, created_at, run_at FROM scenarios WHERE id = ?').get(id) as ScenarioDbRow | undefined;
}

export function scenarioKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function findScenarioByName(db: Db, name: string): ScenarioDbRow | undefined {
  return db
    .prepare('SELECT id, name, params, summary, inputs, created_at, run_at FROM scenarios WHERE name_key = ?')
    .get(scenarioKey(name)) as ScenarioDbRow | undefined;
}

export function insertScenario(db: Db, name: string, params: unknown): number {
  const r = db
    .prepare('INSERT INTO scenarios (name, name_key, params) VALUES (?, ?, ?)')
    .run(name.trim(), scenarioKey(name), JSON.stringify(params));
  return Number(r.lastInsertRowid);
}

export function updateScenarioParams(db: Db, id: number, params: unknown): void {
  db.prepare('UPDATE scenarios SET params = ? WHERE id = ?').run(JSON.stringify(params), id);
}

/** Stored results no longer match the inventory or prices: forget them; they are re-run when next read. */
export function clearScenarioResults(db: Db): void {
  db.prepare('UPDATE scenarios SET summary = NULL, inputs = NULL, run_at = NULL').run();
}

// --- moves ---

export function listMoves(db: Db, scenarioId: number): ScheduleMove[] {
  return db
    .prepare('SELECT site_id AS siteId, month, phase FROM plan_moves WHERE scenario_id = ? ORDER BY site_id')
    .all(scenarioId) as ScheduleMove[];
}

export function setMove(db: Db, scenarioId: number, move: ScheduleMove): void {
  if (move.month === null && move.phase === null) {
    db.prepare('DELETE FROM plan_moves WHERE scenario_id = ? AND site_id = ?').run(scenarioId, move.siteId);
    return;
  }
  db.prepare(
    `INSERT INTO plan_moves (scenario_id, site_id, month, phase) VALUES (@scenarioId, @siteId, @month, @phase)
     ON CONFLICT (scenario_id, site_id) DO UPDATE SET month = excluded.month, phase = excluded.phase,
       moved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`,
  ).run({ scenarioId, ...move });
}

export function copyMoves(db: Db, fromId: number, toId: number): void {
  db.prepare('INSERT INTO plan_moves (scenario_id, site_id, month, phase) SELECT ?, site_id, month, phase FROM plan_moves WHERE scenario_id = ?').run(
    toId,
    fromId,
  );
}

// --- results ---

/**
 * A cheap fingerprint of everything in the plan file the scheduler reads
 * besides the scenario and catalogue (whose edits go through the plan service):
 * devices in scope with their status, exposure, exclusion, recorder link and
 * install date, and the sites' planning fields. A stored result whose
 * fingerprint differs is stale and is re-run.
 */
export function inputsFingerprint(db: Db): string {
  const d = db
    .prepare(
      `SELECT COUNT(*), TOTAL(id), TOTAL(id * (status = 'restricted')), TOTAL(id * (ip IS NOT NULL AND trim(ip) <> '')),
              TOTAL(id * excluded), TOTAL(COALESCE(recorder_id, 0)), TOTAL(COALESCE(site_id, 0) * (id % 9973)),
              TOTAL((id % 997) * (CAST(replace(substr(COALESCE(install_date, ''), 1, 10), '-', '') AS INTEGER) % 100003)), MAX(updated_at),
              TOTAL(length(COALESCE(subtype, ''))), TOTAL(unicode(type) * (id % 991))
       FROM devices WHERE status IN ('restricted', 'review')`,
    )
    .raw()
    .get() as unknown[];
  const s = db
    .prepare(
      `SELECT COUNT(*), TOTAL(id * criticality), TOTAL(id * COALESCE(phase, 0)), group_concat(COALESCE(pinned_month, '-'), ','),
              group_concat(name, '|') FROM (SELECT * FROM sites ORDER BY id)`,
    )
    .raw()
    .get() as unknown[];
  return JSON.stringify([d, s]);
}

/** A stored item: [deviceId, type, status, kind, phase, month, fy, hardware, labour, licence, disposal, escalation, contingency, total]. */
type ItemTuple = [number, PlanItem['type'], PlanItem['status'], PlanItem['kind'], number | null, string | null, string | null,
  number, number, number, number, number, number, number];

/** Replace a scenario's stored result (summary JSON, inputs fingerprint, items per site) in one transaction. */
export function saveScenarioResult(db: Db, scenarioId: number, summary: unknown, items: readonly PlanItem[], inputs: string): void {
  const insert = db.prepare(
    'INSERT INTO plan_site_items (scenario_id, seq, site_id, site_name, item_count, items) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.prepare('DELETE FROM plan_site_items WHERE scenario_id = ?').run(scenarioId);
    let seq = 0;
    for (let i = 0; i < items.length; ) {
      const first = items[i];
      const chunk: ItemTuple[] = [];
      for (; i < items.length && items[i].siteId === first.siteId && items[i].siteName === first.siteName; i++) {
        const it = items[i];
        const c = it.cost;
        chunk.push([it.deviceId, it.type, it.status, it.kind, it.phase, it.month, it.fy,
          c.hardwareCents, c.labourCents, c.licenceCents, c.disposalCents, c.escalationCents, c.contingencyCents, c.totalCents]);
      }
      insert.run(scenarioId, seq++, first.siteId, first.siteName, chunk.length, JSON.stringify(chunk));
    }
    db.prepare("UPDATE scenarios SET summary = ?, inputs = ?, run_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(
      JSON.stringify(summary),
      inputs,
      scenarioId,
    );
  })();
}

export function storedInputs(db: Db, scenarioId: number): string | null {
  const r = db.prepare('SELECT inputs FROM scenarios WHERE id = ?').get(scenarioId) as { inputs: string | null } | undefined;
  return r?.inputs ?? null;
}

function expand(siteId: number | null, siteName: string, json: string): PlanItem[] {
  return (JSON.parse(json) as ItemTuple[]).map(([deviceId, type, status, kind, phase, month, fy, h, l, li, d, e, c, t]) => ({
    deviceId,
    siteId,
    siteName,
    type,
    status,
    kind,
    phase,
    month,
    fy,
    cost: { hardwareCents: h, labourCents: l, licenceCents: li, disposalCents: d, escalationCents: e, contingencyCents: c, totalCents: t },
  }));
}

/** A page of a scenario's items in schedule order; only the sites the page touches are parsed. */
export function listPlanItems(db: Db, scenarioId: number, q: Omit<PlanItemQuery, 'scenarioId'> = {}): PlanItemPage {
  const where = q.siteId !== undefined ? 'AND site_id = @siteId' : '';
  const rows = db
    .prepare(`SELECT site_id, site_name, item_count, items FROM plan_site_items WHERE scenario_id = @scenarioId ${where} ORDER BY seq`)
    .raw()
    .iterate({ scenarioId, siteId: q.siteId }) as IterableIterator<[number | null, string, number, string]>;
  const offset = q.offset ?? 0;
  const limit = q.limit ?? Number.POSITIVE_INFINITY;
  const out: PlanItem[] = [];
  let total = 0;
  for (const [siteId, siteName, count, json] of rows) {
    if (q.unfundedOnly) {
      const unfunded = expand(siteId, siteName, json).filter((i) => i.month === null);
      for (const item of unfunded) {
        if (total >= offset && out.length < limit) out.push(item);
        total++;
      }
      continue;
    }
    // Parse a site's items only when the page overlaps them.
    if (total + count > offset && out.length < limit) {
      const items = expand(siteId, siteName, json);
      for (let k = Math.max(0, offset - total); k < items.length && out.length < limit; k++) out.push(items[k]);
    }
    total += count;
  }
  return { total, rows: out };
}

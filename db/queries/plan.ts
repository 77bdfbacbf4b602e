// Queries for the replacement plan: the catalogue, scenarios, their items and
// manual moves, and the inventory as the scheduler reads it (one SELECT each,
// never a query per item).
import type { CatalogueEntry, PlanItem, PlanItemPage, PlanItemQuery, PlanSiteRow } from '../../electron/api/plan-types';
import type { ScheduleDevice, ScheduleMove, ScheduleSite } from '../../electron/domain/plan/schedule';
import type { Db } from '../open';

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
              COALESCE(SUM(d.status = 'restricted'), 0) AS restricted, COALESCE(SUM(d.status = 'review'), 0) AS review
       FROM sites s LEFT JOIN devices d ON d.site_id = s.id GROUP BY s.id ORDER BY s.name, s.id`,
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
  created_at: string;
  run_at: string | null;
}

export function listScenarioRows(db: Db): ScenarioDbRow[] {
  return db.prepare('SELECT id, name, params, summary, created_at, run_at FROM scenarios ORDER BY id').all() as ScenarioDbRow[];
}

export function getScenarioRow(db: Db, id: number): ScenarioDbRow | undefined {
  return db.prepare('SELECT id, name, params, summary, created_at, run_at FROM scenarios WHERE id = ?').get(id) as ScenarioDbRow | undefined;
}

export function scenarioKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function findScenarioByName(db: Db, name: string): ScenarioDbRow | undefined {
  return db
    .prepare('SELECT id, name, params, summary, created_at, run_at FROM scenarios WHERE name_key = ?')
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

/** Replace a scenario's stored result: its summary JSON and all its items, in one transaction. */
export function saveScenarioResult(db: Db, scenarioId: number, summary: unknown, items: readonly PlanItem[]): void {
  const insert = db.prepare(
    `INSERT INTO plan_items (scenario_id, device_id, seq, site_id, site_name, device_type, device_status, kind, phase, month, fy,
       hardware_cents, labour_cents, licence_cents, disposal_cents, escalation_cents, contingency_cents, total_cents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    db.prepare('DELETE FROM plan_items WHERE scenario_id = ?').run(scenarioId);
    items.forEach((i, seq) => {
      const c = i.cost;
      insert.run(scenarioId, i.deviceId, seq, i.siteId, i.siteName, i.type, i.status, i.kind, i.phase, i.month, i.fy,
        c.hardwareCents, c.labourCents, c.licenceCents, c.disposalCents, c.escalationCents, c.contingencyCents, c.totalCents);
    });
    db.prepare("UPDATE scenarios SET summary = ?, run_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(
      JSON.stringify(summary),
      scenarioId,
    );
  })();
}

type ItemRow = [number, number | null, string, PlanItem['type'], PlanItem['status'], PlanItem['kind'], number | null, string | null, string | null,
  number, number, number, number, number, number, number];

export function listPlanItems(db: Db, scenarioId: number, q: Omit<PlanItemQuery, 'scenarioId'> = {}): PlanItemPage {
  const where = ['scenario_id = @scenarioId'];
  const params: Record<string, unknown> = { scenarioId, limit: q.limit ?? -1, offset: q.offset ?? 0 };
  if (q.siteId !== undefined) {
    where.push('site_id = @siteId');
    params.siteId = q.siteId;
  }
  if (q.unfundedOnly) where.push('month IS NULL');
  const sql = where.join(' AND ');
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM plan_items WHERE ${sql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT device_id, site_id, site_name, device_type, device_status, kind, phase, month, fy, hardware_cents, labour_cents,
         licence_cents, disposal_cents, escalation_cents, contingency_cents, total_cents
       FROM plan_items WHERE ${sql} ORDER BY seq LIMIT @limit OFFSET @offset`,
    )
    .raw()
    .all(params) as ItemRow[];
  return {
    total,
    rows: rows.map(([deviceId, siteId, siteName, type, status, kind, phase, month, fy, h, l, li, d, e, c, t]) => ({
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
    })),
  };
}

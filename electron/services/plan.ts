// The plan service: reads the inventory, catalogue and a scenario's parameters
// from the plan file, runs the pure scheduler, and stores the result (summary
// JSON + one row per item). Every change (parameters, a move, a site's
// criticality or pin, a catalogue price) is followed by a re-run when it
// affects a scenario, so what is stored always matches what was last asked.
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/queries/audit';
import { getSetting, setSetting } from '../../db/queries/settings';
import {
  clearScenarioResults,
  copyMoves,
  findScenarioByName,
  getPlanSite,
  getScenarioRow,
  insertScenario,
  listMoves,
  listScenarioRows,
  loadScheduleDevices,
  loadScheduleSites,
  inputsFingerprint,
  saveScenarioResult,
  setMove,
  updateScenarioParams,
  updateSitePlanning,
  type ScenarioDbRow,
} from '../../db/queries/plan';
import type {
  PlanParams,
  PlanSiteRow,
  PlanResult,
  PlanSummary,
  PlanView,
  ScenarioComparison,
  ScenarioInfo,
  SiteMove,
  SiteUpdate,
} from '../api/plan-types';
import { parseMonth } from '../domain/plan/fiscal';
import { checkParams, defaultParams } from '../domain/plan/params';
import { schedule } from '../domain/plan/schedule';
import { ensureCatalogue } from './plan-catalogue';

const CURRENT_KEY = 'plan.currentScenario';
export const BASE_SCENARIO_NAME = 'Base plan';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function toInfo(db: Db, row: ScenarioDbRow): ScenarioInfo {
  return {
    id: row.id,
    name: row.name,
    current: getSetting<number | null>(db, CURRENT_KEY, null) === row.id,
    createdAt: row.created_at,
    runAt: row.run_at,
    params: { ...defaultParams(today()), ...(JSON.parse(row.params) as Partial<PlanParams>) },
  };
}

/** The scenario asked for, or the current one (creating the base plan on first use). */
export function resolveScenario(db: Db, scenarioId?: number): ScenarioDbRow {
  if (scenarioId !== undefined) {
    const row = getScenarioRow(db, scenarioId);
    if (!row) throw new UserError('NOT_FOUND', `There is no scenario number ${scenarioId} in this plan.`);
    return row;
  }
  const current = getSetting<number | null>(db, CURRENT_KEY, null);
  const row = current === null ? undefined : getScenarioRow(db, current);
  if (row) return row;
  const first = listScenarioRows(db)[0];
  if (first) {
    setSetting(db, CURRENT_KEY, first.id);
    return first;
  }
  const id = insertScenario(db, BASE_SCENARIO_NAME, defaultParams(today()));
  setSetting(db, CURRENT_KEY, id);
  return getScenarioRow(db, id)!;
}

export function listScenarios(db: Db): ScenarioInfo[] {
  resolveScenario(db);
  return listScenarioRows(db).map((r) => toInfo(db, r));
}

export function getScenario(db: Db, scenarioId?: number): ScenarioInfo {
  return toInfo(db, resolveScenario(db, scenarioId));
}

export function selectScenario(db: Db, id: number): ScenarioInfo {
  const row = resolveScenario(db, id);
  setSetting(db, CURRENT_KEY, row.id);
  return toInfo(db, row);
}

/** Merge a partial change into a scenario's parameters, refusing an invalid result. */
export function setPlanParams(db: Db, change: Partial<PlanParams>, scenarioId?: number, user?: string): ScenarioInfo {
  const info = getScenario(db, scenarioId);
  const next = checkParams({ ...info.params, ...change });
  db.transaction(() => {
    updateScenarioParams(db, info.id, next);
    if (user && JSON.stringify(next) !== JSON.stringify(info.params)) {
      appendAudit(db, { user, action: 'plan.setParams', entity: 'scenario', entityId: info.id, oldValue: JSON.stringify(info.params), newValue: JSON.stringify(next) });
    }
  })();
  return getScenario(db, info.id);
}

/** Delete a scenario (never the last one); the current scenario moves to the first remaining. */
export function deleteScenario(db: Db, user: string, id: number): ScenarioInfo[] {
  const row = resolveScenario(db, id);
  if (listScenarioRows(db).length <= 1) throw new UserError('LAST_SCENARIO', 'A plan keeps at least one scenario; copy it before deleting this one.');
  db.transaction(() => {
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(row.id);
    appendAudit(db, { user, action: 'scenario.delete', entity: 'scenario', entityId: row.id, oldValue: row.name });
    if (getSetting<number | null>(db, CURRENT_KEY, null) === row.id) setSetting(db, CURRENT_KEY, listScenarioRows(db)[0].id);
  })();
  return listScenarios(db);
}

/** Run the scheduler for a scenario and store the result. */
export function runPlan(db: Db, scenarioId?: number, inputs = inputsFingerprint(db)): PlanResult {
  const info = getScenario(db, scenarioId);
  const result = schedule({
    devices: loadScheduleDevices(db),
    sites: loadScheduleSites(db),
    catalogue: ensureCatalogue(db),
    params: checkParams(info.params),
    moves: listMoves(db, info.id),
  });
  const { items, ...summary } = result;
  saveScenarioResult(db, info.id, summary, items, inputs);
  return result;
}

export function summaryOf(result: PlanResult): PlanSummary {
  const { items: _items, ...summary } = result;
  return summary;
}

/**
 * A scenario's parameters and result. A scenario never run, or whose stored
 * result no longer matches the inventory (an import, a re-tag, a site edit),
 * is run first, so what is shown is never stale.
 */
export function getPlan(db: Db, scenarioId?: number): PlanView {
  const row = resolveScenario(db, scenarioId);
  const inputs = inputsFingerprint(db); // read once: a stale plan's run stores the same one
  if (isFresh(row, inputs)) return storedView(db, row);
  const summary = summaryOf(runPlan(db, row.id, inputs)); // before reading the scenario: the run sets its runAt
  return { scenario: getScenario(db, row.id), summary };
}

/**
 * A scenario's parameters and stored result when that result still matches the inventory; null when it must be
 * run first (never run, or an import, re-tag or site edit since). Cheap (one aggregate read, ~0.1 s at 100,000
 * devices), so the thread serving the UI can ask before sending a run to a worker.
 */
export function freshPlan(db: Db, scenarioId?: number): PlanView | null {
  const row = resolveScenario(db, scenarioId);
  return isFresh(row, inputsFingerprint(db)) ? storedView(db, row) : null;
}

const isFresh = (row: ScenarioDbRow, inputs: string): boolean => row.summary !== null && row.inputs === inputs;
const storedView = (db: Db, row: ScenarioDbRow): PlanView => ({ scenario: getScenario(db, row.id), summary: JSON.parse(row.summary!) as PlanSummary });

/** Copy a scenario (parameters and manual moves) under a new name, and run the copy. */
export function copyScenario(db: Db, name: string, fromId?: number, opts: { run?: boolean } = {}): ScenarioInfo {
  const trimmed = name.trim();
  if (!trimmed) throw new UserError('BAD_NAME', 'Give the new scenario a name.');
  if (findScenarioByName(db, trimmed)) throw new UserError('DUPLICATE', `A scenario named "${trimmed}" already exists; choose another name.`);
  const from = getScenario(db, fromId);
  const id = db.transaction(() => {
    const newId = insertScenario(db, trimmed, from.params);
    copyMoves(db, from.id, newId);
    return newId;
  })();
  if (opts.run ?? true) runPlan(db, id);
  return getScenario(db, id);
}

/** Move a whole site to a month or phase in one scenario (nulls clear the move), then re-run. */
export function moveSite(db: Db, user: string, move: SiteMove): PlanSummary {
  const info = getScenario(db, move.scenarioId);
  const month = move.month ?? null;
  const phase = move.phase ?? null;
  if (month !== null && parseMonth(month) === null) throw new UserError('BAD_MONTH', `"${month}" is not a month like 2026-09.`);
  if (phase !== null && (!Number.isInteger(phase) || phase < 1 || phase > 99)) {
    throw new UserError('BAD_PHASE', `The phase must be a whole number from 1 to 99 (got ${phase}).`);
  }
  if (!db.prepare('SELECT 1 FROM sites WHERE id = ?').get(move.siteId)) {
    throw new UserError('NOT_FOUND', `There is no site number ${move.siteId} in this plan.`);
  }
  db.transaction(() => {
    setMove(db, info.id, { siteId: move.siteId, month, phase });
    appendAudit(db, {
      user,
      action: 'plan.moveSite',
      entity: 'site',
      entityId: move.siteId,
      newValue: JSON.stringify({ scenario: info.name, month, phase }),
    });
  })();
  return summaryOf(runPlan(db, info.id));
}

/** Side-by-side figures for the compare view; scenarios never run are run first. */
export function compareScenarios(db: Db, ids: readonly number[]): ScenarioComparison {
  return comparisonOf(ids.map((id) => getPlan(db, id)));
}

/** The compare view's figures from the scenarios' current plans. */
export function comparisonOf(views: readonly PlanView[]): ScenarioComparison {
  const rows = views.map((view) => {
    const s = view.summary!;
    return {
      scenarioId: view.scenario.id,
      name: view.scenario.name,
      totalCostCents: s.fundedCostCents + s.unfundedCostCents,
      fundedCostCents: s.fundedCostCents,
      finishDate: s.finishDate,
      lastMonth: s.lastMonth,
      unfundedDevices: s.unfundedDevices,
      unfundedCostCents: s.unfundedCostCents,
      byFiscalYear: s.byFiscalYear.map((y) => ({ fy: y.fy, capCents: y.capCents, spendCents: y.spend.totalCents, restrictedRemaining: y.restrictedRemaining })),
      byMonth: s.byMonth.map((m) => ({ month: m.month, restrictedRemaining: m.restrictedRemaining })),
    };
  });
  const fiscalYears = [...new Set(rows.flatMap((r) => r.byFiscalYear.map((y) => y.fy)))].sort();
  return { fiscalYears, rows };
}


/** Change a site's criticality, phase or pinned month (for every scenario). */
export function updateSite(db: Db, user: string, update: SiteUpdate): PlanSiteRow {
  const site = getPlanSite(db, update.id);
  if (!site) throw new UserError('NOT_FOUND', `There is no site number ${update.id} in this plan.`);
  const next = {
    criticality: update.criticality ?? site.criticality,
    phase: update.phase === undefined ? site.phase : update.phase,
    pinnedMonth: update.pinnedMonth === undefined ? site.pinnedMonth : update.pinnedMonth,
  };
  if (!Number.isInteger(next.criticality) || next.criticality < 1 || next.criticality > 4) {
    throw new UserError('BAD_CRITICALITY', `Criticality must be 1 (high security) to 4 (general); got ${next.criticality}.`);
  }
  if (next.phase !== null && (!Number.isInteger(next.phase) || next.phase < 1 || next.phase > 99)) {
    throw new UserError('BAD_PHASE', `The phase must be a whole number from 1 to 99 (got ${next.phase}).`);
  }
  if (next.pinnedMonth !== null && parseMonth(next.pinnedMonth) === null) {
    throw new UserError('BAD_MONTH', `"${next.pinnedMonth}" is not a month like 2026-09.`);
  }
  db.transaction(() => {
    updateSitePlanning(db, site.id, next);
    appendAudit(db, {
      user,
      action: 'site.update',
      entity: 'site',
      entityId: site.id,
      oldValue: JSON.stringify({ criticality: site.criticality, phase: site.phase, pinnedMonth: site.pinnedMonth }),
      newValue: JSON.stringify(next),
    });
    clearScenarioResults(db);
  })();
  return getPlanSite(db, site.id)!;
}

/** Link a device to the recorder that records it (or unlink with null), by hand. */
export function setRecorder(db: Db, user: string, deviceId: number, recorderId: number | null): null {
  const device = db.prepare('SELECT id, type, recorder_id FROM devices WHERE id = ?').get(deviceId) as
    | { id: number; type: string; recorder_id: number | null }
    | undefined;
  if (!device) throw new UserError('NOT_FOUND', `There is no device number ${deviceId} in this plan.`);
  if (device.type === 'recorder') throw new UserError('BAD_LINK', `Device ${deviceId} is itself a recorder; link the cameras to it instead.`);
  if (recorderId !== null) {
    const rec = db.prepare('SELECT type FROM devices WHERE id = ?').get(recorderId) as { type: string } | undefined;
    if (!rec) throw new UserError('NOT_FOUND', `There is no device number ${recorderId} in this plan.`);
    if (rec.type !== 'recorder') throw new UserError('BAD_LINK', `Device ${recorderId} is a ${rec.type}, not a recorder.`);
  }
  db.transaction(() => {
    db.prepare("UPDATE devices SET recorder_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?").run(recorderId, deviceId);
    appendAudit(db, {
      user,
      action: 'device.setRecorder',
      entity: 'device',
      entityId: deviceId,
      oldValue: device.recorder_id === null ? null : String(device.recorder_id),
      newValue: recorderId === null ? null : String(recorderId),
    });
  })();
  return null;
}

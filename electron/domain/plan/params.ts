// Plan parameters: defaults, and the checks that turn a parameter set into the
// numbers the scheduler works with. Refusals are one sentence a user can act on.
import { UserError } from '../../../db/errors';
import type { PlanParams } from '../../api/plan-types';
import { dateMonth, fiscalYearOfMonth, fyFirstMonth, fyLabel, fyLastMonth, parseDate, parseFyLabel, type MonthIndex } from './fiscal';

export const DEFAULT_CAPACITY = 40;

/** Defaults for a new scenario; `today` is passed in so the domain stays pure. */
export function defaultParams(today: string): PlanParams {
  const d = parseDate(today);
  const start = d ? `${d.year}-${String(d.month).padStart(2, '0')}-01` : '2026-04-01';
  return {
    start,
    budgets: [],
    capacity: DEFAULT_CAPACITY,
    contingencyPct: 10,
    escalationPct: 3,
    includeReview: false,
    phaseMode: 'fiscalYear',
    unitCosts: {},
  };
}

export interface PlanFrame {
  startMonth: MonthIndex;
  startFy: number;
  /** Cap per fiscal year (start year -> cents); missing years inside the plan have a cap of 0. */
  caps: Map<number, number>;
  /** Last month of the last budgeted fiscal year; startMonth - 1 when there is no budget at all. */
  horizonEnd: MonthIndex;
  capacity: number;
}

export function planFrame(params: PlanParams): PlanFrame {
  const startMonth = dateMonth(params.start);
  if (startMonth === null || !parseDate(params.start)) {
    throw new UserError('BAD_PARAMS', `The plan start date "${params.start}" is not a date like 2026-04-01.`);
  }
  if (!Number.isInteger(params.capacity) || params.capacity < 1) {
    throw new UserError('BAD_PARAMS', `The install capacity must be a whole number of devices per month, at least 1 (got ${params.capacity}).`);
  }
  const startFy = fiscalYearOfMonth(startMonth);
  const caps = new Map<number, number>();
  for (const b of params.budgets) {
    const fy = parseFyLabel(b.fy);
    if (fy === null) throw new UserError('BAD_PARAMS', `"${b.fy}" is not a fiscal year label like 2026-27.`);
    if (fy < startFy) {
      throw new UserError('BAD_PARAMS', `The budget for ${b.fy} ends before the plan starts (${params.start}, fiscal year ${fyLabel(startFy)}).`);
    }
    if (!Number.isSafeInteger(b.capCents) || b.capCents < 0) {
      throw new UserError('BAD_PARAMS', `The budget for ${b.fy} must be a positive amount in cents.`);
    }
    if (caps.has(fy)) throw new UserError('BAD_PARAMS', `The budget for ${b.fy} is given twice.`);
    caps.set(fy, b.capCents);
  }
  const lastFy = caps.size ? Math.max(...caps.keys()) : null;
  return {
    startMonth,
    startFy,
    caps,
    horizonEnd: lastFy === null ? startMonth - 1 : fyLastMonth(lastFy),
    capacity: params.capacity,
  };
}

/** First month of phase k when phases are fiscal years (phase 1 = the year the plan starts in). */
export function fiscalPhaseStart(frame: PlanFrame, phase: number): MonthIndex {
  return Math.max(frame.startMonth, fyFirstMonth(frame.startFy + phase - 1));
}

/** Refuse a parameter set the scheduler cannot use; returns it unchanged when valid. */
export function checkParams(params: PlanParams): PlanParams {
  planFrame(params);
  for (const [name, pct] of [['contingency', params.contingencyPct], ['escalation', params.escalationPct]] as const) {
    if (!Number.isFinite(pct) || pct < 0 || pct > 100 || Math.abs(pct * 100 - Math.round(pct * 100)) > 1e-9) {
      throw new UserError('BAD_PARAMS', `The ${name} must be a percentage from 0 to 100 with at most two decimals (got ${pct}).`);
    }
  }
  for (const [type, cents] of Object.entries(params.unitCosts)) {
    if (cents !== undefined && (!Number.isSafeInteger(cents) || cents < 0)) {
      throw new UserError('BAD_PARAMS', `The unit cost for ${type} must be a positive amount in cents.`);
    }
  }
  if (!['fiscalYear', 'criticality', 'manual'].includes(params.phaseMode)) {
    throw new UserError('BAD_PARAMS', `The phase mode must be fiscalYear, criticality or manual (got ${String(params.phaseMode)}).`);
  }
  return params;
}

// Parsing of the plan command's flag values. Bad values are usage errors
// (exit 2) whose message names the flag and shows the expected form.
import type { PlanParams } from '../../api/plan-types';
import { parseDate, parseFyLabel } from '../../domain/plan/fiscal';
import { parseDollars, parsePercent } from '../../domain/plan/money';
import { UsageError, type ParsedArgs } from '../args';

const UNIT_COST_KEYS: Record<string, 'camera' | 'recorder' | 'encoder'> = {
  camera: 'camera',
  nvr: 'recorder',
  dvr: 'recorder',
  recorder: 'recorder',
  encoder: 'encoder',
};

function pairs(flag: string, text: string, example: string): Array<[string, string]> {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new UsageError(`--${flag} needs at least one entry like ${example}.`);
  return parts.map((p) => {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--${flag}: "${p}" is not in the form ${example}.`);
    return [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
  });
}

export function parseBudgetFlag(text: string): PlanParams['budgets'] {
  const seen = new Set<string>();
  return pairs('budget', text, '2026-27=150000').map(([fy, amount]) => {
    if (parseFyLabel(fy) === null) throw new UsageError(`--budget: "${fy}" is not a fiscal year like 2026-27 (1 April 2026 – 31 March 2027).`);
    if (seen.has(fy)) throw new UsageError(`--budget: ${fy} is given twice.`);
    seen.add(fy);
    const capCents = parseDollars(amount);
    if (capCents === null) throw new UsageError(`--budget: "${amount}" for ${fy} is not an amount in dollars like 150000 or 1234.56.`);
    return { fy, capCents };
  });
}

export function parseUnitCostFlag(text: string): PlanParams['unitCosts'] {
  const out: PlanParams['unitCosts'] = {};
  for (const [key, amount] of pairs('unit-cost', text, 'camera=900,nvr=6500')) {
    const type = UNIT_COST_KEYS[key.toLowerCase()];
    if (!type) throw new UsageError(`--unit-cost: "${key}" is not a device type; use camera, nvr (or recorder) or encoder.`);
    const cents = parseDollars(amount);
    if (cents === null) throw new UsageError(`--unit-cost: "${amount}" for ${key} is not an amount in dollars like 900 or 899.99.`);
    out[type] = cents;
  }
  return out;
}

function percentFlag(flag: string, text: string): number {
  const bp = parsePercent(text);
  if (bp === null || bp > 10_000) throw new UsageError(`--${flag} must be a percentage from 0 to 100 with at most two decimals, like 3.5 (got "${text}").`);
  return bp / 100;
}

/** The parameter changes the flags ask for (only the flags given). */
export function paramsFromFlags(args: ParsedArgs): Partial<PlanParams> {
  const change: Partial<PlanParams> = {};
  const v = (name: string) => args.values.get(name);
  const start = v('start');
  if (start !== undefined) {
    if (!parseDate(start)) throw new UsageError(`--start must be a date like 2026-04-01 (got "${start}").`);
    change.start = start;
  }
  const budget = v('budget');
  if (budget !== undefined) change.budgets = parseBudgetFlag(budget);
  const unit = v('unit-cost');
  if (unit !== undefined) change.unitCosts = parseUnitCostFlag(unit);
  const capacity = v('capacity');
  if (capacity !== undefined) {
    if (!/^\d{1,7}$/.test(capacity) || Number(capacity) < 1) {
      throw new UsageError(`--capacity must be a whole number of devices per month, at least 1 (got "${capacity}").`);
    }
    change.capacity = Number(capacity);
  }
  const escalation = v('escalation');
  if (escalation !== undefined) change.escalationPct = percentFlag('escalation', escalation);
  const contingency = v('contingency');
  if (contingency !== undefined) change.contingencyPct = percentFlag('contingency', contingency);
  return change;
}

// The parameters form's model: text fields as typed, and the check that turns
// them into the API's PlanParams (dollars -> cents) or into sentences saying
// what to correct. Kept apart from the component so tests can pin it down.
import type { PhaseMode, PlanParams } from '../../../../electron/api/plan-types';
import type { Lang, MessageKey } from '../../i18n';
import { centsToInput, dollarsToCents, fyOfDate, fyStartYear, isDate, parsePct, parseWhole } from './format';

export interface BudgetRowText {
  key: number;
  fy: string;
  cap: string;
}

export interface ParamsText {
  start: string;
  budgets: BudgetRowText[];
  capacity: string;
  contingency: string;
  escalation: string;
  includeReview: boolean;
  phaseMode: PhaseMode;
}

export type FormMessage = { key: MessageKey; params?: Record<string, string | number> };
/** Field id ('start', 'capacity', 'fy-<key>', 'cap-<key>', ...) -> what is wrong with it. */
export type FormErrors = Record<string, FormMessage>;

let nextKey = 1;
export function newRowKey(): number {
  return nextKey++;
}

export function toText(p: PlanParams, lang: Lang): ParamsText {
  return {
    start: p.start,
    budgets: p.budgets.map((b) => ({ key: newRowKey(), fy: b.fy, cap: centsToInput(b.capCents, lang) })),
    capacity: String(p.capacity),
    contingency: String(p.contingencyPct).replace('.', lang === 'fr' ? ',' : '.'),
    escalation: String(p.escalationPct).replace('.', lang === 'fr' ? ',' : '.'),
    includeReview: p.includeReview,
    phaseMode: p.phaseMode,
  };
}

export type ParamsChange = Omit<PlanParams, 'unitCosts'>;

export function checkParamsText(f: ParamsText): { params: ParamsChange | null; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!isDate(f.start)) errors.start = { key: 'plan.err.start' };
  const startFy = fyOfDate(f.start);
  const seen = new Set<number>();
  const budgets: PlanParams['budgets'] = [];
  for (const row of f.budgets) {
    const year = fyStartYear(row.fy);
    if (year === null) errors[`fy-${row.key}`] = { key: 'plan.err.fy' };
    else if (seen.has(year)) errors[`fy-${row.key}`] = { key: 'plan.err.fyDuplicate', params: { fy: row.fy.trim() } };
    else if (startFy !== null && year < startFy) errors[`fy-${row.key}`] = { key: 'plan.err.fyBeforeStart', params: { fy: row.fy.trim() } };
    if (year !== null) seen.add(year);
    const cents = dollarsToCents(row.cap);
    if (cents === null) errors[`cap-${row.key}`] = { key: 'plan.err.amount' };
    if (year !== null && cents !== null) budgets.push({ fy: row.fy.trim(), capCents: cents });
  }
  const capacity = parseWhole(f.capacity, 1);
  if (capacity === null || capacity > 1_000_000) errors.capacity = { key: 'plan.err.capacity' };
  const contingencyPct = parsePct(f.contingency);
  if (contingencyPct === null) errors.contingency = { key: 'plan.err.contingency' };
  const escalationPct = parsePct(f.escalation);
  if (escalationPct === null) errors.escalation = { key: 'plan.err.escalation' };
  if (Object.keys(errors).length > 0) return { params: null, errors };
  budgets.sort((a, b) => a.fy.localeCompare(b.fy));
  return {
    params: {
      start: f.start,
      budgets,
      capacity: capacity!,
      contingencyPct: contingencyPct!,
      escalationPct: escalationPct!,
      includeReview: f.includeReview,
      phaseMode: f.phaseMode,
    },
    errors,
  };
}

/** The fiscal year after the last row's (or the one the plan starts in), for "Add a fiscal year". */
export function nextFiscalYear(f: ParamsText): number {
  const years = f.budgets.map((b) => fyStartYear(b.fy)).filter((y): y is number => y !== null);
  if (years.length) return Math.max(...years) + 1;
  return fyOfDate(f.start) ?? new Date().getFullYear();
}

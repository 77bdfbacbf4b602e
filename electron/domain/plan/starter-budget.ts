// A starting point for a plan with no budget yet: the whole cost spread evenly
// over three fiscal years from the start, each cap rounded up to $10,000, so
// the first dashboard a manager sees shows a funded schedule they can adjust.
import type { PlanSummary } from '../../api/plan-types';

export const STARTER_YEARS = 3;
const ROUND_CENTS = 10_000_00;

/** 'YYYY-MM' -> the fiscal year label it falls in ('2027-03' -> '2026-27'). */
export function fiscalYearOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const start = m >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function starterBudget(plan: Pick<PlanSummary, 'startMonth' | 'fundedCostCents' | 'unfundedCostCents'>, years = STARTER_YEARS): Array<{ fy: string; capCents: number }> {
  const total = plan.fundedCostCents + plan.unfundedCostCents;
  if (total <= 0) return [];
  // Escalation makes later years dearer than the priced total: leave 10 % headroom.
  const perYear = Math.ceil((total * 11) / (years * 10 * ROUND_CENTS)) * ROUND_CENTS; // integers: 1.1 would round up an exact amount
  const first = Number(fiscalYearOf(plan.startMonth).slice(0, 4));
  return Array.from({ length: years }, (_, i) => ({ fy: `${first + i}-${String((first + i + 1) % 100).padStart(2, '0')}`, capCents: perYear }));
}

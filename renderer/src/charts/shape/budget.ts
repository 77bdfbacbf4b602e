// Budget by fiscal year: where the money goes each year, against the cap.
import type { FiscalYearSummary } from '../../../../electron/api/plan-types';

/** Cost categories in stacking order (bottom first). Escalation is shown with contingency: both are allowances on top of quoted prices. */
export const BUDGET_CATEGORIES = ['hardware', 'labour', 'licence', 'disposal', 'contingency'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export interface BudgetYearRow extends Record<BudgetCategory, number> {
  fy: string;
  /** Sum of the categories, cents. */
  total: number;
  /** Cap for the year, cents; null when the view is filtered (a cap applies to the whole plan, not a region). */
  cap: number | null;
  overCap: boolean;
  devices: number;
}

export function budgetByFiscalYear(years: readonly FiscalYearSummary[], opts: { showCap: boolean }): BudgetYearRow[] {
  return years.map((y) => {
    const s = y.spend;
    const contingency = s.contingencyCents + s.escalationCents;
    const total = s.hardwareCents + s.labourCents + s.licenceCents + s.disposalCents + contingency;
    const cap = opts.showCap ? y.capCents : null;
    return {
      fy: y.fy,
      hardware: s.hardwareCents,
      labour: s.labourCents,
      licence: s.licenceCents,
      disposal: s.disposalCents,
      contingency,
      total,
      cap,
      overCap: cap !== null && total > cap,
      devices: y.devices,
    };
  });
}

export interface CumulativeRow {
  fy: string;
  /** Cumulative spend to the end of the year, cents. */
  spend: number;
  /** Cumulative budget to the end of the year, cents; null when the view is filtered. */
  budget: number | null;
}

/** Running totals of spend and cap, year by year (computed here so a filtered set of years adds up the same way). */
export function cumulativeSpend(years: readonly FiscalYearSummary[], opts: { showCap: boolean }): CumulativeRow[] {
  let spend = 0;
  let budget = 0;
  return years.map((y) => {
    spend += y.spend.totalCents;
    budget += y.capCents;
    return { fy: y.fy, spend, budget: opts.showCap ? budget : null };
  });
}

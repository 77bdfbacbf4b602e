// The counts a plan's roll-ups are built from: devices, spend and restricted
// devices placed per month, spend and devices per fiscal year, and the funded
// and unfunded totals. The scheduler's summary keys them by month index and
// fiscal year number; the dashboard's narrowed plan by their labels.
import type { CostBreakdown } from '../../api/plan-types';
import { addCost, ZERO_COST } from './cost';

export interface Tally<Month, Year> {
  monthDevices: Map<Month, number>;
  monthSpend: Map<Month, number>;
  monthRestricted: Map<Month, number>;
  fySpend: Map<Year, CostBreakdown>;
  fyDevices: Map<Year, number>;
  fundedDevices: number;
  fundedCostCents: number;
  unfundedDevices: number;
  unfundedCostCents: number;
}

export function newTally<Month, Year>(): Tally<Month, Year> {
  return {
    monthDevices: new Map(), monthSpend: new Map(), monthRestricted: new Map(), fySpend: new Map(), fyDevices: new Map(),
    fundedDevices: 0, fundedCostCents: 0, unfundedDevices: 0, unfundedCostCents: 0,
  };
}

/** A device left outside the budgeted months. */
export function tallyUnfunded(t: Tally<unknown, unknown>, cost: CostBreakdown): void {
  t.unfundedDevices++;
  t.unfundedCostCents += cost.totalCents;
}

/** A device placed in `month` of fiscal year `fy`. */
export function tallyFunded<Month, Year>(t: Tally<Month, Year>, month: Month, fy: Year, cost: CostBreakdown, restricted: boolean): void {
  t.fundedDevices++;
  t.fundedCostCents += cost.totalCents;
  t.monthDevices.set(month, (t.monthDevices.get(month) ?? 0) + 1);
  t.monthSpend.set(month, (t.monthSpend.get(month) ?? 0) + cost.totalCents);
  if (restricted) t.monthRestricted.set(month, (t.monthRestricted.get(month) ?? 0) + 1);
  let spend = t.fySpend.get(fy);
  if (!spend) t.fySpend.set(fy, (spend = { ...ZERO_COST }));
  addCost(spend, cost);
  t.fyDevices.set(fy, (t.fyDevices.get(fy) ?? 0) + 1);
}

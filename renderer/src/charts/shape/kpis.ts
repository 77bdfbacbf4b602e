// The seven numbers at the top of the dashboard.
import type { PlanSummary } from '../../../../electron/api/plan-types';
import type { InventoryAggregates } from '../../../../electron/api/charts-types';

export interface Kpis {
  devices: number;
  restricted: number;
  /** restricted / devices, 0–1. */
  restrictedShare: number;
  sitesAffected: number;
  /** Funded plus unfunded cost, cents; null until a plan has been run. */
  totalCostCents: number | null;
  /** Date the last restricted device goes, or null (no plan, or a backlog that is never funded). */
  finishDate: string | null;
  /** 'funded' when finishDate is set; 'backlog' when money runs out; 'none' when nothing is planned. */
  finish: 'funded' | 'backlog' | 'none' | 'noPlan';
  unfundedDevices: number | null;
  unfundedCostCents: number | null;
}

export function kpis(inv: InventoryAggregates, plan: PlanSummary | null): Kpis {
  const restricted = inv.status.restricted;
  return {
    devices: inv.devices,
    restricted,
    restrictedShare: inv.devices ? restricted / inv.devices : 0,
    sitesAffected: inv.sitesAffected,
    totalCostCents: plan ? plan.fundedCostCents + plan.unfundedCostCents : null,
    finishDate: plan?.finishDate ?? null,
    finish: !plan ? 'noPlan' : plan.finishDate ? 'funded' : plan.unfundedDevices > 0 ? 'backlog' : 'none',
    unfundedDevices: plan ? plan.unfundedDevices : null,
    unfundedCostCents: plan ? plan.unfundedCostCents : null,
  };
}

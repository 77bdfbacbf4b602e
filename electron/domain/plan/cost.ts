// The cost of one plan item, in integer cents, and how it is rounded.
//
//   hardware    = catalogue unit cost (or the scenario's unit-cost override for the type)
//   labour      = round(labour minutes × hourly rate / 60)
//   licence     = licence per channel × channels
//   disposal    = catalogue disposal cost
//   base        = hardware + labour + licence + disposal
//   escalated   = round(base × (1 + escalation)^years)   — years = full years from the
//                 catalogue's price month to the work month, compounded, rounded once
//   escalation  = escalated − base
//   contingency = round(escalated × contingency %)
//   total       = escalated + contingency
// Every rounding is half-up to the cent. An excluded device (decommissioned
// without replacement) costs its disposal line only, escalated and with contingency.
import type { CatalogueEntry, CostBreakdown, PlanParams } from '../../api/plan-types';
import type { DeviceType } from '../../api/types';
import type { MonthIndex } from './fiscal';
import { applyBp, compound, percentToBp } from './money';

export type ItemKind = 'replace' | 'dispose';

export const ZERO_COST: CostBreakdown = {
  hardwareCents: 0,
  labourCents: 0,
  licenceCents: 0,
  disposalCents: 0,
  escalationCents: 0,
  contingencyCents: 0,
  totalCents: 0,
};

/** Full years from the price month (of the catalogue's price date) to the work month; 0 when the work comes first. */
export function escalationYears(priced: MonthIndex | null, workMonth: MonthIndex): number {
  if (priced === null || workMonth <= priced) return 0;
  return Math.floor((workMonth - priced) / 12);
}

export interface CostRates {
  escalationBp: number;
  contingencyBp: number;
  unitCosts: PlanParams['unitCosts'];
}

export function costRates(params: PlanParams): CostRates {
  return {
    escalationBp: percentToBp(params.escalationPct),
    contingencyBp: percentToBp(params.contingencyPct),
    unitCosts: params.unitCosts,
  };
}

export function itemCost(entry: CatalogueEntry, kind: ItemKind, years: number, rates: CostRates): CostBreakdown {
  const replace = kind === 'replace';
  const override = entry.type === 'camera' || entry.type === 'recorder' || entry.type === 'encoder' ? rates.unitCosts[entry.type] : undefined;
  const hardwareCents = replace ? (override ?? entry.hardwareCents) : 0;
  const labourCents = replace ? Math.floor((entry.labourMinutes * entry.labourRateCentsPerHour * 2 + 60) / 120) : 0;
  const licenceCents = replace ? entry.licenceCentsPerChannel * entry.channels : 0;
  const disposalCents = entry.disposalCents;
  const base = hardwareCents + labourCents + licenceCents + disposalCents;
  const escalated = compound(base, rates.escalationBp, years);
  const contingencyCents = applyBp(escalated, rates.contingencyBp);
  return {
    hardwareCents,
    labourCents,
    licenceCents,
    disposalCents,
    escalationCents: escalated - base,
    contingencyCents,
    totalCents: escalated + contingencyCents,
  };
}

/** The catalogue entry for a device: its exact subtype first, then the type's general ('') entry. */
export function catalogueLookup(catalogue: readonly CatalogueEntry[]): (type: DeviceType, subtype: string | null) => number {
  const index = new Map<string, number>();
  catalogue.forEach((e, i) => index.set(`${e.type}|${e.subtype.trim().toLowerCase()}`, i));
  return (type, subtype) => {
    const sub = (subtype ?? '').trim().toLowerCase();
    const exact = sub ? index.get(`${type}|${sub}`) : undefined;
    return exact ?? index.get(`${type}|`) ?? -1;
  };
}

export function addCost(into: CostBreakdown, c: CostBreakdown): void {
  into.hardwareCents += c.hardwareCents;
  into.labourCents += c.labourCents;
  into.licenceCents += c.licenceCents;
  into.disposalCents += c.disposalCents;
  into.escalationCents += c.escalationCents;
  into.contingencyCents += c.contingencyCents;
  into.totalCents += c.totalCents;
}

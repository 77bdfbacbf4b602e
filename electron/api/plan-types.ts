// Data shapes of the replacement plan that cross the API boundary. Types only.
//
// Money is integer cents everywhere in these types (fields end in `Cents`).
// Months are 'YYYY-MM'; fiscal years are Canadian federal labels like '2026-27'
// (1 April 2026 – 31 March 2027). Percentages are plain numbers (3.5 = 3.5 %).
import type { DeviceType } from './types';

export type PhaseMode = 'fiscalYear' | 'criticality' | 'manual';

/** A scenario's planning parameters (stored as JSON on the scenario). */
export interface PlanParams {
  /** First day work may start, 'YYYY-MM-DD'; work is planned by month from this date's month. */
  start: string;
  /** Budget cap per fiscal year; years inside the plan without an entry have a cap of 0. */
  budgets: Array<{ fy: string; capCents: number }>;
  /** Install capacity: devices replaced or decommissioned per month. */
  capacity: number;
  /** Contingency, % of the escalated cost, up to 2 decimals. */
  contingencyPct: number;
  /** Price escalation, % per full year since the catalogue's price date, compounded. */
  escalationPct: number;
  /** Also replace devices tagged 'review' (restricted devices are always in scope). */
  includeReview: boolean;
  phaseMode: PhaseMode;
  /** Hardware unit-cost overrides per device type, replacing the catalogue's figure for every entry of that type. */
  unitCosts: Partial<Record<'camera' | 'recorder' | 'encoder', number>>;
}

export interface CostBreakdown {
  hardwareCents: number;
  labourCents: number;
  licenceCents: number;
  disposalCents: number;
  escalationCents: number;
  contingencyCents: number;
  totalCents: number;
}

export interface PlanItem {
  deviceId: number;
  siteId: number | null;
  siteName: string;
  type: DeviceType;
  status: 'restricted' | 'review' | 'clear';
  /** 'replace' = new compliant device; 'dispose' = excluded device, decommissioned without replacement. */
  kind: 'replace' | 'dispose';
  phase: number | null;
  /** Month of work, or null when the item is in the unfunded backlog. */
  month: string | null;
  fy: string | null;
  /** For funded items, the cost in their month; for unfunded ones, the cost priced in the first month after the budgeted years. */
  cost: CostBreakdown;
}

export interface FiscalYearSummary {
  fy: string;
  capCents: number;
  spend: CostBreakdown;
  devices: number;
  /** Restricted devices still in place on 31 March of this year. */
  restrictedRemaining: number;
  cumulativeSpendCents: number;
  cumulativeCapCents: number;
}

export interface MonthSummary {
  month: string;
  fy: string;
  devices: number;
  spendCents: number;
  /** Restricted devices still in place at the end of the month (burn-down). */
  restrictedRemaining: number;
}

/** One bar of the phase timeline (Gantt). */
export interface SiteTimeline {
  siteId: number | null;
  siteName: string;
  criticality: number;
  phase: number | null;
  firstMonth: string | null;
  lastMonth: string | null;
  devices: number;
  costCents: number;
  unfundedDevices: number;
  /** Why the site sits where it does: 'auto', or the pin/move that placed it. */
  placement: 'auto' | 'pinnedMonth' | 'pinnedPhase' | 'movedMonth' | 'movedPhase';
}

export type PlanWarning =
  | { kind: 'overCapacity'; month: string; devices: number; capacity: number }
  | { kind: 'overCap'; fy: string; spendCents: number; capCents: number }
  | { kind: 'outsideBudgetYears'; siteId: number | null; siteName: string; month: string }
  | { kind: 'recorderAfterCamera'; cameraId: number; recorderId: number; cameraMonth: string; recorderMonth: string | null }
  | { kind: 'noCatalogueEntry'; type: DeviceType; devices: number };

/** Everything a plan run produces except the items (which are paged separately). */
export interface PlanSummary {
  startMonth: string;
  /** Last day of the last month with work when the whole scope is funded; null when there is an unfunded backlog or nothing to do. */
  finishDate: string | null;
  lastMonth: string | null;
  scopeDevices: number;
  restrictedTotal: number;
  fundedDevices: number;
  fundedCostCents: number;
  unfundedDevices: number;
  unfundedCostCents: number;
  byFiscalYear: FiscalYearSummary[];
  byMonth: MonthSummary[];
  sites: SiteTimeline[];
  warnings: PlanWarning[];
}

export interface PlanResult extends PlanSummary {
  items: PlanItem[];
}

export interface ScenarioInfo {
  id: number;
  name: string;
  current: boolean;
  createdAt: string;
  runAt: string | null;
  params: PlanParams;
}

export interface PlanView {
  scenario: ScenarioInfo;
  summary: PlanSummary;
}

export interface PlanItemQuery {
  scenarioId?: number;
  siteId?: number;
  unfundedOnly?: boolean;
  offset?: number;
  limit?: number;
}

export interface PlanItemPage {
  total: number;
  rows: PlanItem[];
}

/** A manual move of a whole site inside one scenario; null fields clear that part of the move. */
export interface SiteMove {
  scenarioId?: number;
  siteId: number;
  month?: string | null;
  phase?: number | null;
}

export interface PlanSiteRow {
  id: number;
  name: string;
  region: string | null;
  criticality: number;
  /** Manual phase (phase mode 'manual'), or a pin to a phase in the automatic modes. */
  phase: number | null;
  pinnedMonth: string | null;
  restricted: number;
  review: number;
}

export interface SiteUpdate {
  id: number;
  criticality?: number;
  phase?: number | null;
  pinnedMonth?: string | null;
}

export interface CatalogueEntry {
  id: number;
  type: DeviceType;
  /** '' applies to every subtype of the type without its own entry. */
  subtype: string;
  replacement: string;
  hardwareCents: number;
  /** Install labour in minutes (2.5 h = 150). */
  labourMinutes: number;
  labourRateCentsPerHour: number;
  licenceCentsPerChannel: number;
  channels: number;
  disposalCents: number;
  leadTimeDays: number;
  currency: 'CAD';
  /** Date the prices were quoted, 'YYYY-MM-DD'; escalation counts full years from here. */
  priceDate: string;
}

export type NewCatalogueEntry = Omit<CatalogueEntry, 'id' | 'currency'>;

export type CatalogueUpdate = { id: number } & Partial<Omit<CatalogueEntry, 'id' | 'type' | 'subtype' | 'currency'>>;

export interface ScenarioComparisonRow {
  scenarioId: number;
  name: string;
  /** Funded plus unfunded: the cost of the whole scope. */
  totalCostCents: number;
  fundedCostCents: number;
  finishDate: string | null;
  lastMonth: string | null;
  unfundedDevices: number;
  unfundedCostCents: number;
  byFiscalYear: Array<{ fy: string; capCents: number; spendCents: number; restrictedRemaining: number }>;
  /** Burn-down per month, for overlaying scenarios. */
  byMonth: Array<{ month: string; restrictedRemaining: number }>;
}

export interface ScenarioComparison {
  /** Union of the fiscal years of all compared scenarios, sorted. */
  fiscalYears: string[];
  rows: ScenarioComparisonRow[];
}

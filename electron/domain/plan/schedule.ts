// The scheduler: a pure function from inventory, catalogue and parameters to a
// month-by-month replacement plan. Deterministic (every sort has a total
// tie-break on ids) and O(n log n): one sort, then each item scans forward from
// a cursor that only moves forward within its site.
//
// Rules:
// - Scope: devices tagged restricted (and review when includeReview); an
//   excluded device is decommissioned without replacement (disposal cost only).
//   Every scoped item takes one slot of install capacity.
// - Sites are placed one after another in priority order: phase group (criticality
//   and manual modes), criticality (1 first), exposure (more devices with an IP
//   first), age (oldest install first), then name and id.
// - Within a site: recorders first, then devices with an IP, oldest first, then id;
//   so a site's recorders are never later than its cameras. A camera whose
//   recorder is unfunded is unfunded too.
// - Months fill from the start within capacity and what is left of the fiscal
//   year's cap; an item that does not fit in a year's remaining cap moves to the
//   next year, and later items never go back before it (priority holds). What
//   does not fit before the end of the last budgeted year is the unfunded
//   backlog — reported, priced in the first month after the budgeted years.
// - A site pinned (or manually moved) to a month has all its items in that
//   month whatever the capacity or cap; the overruns come back as warnings.
//   A site pinned to a phase starts no earlier than that phase (fiscal-year
//   phases) or is ordered within that phase's group (criticality, manual).
import type { CatalogueEntry, CostBreakdown, PlanItem, PlanParams, PlanResult } from '../../api/plan-types';
import type { DeviceStatus, DeviceType } from '../../api/types';
import { catalogueLookup, costRates, escalationYears, itemCost, ZERO_COST, type ItemKind } from './cost';
import { dateMonth, fiscalYearOfMonth, fyFirstMonth, fyLabel, monthLabel, parseMonth, type MonthIndex } from './fiscal';
import { fiscalPhaseStart, planFrame, type PlanFrame } from './params';
import { summarise } from './summarise';

export interface ScheduleDevice {
  id: number;
  siteId: number | null;
  type: DeviceType;
  subtype: string | null;
  status: DeviceStatus;
  excluded: boolean;
  hasIp: boolean;
  installDate: string | null;
  recorderId: number | null;
}

export interface ScheduleSite {
  id: number;
  name: string;
  criticality: number;
  phase: number | null;
  pinnedMonth: string | null;
}

export interface ScheduleMove {
  siteId: number;
  month: string | null;
  phase: number | null;
}

export interface ScheduleInput {
  devices: readonly ScheduleDevice[];
  sites: readonly ScheduleSite[];
  catalogue: readonly CatalogueEntry[];
  params: PlanParams;
  moves?: readonly ScheduleMove[];
}

/** A site as the scheduler sees it: its devices in scope, and where it is placed. */
export interface SitePlan {
  key: number; // site id, or 0 for devices without a site
  siteId: number | null;
  name: string;
  criticality: number;
  group: number;
  phase: number | null;
  forcedMonth: MonthIndex | null;
  floor: MonthIndex;
  placement: 'auto' | 'pinnedMonth' | 'pinnedPhase' | 'movedMonth' | 'movedPhase';
  exposed: number;
  oldest: string;
  items: Working[];
}

/** One item while scheduling. `month` is null until placed or when unfunded. */
export interface Working {
  device: ScheduleDevice;
  kind: ItemKind;
  entry: number;
  month: MonthIndex | null;
  cost: CostBreakdown;
  /** Sort key: recorders first (0), then exposed (0), then install date, precomputed once. */
  rank: number;
  installed: string;
}

const NO_SITE = 0;
const LAST = '\uffff';

function installKey(d: ScheduleDevice): string {
  return d.installDate && /^\d{4}/.test(d.installDate) ? d.installDate : LAST;
}

function compareItems(a: Working, b: Working): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.installed !== b.installed) return a.installed < b.installed ? -1 : 1;
  return a.device.id - b.device.id;
}

function compareSites(a: SitePlan, b: SitePlan): number {
  return (
    a.group - b.group ||
    a.criticality - b.criticality ||
    b.exposed - a.exposed ||
    (a.oldest < b.oldest ? -1 : a.oldest > b.oldest ? 1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    a.key - b.key
  );
}

export function inScope(d: ScheduleDevice, params: PlanParams): boolean {
  return d.status === 'restricted' || (params.includeReview && d.status === 'review');
}

function buildSites(input: ScheduleInput, frame: PlanFrame, lookup: (t: DeviceType, s: string | null) => number): SitePlan[] {
  const { params } = input;
  const siteInfo = new Map(input.sites.map((s) => [s.id, s]));
  const moves = new Map((input.moves ?? []).map((m) => [m.siteId, m]));
  const bySite = new Map<number, SitePlan>();
  for (const device of input.devices) {
    if (!inScope(device, params)) continue;
    const key = device.siteId !== null && siteInfo.has(device.siteId) ? device.siteId : NO_SITE;
    let site = bySite.get(key);
    if (!site) {
      const info = siteInfo.get(key);
      const move = moves.get(key);
      const monthText = move ? move.month : (info?.pinnedMonth ?? null);
      const phase = move ? move.phase : (info?.phase ?? null);
      site = {
        key,
        siteId: info ? info.id : null,
        name: info ? info.name : 'No site',
        criticality: info?.criticality ?? 4,
        group: 0,
        phase,
        forcedMonth: monthText ? parseMonth(monthText) : null,
        floor: frame.startMonth,
        placement: monthText ? (move ? 'movedMonth' : 'pinnedMonth') : phase !== null ? (move ? 'movedPhase' : 'pinnedPhase') : 'auto',
        exposed: 0,
        oldest: LAST,
        items: [],
      };
      bySite.set(key, site);
    }
    const kind: ItemKind = device.excluded ? 'dispose' : 'replace';
    const installed = installKey(device);
    const rank = (device.type === 'recorder' ? 0 : 2) + (device.hasIp ? 0 : 1);
    site.items.push({ device, kind, entry: lookup(device.type, device.subtype), month: null, cost: ZERO_COST, rank, installed });
    if (device.hasIp) site.exposed++;
    if (installed < site.oldest) site.oldest = installed;
  }
  const sites = [...bySite.values()];
  const maxManual = Math.max(0, ...sites.map((s) => s.phase ?? 0));
  for (const s of sites) {
    if (params.phaseMode === 'criticality') s.group = s.phase ?? s.criticality;
    else if (params.phaseMode === 'manual') s.group = s.phase ?? maxManual + 1;
    else if (s.phase !== null) s.floor = fiscalPhaseStart(frame, s.phase);
    if (params.phaseMode !== 'fiscalYear') s.phase = s.group;
    if (params.phaseMode === 'manual' && s.placement === 'pinnedPhase') s.placement = 'auto';
    s.items.sort(compareItems);
  }
  return sites.sort(compareSites);
}

export function schedule(input: ScheduleInput): PlanResult {
  const { params, catalogue } = input;
  const frame = planFrame(params);
  const rates = costRates(params);
  const lookup = catalogueLookup(catalogue);
  const sites = buildSites(input, frame, lookup);

  // Costs depend only on (entry, kind, escalation years): memoise them.
  const costCache = new Map<number, CostBreakdown>();
  const priceMonths = catalogue.map((e) => dateMonth(e.priceDate));
  const costAt = (w: Working, m: MonthIndex): CostBreakdown => {
    if (w.entry < 0) return ZERO_COST;
    const entry = catalogue[w.entry];
    const years = escalationYears(priceMonths[w.entry], m);
    const key = (w.entry * 2 + (w.kind === 'dispose' ? 1 : 0)) * 4096 + Math.min(years, 4095);
    let c = costCache.get(key);
    if (!c) costCache.set(key, (c = itemCost(entry, w.kind, years, rates)));
    return c;
  };

  const used = new Map<MonthIndex, number>();
  const spent = new Map<number, number>();
  const capOf = (fy: number) => frame.caps.get(fy) ?? 0;
  const place = (w: Working, m: MonthIndex, cost: CostBreakdown) => {
    w.month = m;
    w.cost = cost;
    used.set(m, (used.get(m) ?? 0) + 1);
    const fy = fiscalYearOfMonth(m);
    spent.set(fy, (spent.get(fy) ?? 0) + cost.totalCents);
  };

  // 1. Sites forced into a month go first: they are commitments, not choices.
  for (const site of sites) {
    if (site.forcedMonth === null) continue;
    for (const w of site.items) place(w, site.forcedMonth, costAt(w, site.forcedMonth));
  }

  // 2. Everyone else, in priority order.
  const unfundedMonth = Math.max(frame.horizonEnd + 1, frame.startMonth);
  let cursor = frame.startMonth; // never moves back: a later site never goes before an earlier one
  let firstNotFull = frame.startMonth; // every month before it is at capacity
  const unfundedRecorders = new Set<number>();
  for (const site of sites) {
    if (site.forcedMonth !== null) continue;
    const floorPinned = site.floor > frame.startMonth;
    let siteCursor = Math.max(cursor, site.floor);
    let siteRecorderUnfunded = false;
    for (const w of site.items) {
      const d = w.device;
      const blocked =
        d.type !== 'recorder' &&
        (d.recorderId !== null ? unfundedRecorders.has(d.recorderId) : siteRecorderUnfunded);
      let m = Math.max(siteCursor, firstNotFull);
      let placed = false;
      while (!blocked && m <= frame.horizonEnd) {
        if ((used.get(m) ?? 0) >= frame.capacity) {
          if (m === firstNotFull) firstNotFull++;
          m++;
          continue;
        }
        const fy = fiscalYearOfMonth(m);
        const cost = costAt(w, m);
        if ((spent.get(fy) ?? 0) + cost.totalCents > capOf(fy)) {
          m = fyFirstMonth(fy + 1);
          continue;
        }
        place(w, m, cost);
        placed = true;
        break;
      }
      if (placed) {
        siteCursor = m;
        if (!floorPinned && m > cursor) cursor = m;
      } else {
        w.cost = costAt(w, unfundedMonth);
        if (d.type === 'recorder') {
          unfundedRecorders.add(d.id);
          siteRecorderUnfunded = true;
        }
      }
    }
  }

  // Labels are the same for every item of a month: build each once.
  const labels = new Map<MonthIndex, { month: string; fy: string }>();
  const labelOf = (m: MonthIndex) => {
    let l = labels.get(m);
    if (!l) labels.set(m, (l = { month: monthLabel(m), fy: fyLabel(fiscalYearOfMonth(m)) }));
    return l;
  };
  const items: PlanItem[] = [];
  const phaseOf = (site: SitePlan, w: Working): number | null =>
    params.phaseMode === 'fiscalYear' ? (w.month === null ? null : Math.max(1, fiscalYearOfMonth(w.month) - frame.startFy + 1)) : site.phase;
  for (const site of sites) {
    for (const w of site.items) {
      items.push({
        deviceId: w.device.id,
        siteId: site.siteId,
        siteName: site.name,
        type: w.device.type,
        status: w.device.status,
        kind: w.kind,
        phase: phaseOf(site, w),
        month: w.month === null ? null : labelOf(w.month).month,
        fy: w.month === null ? null : labelOf(w.month).fy,
        cost: w.cost,
      });
    }
  }
  return { ...summarise({ input, frame, sites, used, spent }), items };
}

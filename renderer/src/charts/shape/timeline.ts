// Phase timeline (Gantt): one horizontal bar per site from its first to its
// last month of work. Recharts draws it as a stacked bar: an invisible offset
// from the plan's first month, then the visible span.
import type { SiteTimeline } from '../../../../electron/api/plan-types';
import { fiscalYearOf } from '../../../../electron/domain/plan/starter-budget';

export interface TimelineRow {
  siteId: number | null;
  site: string;
  phase: number | null;
  /** What the bar is coloured by: 'phase:2', or 'fy:2026-27' (the year work starts) when phases are not set, or 'unfunded'. */
  group: string;
  /** Months from the axis origin to the first month (invisible bar). */
  offset: number;
  /** Months of work, first and last inclusive; 0 for a site with nothing funded. */
  span: number;
  firstMonth: string | null;
  lastMonth: string | null;
  devices: number;
  costCents: number;
  unfundedDevices: number;
}

export interface Timeline {
  /** 'YYYY-MM' of offset 0. */
  origin: string | null;
  /** Months on the axis. */
  months: number;
  rows: TimelineRow[];
}

function monthNumber(label: string): number {
  const [y, m] = label.split('-').map(Number);
  return y * 12 + m - 1;
}

export function monthFromNumber(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Month label `offset` months after `origin`. */
export function addMonths(origin: string, offset: number): string {
  return monthFromNumber(monthNumber(origin) + offset);
}

/**
 * Sites in the order work reaches them (first month, then phase, then name);
 * sites with nothing funded go last, so "which sites come first" reads top-down.
 */
export function phaseTimeline(sites: readonly SiteTimeline[]): Timeline {
  const scheduled = sites.filter((s) => s.firstMonth && s.lastMonth);
  const origin = scheduled.length ? scheduled.map((s) => s.firstMonth!).sort()[0] : null;
  const o = origin ? monthNumber(origin) : 0;
  const rows: TimelineRow[] = sites
    .filter((s) => s.devices > 0)
    .map((s) => {
      const first = s.firstMonth && s.lastMonth ? monthNumber(s.firstMonth) : null;
      const last = s.firstMonth && s.lastMonth ? monthNumber(s.lastMonth) : null;
      return {
        siteId: s.siteId,
        site: s.siteName,
        phase: s.phase,
        group: s.phase !== null ? `phase:${s.phase}` : s.firstMonth ? `fy:${fiscalYearOf(s.firstMonth)}` : 'unfunded',
        offset: first === null ? 0 : first - o,
        span: first === null || last === null ? 0 : last - first + 1,
        firstMonth: s.firstMonth,
        lastMonth: s.lastMonth,
        devices: s.devices,
        costCents: s.costCents,
        unfundedDevices: s.unfundedDevices,
      };
    })
    .sort((a, b) => {
      if ((a.firstMonth === null) !== (b.firstMonth === null)) return a.firstMonth === null ? 1 : -1;
      return (a.firstMonth ?? '').localeCompare(b.firstMonth ?? '') || (a.phase ?? 99) - (b.phase ?? 99) || a.site.localeCompare(b.site);
    });
  const months = rows.reduce((n, r) => Math.max(n, r.offset + r.span), 0);
  return { origin, months, rows };
}

// Restricted devices remaining, month by month, for one or more scenarios on
// one time axis, with the months where 50 %, 70 % and 100 % of them are gone.

export interface BurnDownSeries {
  key: string;
  name: string;
  /** Restricted devices in place before any work. */
  total: number;
  byMonth: ReadonlyArray<{ month: string; restrictedRemaining: number }>;
}

export type BurnDownRow = { month: string } & Record<string, number | string | null>;

export interface Milestone {
  /** 0.5, 0.7, 1 */
  share: number;
  /** Restricted devices still in place when the milestone is reached. */
  remaining: number;
  /** First month at the end of which the share is reached; null when it never is within the plan. */
  month: string | null;
}

export const MILESTONES = [0.5, 0.7, 1] as const;

/**
 * One row per month over the union of the series' months. Before a series'
 * first month its value is its total (nothing replaced yet); after its last
 * month it keeps its last value (the plan ends there).
 */
export function burnDownRows(series: readonly BurnDownSeries[]): BurnDownRow[] {
  const months = [...new Set(series.flatMap((s) => s.byMonth.map((m) => m.month)))].sort();
  const lookups = series.map((s) => new Map(s.byMonth.map((m) => [m.month, m.restrictedRemaining])));
  const last: number[] = series.map((s) => s.total);
  return months.map((month) => {
    const row: BurnDownRow = { month };
    series.forEach((s, i) => {
      const v = lookups[i].get(month);
      if (v !== undefined) last[i] = v;
      row[s.key] = last[i];
    });
    return row;
  });
}

/** Milestones of one series: the remaining count is rounded up so that "50 % gone" never overstates progress. */
export function milestones(series: BurnDownSeries, shares: readonly number[] = MILESTONES): Milestone[] {
  return shares.map((share) => {
    const remaining = series.total - Math.ceil(series.total * share - 1e-9);
    const hit = series.total === 0 ? undefined : series.byMonth.find((m) => m.restrictedRemaining <= remaining);
    return { share, remaining, month: hit?.month ?? null };
  });
}

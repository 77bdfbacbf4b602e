// The schedule, grouped by site and expandable per site, virtualised by hand:
// rows have a fixed height, only the rows in the viewport (plus a margin) are
// rendered, and a site's items are fetched a page at a time through
// plan:items as they scroll into view. Pages far from view are dropped, so a
// 100,000-item plan is never held in memory whole.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanItem, PlanSummary, SiteTimeline } from '../../../../electron/api/plan-types';
import { call } from '../../api/client';
import { useChartFormat } from '../../charts/format';
import { useI18n, type MessageKey } from '../../i18n';

export const ROW_HEIGHT = 34;
const VIEWPORT = 520;
const OVERSCAN = 8;
export const PAGE_SIZE = 100;
/** Pages kept in memory at most (100 items each). */
const MAX_PAGES = 40;

interface Group {
  site: SiteTimeline;
  key: string;
  /** Index of the group's header row in the flattened list. */
  start: number;
  /** Item rows shown under the header (0 when closed). */
  shown: number;
}

const groupKey = (s: SiteTimeline) => String(s.siteId ?? 'none');

export function ScheduleList({ scenarioId, summary }: { scenarioId: number; summary: PlanSummary }) {
  const { t, formatMoney, formatNumber } = useI18n();
  const fmt = useChartFormat();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [scrollTop, setScrollTop] = useState(0);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<string, PlanItem[]>());
  const inFlight = useRef(new Set<string>());
  const scroller = useRef<HTMLDivElement>(null);

  // A new result (re-plan, move, other scenario) invalidates every cached page.
  useEffect(() => {
    pages.current.clear();
    inFlight.current.clear();
    setVersion((v) => v + 1);
  }, [summary, scenarioId]);

  const groups = useMemo(() => {
    let at = 0;
    return summary.sites.map((site): Group => {
      const key = groupKey(site);
      const shown = open.has(key) && site.siteId !== null ? site.devices : 0;
      const g = { site, key, start: at, shown };
      at += 1 + shown;
      return g;
    });
  }, [summary, open]);
  const total = groups.length ? groups[groups.length - 1].start + 1 + groups[groups.length - 1].shown : 0;

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + VIEWPORT) / ROW_HEIGHT) + OVERSCAN);

  const fetchPage = useCallback(
    (siteId: number, page: number) => {
      const key = `${siteId}:${page}`;
      if (pages.current.has(key) || inFlight.current.has(key)) return;
      inFlight.current.add(key);
      call('plan:items', { scenarioId, siteId, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (res) => {
          if (!inFlight.current.delete(key)) return; // invalidated meanwhile
          pages.current.set(key, res.rows);
          // Keep memory bounded: drop the oldest pages (Map keeps insertion order).
          while (pages.current.size > MAX_PAGES) pages.current.delete(pages.current.keys().next().value!);
          setVersion((v) => v + 1);
        },
        () => inFlight.current.delete(key),
      );
    },
    [scenarioId],
  );

  // Which group holds flattened row i (binary search over starts).
  const locate = (i: number): { group: Group; item: number } => {
    let lo = 0;
    let hi = groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (groups[mid].start <= i) lo = mid;
      else hi = mid - 1;
    }
    return { group: groups[lo], item: i - groups[lo].start - 1 };
  };

  const visible: Array<{ index: number; group: Group; item: number }> = [];
  for (let i = first; i <= last; i++) visible.push({ index: i, ...locate(i) });

  useEffect(() => {
    for (const v of visible) {
      if (v.item >= 0 && v.group.site.siteId !== null) fetchPage(v.group.site.siteId, Math.floor(v.item / PAGE_SIZE));
    }
  });

  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (summary.sites.length === 0) return <p className="plan-note">{t('plan.schedule.empty')}</p>;

  const columns: Array<{ label: MessageKey; num?: boolean }> = [
    { label: 'plan.schedule.device' },
    { label: 'plan.schedule.type' },
    { label: 'plan.schedule.kind' },
    { label: 'plan.schedule.month' },
    { label: 'plan.schedule.phase' },
    { label: 'plan.years.hardware', num: true },
    { label: 'plan.years.labour', num: true },
    { label: 'plan.years.licence', num: true },
    { label: 'plan.years.disposal', num: true },
    { label: 'plan.years.escalation', num: true },
    { label: 'plan.years.contingency', num: true },
    { label: 'plan.schedule.total', num: true },
  ];

  const itemRow = (item: PlanItem | undefined, index: number) => (
    <div role="row" aria-rowindex={index + 2} className="sched-row sched-item" style={{ top: index * ROW_HEIGHT }} key={index}>
      {item ? (
        <>
          <span role="cell">{t('plan.schedule.deviceNo', { id: item.deviceId })}</span>
          <span role="cell">{t(`type.${item.type}` as MessageKey)}</span>
          <span role="cell">{t(item.kind === 'replace' ? 'plan.kind.replace' : 'plan.kind.dispose')}</span>
          <span role="cell" className={item.month ? undefined : 'over'}>
            {item.month ? fmt.month(item.month) : t('plan.schedule.unfunded')}
          </span>
          <span role="cell">{item.phase ?? t('plan.none')}</span>
          {(['hardwareCents', 'labourCents', 'licenceCents', 'disposalCents', 'escalationCents', 'contingencyCents', 'totalCents'] as const).map((f) => (
            <span role="cell" className="num" key={f}>
              {formatMoney(item.cost[f], { cents: true })}
            </span>
          ))}
        </>
      ) : (
        <span role="cell" className="sched-loading">
          {t('plan.schedule.loadingRow')}
        </span>
      )}
    </div>
  );

  const headerRow = (g: Group, index: number) => {
    const s = g.site;
    const name = s.siteName || t('plan.sites.noSite');
    const span = s.firstMonth ? `${fmt.month(s.firstMonth)} – ${fmt.month(s.lastMonth!)}` : t('plan.sites.notFunded');
    const expandable = s.siteId !== null && s.devices > 0;
    return (
      <div role="row" aria-rowindex={index + 2} className="sched-row sched-site" style={{ top: index * ROW_HEIGHT }} key={index}>
        <span role="rowheader" className="sched-site-cell">
          {expandable ? (
            <button type="button" className="disclosure" aria-expanded={open.has(g.key)} onClick={() => toggle(g.key)} aria-label={t('plan.schedule.expand', { site: name })}>
              <span aria-hidden="true">{open.has(g.key) ? '▾' : '▸'}</span> {name}
            </button>
          ) : (
            name
          )}
          <span className="sched-site-summary">
            {s.costCents > 0
              ? t('plan.schedule.siteSummary', { devices: formatNumber(s.devices), cost: formatMoney(s.costCents), span })
              : t('plan.schedule.siteSummaryUnfunded', { devices: formatNumber(s.devices) })}
            {s.unfundedDevices > 0 && <span className="plan-unfunded-chip">{t('plan.schedule.siteUnfunded', { count: formatNumber(s.unfundedDevices) })}</span>}
          </span>
        </span>
      </div>
    );
  };

  return (
    <div className="schedule">
      <p className="help">{t('plan.schedule.help')}</p>
      <div className="plan-actions">
        <button type="button" onClick={() => setOpen(new Set(summary.sites.filter((s) => s.siteId !== null).map(groupKey)))}>
          {t('plan.schedule.openAll')}
        </button>
        <button type="button" onClick={() => setOpen(new Set())}>
          {t('plan.schedule.closeAll')}
        </button>
        <span className="help" aria-hidden="true">
          {t('plan.schedule.position', { from: formatNumber(Math.min(total, first + 1)), to: formatNumber(last + 1), total: formatNumber(total) })}
        </span>
      </div>
      <div role="table" aria-label={t('plan.schedule.label')} aria-rowcount={total + 1} className="sched-table" data-testid="plan-schedule">
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="sched-row sched-head">
            {columns.map((c) => (
              <span role="columnheader" key={c.label} className={c.num ? 'num' : undefined}>
                {t(c.label)}
              </span>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          ref={scroller}
          className="sched-viewport"
          tabIndex={0}
          style={{ height: Math.min(VIEWPORT, total * ROW_HEIGHT + 2) }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <div className="sched-inner" style={{ height: total * ROW_HEIGHT }}>
            {visible.map((v) => {
              if (v.item < 0) return headerRow(v.group, v.index);
              const page = pages.current.get(`${v.group.site.siteId}:${Math.floor(v.item / PAGE_SIZE)}`);
              return itemRow(page?.[v.item % PAGE_SIZE], v.index);
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

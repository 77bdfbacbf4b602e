// Phase timeline: a Gantt of sites, one bar from first to last month of work,
// coloured by phase, sites in the order work reaches them.
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipBase } from '../ChartTooltip';
import type { SiteTimeline } from '../../../../electron/api/plan-types';
import { useChartFormat } from '../format';
import { addMonths, phaseTimeline, type TimelineRow } from '../shape/timeline';
import { AXIS_TICK, GRID, seriesColour } from '../theme';
import type { ChartSpec } from '../types';
import type { SpecContext, T } from './common';

/** Top-level tooltip: the hovered site's months, devices and cost. */
function TimelineTooltip({ active, payload, t }: TooltipBase & { t: T }) {
  const fmt = useChartFormat();
  const row = payload?.[0]?.payload as TimelineRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-label">{row.site}</p>
      <p>{row.firstMonth ? t('charts.timeline.span', { first: fmt.month(row.firstMonth), last: fmt.month(row.lastMonth!) }) : t('charts.timeline.unfunded')}</p>
      <p>{t('charts.timeline.detail', { devices: fmt.number(row.devices), cost: fmt.money(row.costCents) })}</p>
      {row.unfundedDevices > 0 && <p>{t('charts.timeline.backlog', { devices: fmt.number(row.unfundedDevices) })}</p>}
    </div>
  );
}

function groupLabel(t: T, group: string): string {
  const [kind, value] = group.split(':');
  return kind === 'phase' ? t('charts.timeline.phase', { phase: value }) : kind === 'fy' ? t('charts.timeline.startsIn', { fy: value }) : t('charts.timeline.unfunded');
}

export function timelineSpec(sites: readonly SiteTimeline[], { t, fmt }: SpecContext): ChartSpec {
  const tl = phaseTimeline(sites);
  // Only sites with funded work are drawn: after a large import most sites can be unfunded, and a row each (137
  // rows, 124 empty, in one walk-through) buried the schedule. The description counts them; the table lists them.
  const drawn = tl.rows.filter((r) => r.span > 0);
  // Groups in the order their first site appears (rows are in work order).
  const groups = [...new Set(drawn.map((r) => r.group))];
  const colourOf = (group: string) => seriesColour(Math.max(0, groups.indexOf(group)));
  const first = tl.rows.filter((r) => r.firstMonth).slice(0, 3);
  const description = [
    t('charts.timeline.desc'),
    first.length ? t('charts.timeline.first', { sites: first.map((r) => r.site).join(', ') }) : '',
    tl.rows.some((r) => !r.firstMonth) ? t('charts.timeline.someUnfunded', { count: tl.rows.filter((r) => !r.firstMonth).length }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Axis ticks on fiscal-year starts (April), or every few months for short plans.
  const ticks: number[] = [];
  if (tl.origin) {
    for (let i = 0; i <= tl.months; i++) if (addMonths(tl.origin, i).endsWith('-04') || i === 0) ticks.push(i);
  }
  return {
    id: 'timeline',
    title: t('charts.timeline.title'),
    description,
    legend: groups.map((g) => ({ label: groupLabel(t, g), colour: colourOf(g), kind: 'box' as const })),
    table: {
      columns: [
        { key: 'site', label: t('charts.site') },
        { key: 'phase', label: t('charts.phase') },
        { key: 'first', label: t('charts.timeline.firstMonth') },
        { key: 'last', label: t('charts.timeline.lastMonth') },
        { key: 'devices', label: t('charts.devices'), numeric: true },
        { key: 'cost', label: t('charts.cost'), numeric: true },
        { key: 'unfunded', label: t('charts.unfunded'), numeric: true },
      ],
      rows: tl.rows.map((r) => ({
        site: r.site,
        phase: r.phase === null ? '' : String(r.phase),
        first: r.firstMonth ? fmt.month(r.firstMonth) : t('charts.timeline.unfunded'),
        last: r.lastMonth ? fmt.month(r.lastMonth) : '',
        devices: fmt.number(r.devices),
        cost: fmt.money(r.costCents),
        unfunded: fmt.number(r.unfundedDevices),
      })),
    },
    emptyText: tl.rows.length ? t('charts.timeline.noneFunded') : t('charts.timeline.empty'),
    render:
      drawn.length && tl.origin
        ? ({ width, height, large, animate }) => {
            const tick = large ? { ...AXIS_TICK, fontSize: 15 } : AXIS_TICK;
            const rowH = large ? 34 : 24;
            const h = Math.max(height, drawn.length * rowH + 60);
            return (
              <BarChart width={width} height={h} data={drawn} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barCategoryGap="22%" accessibilityLayer>
                <CartesianGrid stroke={GRID} horizontal={false} />
                <XAxis type="number" domain={[0, Math.max(tl.months, 1)]} ticks={ticks} tickFormatter={(v: number) => fmt.month(addMonths(tl.origin!, v))} tick={tick} />
                <YAxis type="category" dataKey="site" width={large ? 260 : 190} tick={tick} interval={0} />
                <Tooltip content={(p) => <TimelineTooltip {...p} t={t} />} cursor={{ fill: 'rgba(31,78,153,0.08)' }} />
                <Bar dataKey="offset" stackId="gantt" fill="transparent" isAnimationActive={false} />
                <Bar dataKey="span" stackId="gantt" name={t('charts.timeline.work')} isAnimationActive={animate} minPointSize={2}>
                  {drawn.map((r) => (
                    <Cell key={`${r.siteId}-${r.site}`} fill={colourOf(r.group)} />
                  ))}
                </Bar>
              </BarChart>
            );
          }
        : null,
  };
}

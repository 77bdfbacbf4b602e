// Restricted devices remaining, month by month, one line per scenario, with
// the 50 %, 70 % and 100 % milestones of the scenario on show.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from '../ChartTooltip';
import { burnDownRows, milestones, type BurnDownSeries, type Milestone } from '../shape/burndown';
import { AXIS_TICK, DASHES, GRID, INK, seriesColour } from '../theme';
import type { ChartSpec } from '../types';
import { MARGIN, tickInterval, type SpecContext } from './common';

/** One marker line per month: milestones reached in the same month share a line and a label. */
function markLines(reached: readonly Milestone[]): Array<{ month: string; shares: number[] }> {
  const byMonth = new Map<string, number[]>();
  for (const m of reached) byMonth.set(m.month!, [...(byMonth.get(m.month!) ?? []), m.share]);
  return [...byMonth].map(([month, shares]) => ({ month, shares }));
}

/** `series[0]` is the scenario on show: its milestones are marked. */
export function burnDownSpec(series: readonly BurnDownSeries[], { t, fmt }: SpecContext): ChartSpec {
  const rows = burnDownRows(series);
  const main = series[0];
  const marks = main ? milestones(main) : [];
  const reached = marks.filter((m) => m.month !== null);
  const finish = marks.find((m) => m.share === 1);
  const description = [
    t('charts.burndown.desc'),
    main && main.total === 0 ? t('charts.burndown.none') : '',
    finish?.month ? t('charts.burndown.finish', { month: fmt.month(finish.month), scenario: main.name }) : main && main.total > 0 ? t('charts.burndown.notFinished', { scenario: main.name }) : '',
    series.length > 1 ? t('charts.burndown.overlay', { count: series.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const legend = [
    ...series.map((s, i) => ({ label: s.name, colour: seriesColour(i), kind: 'line' as const, dash: DASHES[i % DASHES.length] })),
    ...(reached.length ? [{ label: t('charts.burndown.milestones'), colour: INK, kind: 'line' as const, dash: '2 3' }] : []),
  ];
  const table = {
    columns: [{ key: 'month', label: t('charts.month') }, ...series.map((s) => ({ key: s.key, label: s.name, numeric: true }))],
    rows: rows.map((r) => ({ month: fmt.month(r.month), ...Object.fromEntries(series.map((s) => [s.key, fmt.number(Number(r[s.key]))])) })),
  };
  const milestoneRows = marks.map((m) => ({
    month: m.month ? fmt.month(m.month) : t('charts.burndown.notReached'),
    [series[0]?.key ?? 'x']: t('charts.burndown.milestoneRow', { share: fmt.percent(m.share), remaining: fmt.number(m.remaining) }),
  }));
  return {
    id: 'burndown',
    title: t('charts.burndown.title'),
    description,
    legend,
    table: { columns: table.columns, rows: [...table.rows, ...milestoneRows] },
    emptyText: t('charts.noPlanYears'),
    render:
      rows.length && main
        ? ({ width, height, large, animate }) => {
            const tick = large ? { ...AXIS_TICK, fontSize: 16 } : AXIS_TICK;
            return (
              <LineChart width={width} height={height} data={rows} margin={{ ...MARGIN, top: 12 }} accessibilityLayer>
                <CartesianGrid stroke={GRID} vertical={false} />
                <XAxis dataKey="month" tick={tick} tickFormatter={fmt.month} interval={tickInterval(rows.length, width, large ? 110 : 80)} />
                <YAxis tick={tick} allowDecimals={false} width={56} domain={[0, Math.max(...series.map((s) => s.total), 1)]} />
                <Tooltip content={(p) => <ChartTooltip {...p} formatValue={fmt.number} formatLabel={fmt.month} />} />
                {markLines(reached).map((m, i) => (
                  <ReferenceLine
                    key={m.month}
                    x={m.month}
                    stroke={INK}
                    strokeDasharray="2 3"
                    // Milestones a month or two apart would print over each other: alternate the label height.
                    label={(p: { viewBox?: { x?: number; y?: number } }) => (
                      <text x={(p.viewBox?.x ?? 0) + 4} y={(p.viewBox?.y ?? 0) + (large ? 18 : 14) + (i % 2) * (large ? 22 : 16)} fill={INK} fontSize={large ? 16 : 12} fontWeight={700}>
                        {m.shares.map(fmt.percent).join(' · ')}
                      </text>
                    )}
                  />
                ))}
                {series.map((s, i) => (
                  <Line
                    key={s.key}
                    dataKey={s.key}
                    name={s.name}
                    stroke={seriesColour(i)}
                    strokeDasharray={DASHES[i % DASHES.length] || undefined}
                    strokeWidth={large ? 4 : i === 0 ? 3 : 2.5}
                    type="stepAfter"
                    dot={false}
                    isAnimationActive={animate}
                  />
                ))}
              </LineChart>
            );
          }
        : null,
  };
}

// Cumulative spend against cumulative budget, year by year.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { FiscalYearSummary } from '../../../../electron/api/plan-types';
import { ChartTooltip } from '../ChartTooltip';
import { cumulativeSpend } from '../shape/budget';
import { AXIS_TICK, CAP_COLOUR, GRID, OKABE_ITO } from '../theme';
import type { ChartSpec } from '../types';
import { MARGIN, Y_AXIS_WIDTH, type SpecContext } from './common';

export function cumulativeSpec(years: readonly FiscalYearSummary[], filtered: boolean, { t, fmt }: SpecContext): ChartSpec {
  const rows = cumulativeSpend(years, { showCap: !filtered });
  const last = rows.at(-1);
  const description = [
    t('charts.cumulative.desc'),
    !last ? '' : last.budget === null ? t('charts.cumulative.end', { fy: last.fy, spend: fmt.money(last.spend) }) : t('charts.cumulative.endBudget', { fy: last.fy, spend: fmt.money(last.spend), budget: fmt.money(last.budget) }),
    filtered ? t('charts.filteredNoCap') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const legend = [
    { label: t('charts.cumulative.spend'), colour: OKABE_ITO.blue, kind: 'line' as const },
    ...(filtered ? [] : [{ label: t('charts.cumulative.budget'), colour: CAP_COLOUR, kind: 'line' as const, dash: '8 4' }]),
  ];
  return {
    id: 'cumulative',
    title: t('charts.cumulative.title'),
    description,
    legend,
    table: {
      columns: [
        { key: 'fy', label: t('charts.fiscalYear') },
        { key: 'spend', label: t('charts.cumulative.spend'), numeric: true },
        ...(filtered ? [] : [{ key: 'budget', label: t('charts.cumulative.budget'), numeric: true }]),
      ],
      rows: rows.map((r) => ({ fy: r.fy, spend: fmt.money(r.spend), budget: r.budget === null ? '' : fmt.money(r.budget) })),
    },
    emptyText: t('charts.noPlanYears'),
    render: rows.length
      ? ({ width, height, large, animate }) => {
          const tick = large ? { ...AXIS_TICK, fontSize: 16 } : AXIS_TICK;
          return (
            <LineChart width={width} height={height} data={rows} margin={MARGIN} accessibilityLayer>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis dataKey="fy" tick={tick} />
              <YAxis tickFormatter={(v: number) => fmt.moneyShort(v)} tick={tick} width={Y_AXIS_WIDTH} />
              <Tooltip content={(p) => <ChartTooltip {...p} formatValue={fmt.money} />} />
              {!filtered && (
                <Line dataKey="budget" name={t('charts.cumulative.budget')} stroke={CAP_COLOUR} strokeWidth={large ? 4 : 2.5} strokeDasharray="8 4" type="linear" dot={{ r: 3 }} isAnimationActive={animate} />
              )}
              <Line dataKey="spend" name={t('charts.cumulative.spend')} stroke={OKABE_ITO.blue} strokeWidth={large ? 5 : 3} type="linear" dot={{ r: 4 }} isAnimationActive={animate} />
            </LineChart>
          );
        }
      : null,
  };
}

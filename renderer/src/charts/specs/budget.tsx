// Budget by fiscal year: stacked cost categories with each year's cap drawn
// as a black bar-wide mark on the same axis.
import { Bar, CartesianGrid, ComposedChart, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { FiscalYearSummary } from '../../../../electron/api/plan-types';
import { ChartTooltip } from '../ChartTooltip';
import { BUDGET_CATEGORIES, budgetByFiscalYear, type BudgetCategory } from '../shape/budget';
import { AXIS_TICK, CAP_COLOUR, CATEGORY_COLOURS, GRID } from '../theme';
import type { ChartSpec } from '../types';
import { MARGIN, Y_AXIS_WIDTH, type SpecContext } from './common';

const LABEL_KEYS = {
  hardware: 'charts.cat.hardware',
  labour: 'charts.cat.labour',
  licence: 'charts.cat.licence',
  disposal: 'charts.cat.disposal',
  contingency: 'charts.cat.contingency',
} as const satisfies Record<BudgetCategory, string>;

/** The cap: a horizontal mark as wide as the bar, centred on the year. */
function CapMark(props: { cx?: number; cy?: number; payload?: { cap: number | null }; markWidth: number }) {
  const { cx, cy, markWidth } = props;
  if (cx === undefined || cy === undefined || props.payload?.cap === null) return <g />;
  return (
    <g>
      <line x1={cx - markWidth / 2} x2={cx + markWidth / 2} y1={cy} y2={cy} stroke="#ffffff" strokeWidth={7} />
      <line x1={cx - markWidth / 2} x2={cx + markWidth / 2} y1={cy} y2={cy} stroke={CAP_COLOUR} strokeWidth={3} strokeDasharray="8 3" />
    </g>
  );
}

export function budgetSpec(years: readonly FiscalYearSummary[], filtered: boolean, { t, fmt }: SpecContext): ChartSpec {
  const rows = budgetByFiscalYear(years, { showCap: !filtered });
  const used = BUDGET_CATEGORIES.filter((c) => rows.some((r) => r[c] > 0));
  const over = rows.filter((r) => r.overCap);
  const top = rows.reduce<(typeof rows)[number] | null>((best, r) => (!best || r.total > best.total ? r : best), null);
  const description = [
    t('charts.budget.desc'),
    top && top.total > 0 ? t('charts.budget.peak', { fy: top.fy, amount: fmt.money(top.total) }) : '',
    over.length ? t('charts.budget.over', { years: over.map((r) => r.fy).join(', ') }) : '',
    filtered ? t('charts.filteredNoCap') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const legend = [
    ...used.map((c) => ({ label: t(LABEL_KEYS[c]), colour: CATEGORY_COLOURS[c], kind: 'box' as const })),
    ...(filtered ? [] : [{ label: t('charts.cap'), colour: CAP_COLOUR, kind: 'line' as const, dash: '8 3' }]),
  ];
  const table = {
    columns: [
      { key: 'fy', label: t('charts.fiscalYear') },
      ...used.map((c) => ({ key: c, label: t(LABEL_KEYS[c]), numeric: true })),
      { key: 'total', label: t('charts.total'), numeric: true },
      ...(filtered ? [] : [{ key: 'cap', label: t('charts.cap'), numeric: true }]),
      { key: 'devices', label: t('charts.devicesReplaced'), numeric: true },
    ],
    rows: rows.map((r) => ({
      fy: r.fy,
      ...Object.fromEntries(used.map((c) => [c, fmt.money(r[c])])),
      total: fmt.money(r.total) + (r.overCap ? ` (${t('charts.overCap')})` : ''),
      cap: r.cap === null ? '' : fmt.money(r.cap),
      devices: fmt.number(r.devices),
    })),
  };
  return {
    id: 'budget',
    title: t('charts.budget.title'),
    description,
    legend,
    table,
    emptyText: t('charts.noPlanYears'),
    render: rows.length
      ? ({ width, height, large, animate }) => {
          const band = (width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right) / Math.max(rows.length, 1);
          const tick = large ? { ...AXIS_TICK, fontSize: 16 } : AXIS_TICK;
          return (
            <ComposedChart width={width} height={height} data={rows} margin={MARGIN} accessibilityLayer>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis dataKey="fy" tick={tick} />
              <YAxis tickFormatter={(v: number) => fmt.moneyShort(v)} tick={tick} width={Y_AXIS_WIDTH} />
              <Tooltip
                content={(p) => (
                  <ChartTooltip
                    {...p}
                    formatValue={fmt.money}
                    exclude={['cap']}
                    footer={(row) =>
                      `${t('charts.total')}: ${fmt.money(Number(row.total))}` + (row.cap === null ? '' : ` · ${t('charts.cap')}: ${fmt.money(Number(row.cap))}`)
                    }
                  />
                )}
              />
              {used.map((c) => (
                <Bar key={c} dataKey={c} name={t(LABEL_KEYS[c])} stackId="spend" fill={CATEGORY_COLOURS[c]} isAnimationActive={animate} />
              ))}
              {!filtered && (
                <Scatter dataKey="cap" name={t('charts.cap')} fill={CAP_COLOUR} isAnimationActive={false} shape={(p: object) => <CapMark {...p} markWidth={band * 0.84} />} />
              )}
            </ComposedChart>
          );
        }
      : null,
  };
}

// Inventory pictures: restricted devices by company and brand, by site, and
// the status split (restricted / to review / clear).
import { Bar, BarChart, CartesianGrid, Cell, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompanyBrandCount, SiteStatusCount } from '../../../../electron/api/charts-types';
import type { DeviceStatus } from '../../../../electron/api/types';
import { ChartTooltip } from '../ChartTooltip';
import { companyBrandChart, OTHER, restrictedBySite, statusSplit, UNKNOWN } from '../shape/inventory';
import { AXIS_TICK, GRID, seriesColour, STATUS_COLOURS } from '../theme';
import type { ChartSpec } from '../types';
import { companyName, MARGIN, type SpecContext } from './common';

export function companiesSpec(counts: readonly CompanyBrandCount[], { t, fmt }: SpecContext): ChartSpec {
  const chart = companyBrandChart(counts);
  const brandLabel = (b: string) => (b === OTHER ? t('charts.companies.otherBrands') : b === UNKNOWN ? t('charts.companies.noMaker') : b);
  const companyLabel = (c: string) => (c === UNKNOWN ? t('charts.companies.unknown') : companyName(c));
  const rows: Array<Record<string, number | string> & { label: string; total: number }> = chart.rows.map((r) => ({ ...r, label: companyLabel(r.company) }));
  const total = rows.reduce((n, r) => n + r.total, 0);
  const top = rows[0];
  return {
    id: 'companies',
    title: t('charts.companies.title'),
    description: [t('charts.companies.desc'), top ? t('charts.companies.top', { company: top.label, count: fmt.number(top.total), share: fmt.percent(top.total / total) }) : ''].filter(Boolean).join(' '),
    legend: chart.brands.map((b, i) => ({ label: brandLabel(b), colour: seriesColour(i), kind: 'box' as const })),
    table: {
      columns: [{ key: 'company', label: t('charts.company') }, ...chart.brands.map((b) => ({ key: b, label: brandLabel(b), numeric: true })), { key: 'total', label: t('charts.total'), numeric: true }],
      rows: rows.map((r) => ({ company: r.label, ...Object.fromEntries(chart.brands.map((b) => [b, fmt.number(Number(r[b]))])), total: fmt.number(r.total) })),
    },
    emptyText: t('charts.companies.empty'),
    render: rows.length
      ? ({ width, height, large, animate }) => {
          const tick = large ? { ...AXIS_TICK, fontSize: 16 } : AXIS_TICK;
          return (
            <BarChart width={width} height={height} data={rows} margin={MARGIN} accessibilityLayer>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis dataKey="label" tick={tick} interval={0} />
              <YAxis tick={tick} allowDecimals={false} width={56} />
              <Tooltip content={(p) => <ChartTooltip {...p} formatValue={fmt.number} footer={(row) => `${t('charts.total')}: ${fmt.number(Number(row.total))}`} />} />
              {chart.brands.map((b, i) => (
                <Bar key={b} dataKey={b} name={brandLabel(b)} stackId="brand" fill={seriesColour(i)} isAnimationActive={animate} maxBarSize={120} />
              ))}
            </BarChart>
          );
        }
      : null,
  };
}

export function sitesSpec(sites: readonly SiteStatusCount[], { t, fmt }: SpecContext): ChartSpec {
  const bars = restrictedBySite(sites).map((b) => ({ ...b, label: b.site ?? t('charts.sites.noSite') }));
  const top = bars[0];
  return {
    id: 'sites',
    title: t('charts.sites.title'),
    description: [t('charts.sites.desc'), top && top.restricted > 0 ? t('charts.sites.top', { site: top.label, count: fmt.number(top.restricted) }) : ''].filter(Boolean).join(' '),
    legend: [
      { label: t('charts.status.restricted'), colour: STATUS_COLOURS.restricted, kind: 'box' },
      { label: t('charts.status.review'), colour: STATUS_COLOURS.review, kind: 'box' },
    ],
    table: {
      columns: [
        { key: 'site', label: t('charts.site') },
        { key: 'restricted', label: t('charts.status.restricted'), numeric: true },
        { key: 'review', label: t('charts.status.review'), numeric: true },
      ],
      rows: bars.map((b) => ({ site: b.label, restricted: fmt.number(b.restricted), review: fmt.number(b.review) })),
    },
    emptyText: t('charts.sites.empty'),
    render: bars.length
      ? ({ width, height, large, animate }) => {
          const tick = large ? { ...AXIS_TICK, fontSize: 15 } : AXIS_TICK;
          const h = Math.max(height, bars.length * (large ? 34 : 22) + 50);
          return (
            <BarChart width={width} height={h} data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
              <CartesianGrid stroke={GRID} horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={tick} />
              <YAxis type="category" dataKey="label" width={large ? 260 : 190} tick={tick} interval={0} />
              <Tooltip content={(p) => <ChartTooltip {...p} formatValue={fmt.number} />} />
              <Bar dataKey="restricted" name={t('charts.status.restricted')} stackId="s" fill={STATUS_COLOURS.restricted} isAnimationActive={animate} />
              <Bar dataKey="review" name={t('charts.status.review')} stackId="s" fill={STATUS_COLOURS.review} isAnimationActive={animate} />
            </BarChart>
          );
        }
      : null,
  };
}

const STATUS_KEYS = { restricted: 'charts.status.restricted', review: 'charts.status.review', clear: 'charts.status.clear' } as const satisfies Record<DeviceStatus, string>;

export function statusSpec(status: Record<DeviceStatus, number>, { t, fmt }: SpecContext): ChartSpec {
  const slices = statusSplit(status).map((s) => ({ ...s, label: t(STATUS_KEYS[s.status]) }));
  const total = slices.reduce((n, s) => n + s.devices, 0);
  return {
    id: 'status',
    title: t('charts.status.title'),
    description: [
      t('charts.status.desc'),
      total ? t('charts.status.summary', { restricted: fmt.percent(slices[0].share), review: fmt.percent(slices[1].share), clear: fmt.percent(slices[2].share) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    legend: slices.map((s) => ({ label: s.label, colour: STATUS_COLOURS[s.status], kind: 'box' as const })),
    table: {
      columns: [
        { key: 'status', label: t('charts.status.column') },
        { key: 'devices', label: t('charts.devices'), numeric: true },
        { key: 'share', label: t('charts.share'), numeric: true },
      ],
      rows: slices.map((s) => ({ status: s.label, devices: fmt.number(s.devices), share: fmt.percent(s.share) })),
    },
    emptyText: t('charts.status.empty'),
    render: total
      ? ({ width, height, large, animate }) => {
          const r = Math.min(width, height) / 2 - (large ? 60 : 40);
          return (
            <PieChart width={width} height={height} accessibilityLayer>
              <Tooltip content={(p) => <ChartTooltip {...p} formatValue={fmt.number} />} />
              <Pie
                data={slices.filter((s) => s.devices > 0)}
                dataKey="devices"
                nameKey="label"
                innerRadius={r * 0.55}
                outerRadius={r}
                startAngle={90}
                endAngle={-270}
                isAnimationActive={animate}
                label={({ payload }: { payload?: { share: number } }) => (payload ? fmt.percent(payload.share) : '')}
                labelLine
                fontSize={large ? 18 : 13}
              >
                {slices
                  .filter((s) => s.devices > 0)
                  .map((s) => (
                    <Cell key={s.status} fill={STATUS_COLOURS[s.status]} stroke="#ffffff" strokeWidth={2} />
                  ))}
              </Pie>
            </PieChart>
          );
        }
      : null,
  };
}

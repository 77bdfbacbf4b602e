// Top-level tooltip components (not defined inside a chart's render, so React
// keeps them stable). Each shows the hovered category and its series values.

/** The part of recharts' tooltip props these components read (kept structural so any series type fits). */
export interface TooltipBase {
  active?: boolean;
  label?: unknown;
  payload?: ReadonlyArray<{ value?: unknown; name?: unknown; dataKey?: unknown; color?: string; payload?: unknown }>;
}

type Props = TooltipBase & {
  formatValue(v: number): string;
  formatLabel?(label: string): string;
  /** Extra line under the label (e.g. a total). */
  footer?(payload: Record<string, unknown>): string | null;
  /** Series keys not to list (shown in the footer instead, or decorative). */
  exclude?: readonly string[];
};

export function ChartTooltip({ active, payload, label, formatValue, formatLabel, footer, exclude = [] }: Props) {
  if (!active || !payload?.length) return null;
  const row = (payload[0]?.payload ?? {}) as Record<string, unknown>;
  const shown = payload.filter((p) => typeof p.value === 'number' && p.name !== undefined && !String(p.dataKey ?? '').startsWith('_') && !exclude.includes(String(p.dataKey)));
  const foot = footer?.(row) ?? null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-label">{formatLabel ? formatLabel(String(label ?? '')) : String(label ?? '')}</p>
      <ul>
        {shown
          .slice()
          .reverse()
          .map((p) => (
            <li key={String(p.dataKey)}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              {String(p.name)}: <strong>{formatValue(Number(p.value))}</strong>
            </li>
          ))}
      </ul>
      {foot && <p className="chart-tooltip-foot">{foot}</p>}
    </div>
  );
}

import type { LegendEntry } from './export';

/** The legend drawn under every chart, from the same entries the export draws into the SVG. */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  if (!entries.length) return null;
  return (
    <ul className="chart-legend">
      {entries.map((e) => (
        <li key={e.label}>
          <svg width="22" height="12" aria-hidden="true">
            {e.kind === 'box' ? (
              <rect x="4" y="0" width="14" height="12" fill={e.colour} />
            ) : (
              <line x1="0" y1="6" x2="22" y2="6" stroke={e.colour} strokeWidth="3" strokeDasharray={e.dash || undefined} />
            )}
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}

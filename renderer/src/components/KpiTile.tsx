export function KpiTile({ label, value, tone }: { label: string; value: string; tone?: 'danger' | 'warn' | 'ok' }) {
  return (
    <div className={`kpi${tone ? ` kpi-${tone}` : ''}`}>
      <span className="kpi-value">{value}</span>
      <span className="kpi-label">{label}</span>
    </div>
  );
}

// What the import would do: new, updated, unchanged and skipped rows.
import type { ImportReport } from '../../../../electron/api/import-types';
import { useI18n, type MessageKey } from '../../i18n';

const COUNTS: Array<[keyof Pick<ImportReport, 'imported' | 'updated' | 'unchanged' | 'skipped'>, MessageKey, string]> = [
  ['imported', 'import.preview.new', 'kpi-ok'],
  ['updated', 'import.preview.updated', ''],
  ['unchanged', 'import.preview.unchanged', ''],
  ['skipped', 'import.preview.skipped', 'kpi-warn'],
];

export function PreviewCounts({ report, busy }: { report: ImportReport; busy: boolean }) {
  const { t, formatNumber } = useI18n();
  return (
    <dl className="kpis import-counts" aria-busy={busy} aria-label={t('import.preview.caption')} data-testid="import-counts">
      {COUNTS.map(([k, label, tone]) => (
        <div key={k} className={`kpi ${tone}`}>
          <dt className="kpi-label">{t(label)}</dt>
          <dd className="kpi-value">{formatNumber(report[k])}</dd>
        </div>
      ))}
    </dl>
  );
}

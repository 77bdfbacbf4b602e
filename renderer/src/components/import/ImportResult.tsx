// What the import did, with a link to its devices in the inventory.
import type { ImportReport } from '../../../../electron/api/import-types';
import { useI18n } from '../../i18n';

export function ImportResult({ report, onAnother }: { report: ImportReport; onAnother(): void }) {
  const { t, formatNumber } = useI18n();
  const n = (k: 'imported' | 'updated' | 'unchanged' | 'skipped') => formatNumber(report[k]);
  return (
    <div className="import-result" data-testid="import-result">
      <h3 tabIndex={-1} id="import-result-heading">{t('import.result.heading')}</h3>
      <p>{t('import.result.summary', { file: report.file, imported: n('imported'), updated: n('updated'), unchanged: n('unchanged'), skipped: n('skipped') })}</p>
      <p>
        {report.importId !== null && <a href={`#/inventory?import=${report.importId}`}>{t('import.result.view')}</a>}{' '}
        <button type="button" onClick={onAnother}>{t('import.result.another')}</button>
      </p>
    </div>
  );
}

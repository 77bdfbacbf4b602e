// The choices made before writing: what to do with rows matching devices
// already in the plan, whether to skip rows with errors, and the day/month
// order when the file does not settle it.
import type { ImportReport } from '../../../../electron/api/import-types';
import { useI18n } from '../../i18n';

export interface WizardOptions {
  onDuplicate: 'update' | 'skip';
  acceptSkips: boolean;
  dateOrder?: 'DMY' | 'MDY';
}

export function ImportOptionsForm({ report, value, onChange }: { report: ImportReport; value: WizardOptions; onChange(v: WizardOptions): void }) {
  const { t, formatNumber } = useI18n();
  const set = (patch: Partial<WizardOptions>) => onChange({ ...value, ...patch });
  const errorRows = report.errors.filter((e) => e.row !== null).length;
  // Offer the choice when some date could not be read (day/month left open by the file), or the user already chose.
  const dateHeaders = new Set(report.sheets.flatMap((s) => s.columns.filter((c) => c.field === 'installDate').map((c) => c.header)));
  const unreadDates = report.warnings.some((w) => w.column !== null && dateHeaders.has(w.column));
  const askDateOrder = value.dateOrder !== undefined || (report.dateOrder === null && unreadDates);
  return (
    <fieldset className="import-options">
      <legend>{t('import.options.legend')}</legend>
      <fieldset className="choice-group">
        <legend>{t('import.options.duplicate')}</legend>
        {(['update', 'skip'] as const).map((k) => (
          <div key={k} className="choice">
            <input type="radio" id={`dup-${k}`} name="on-duplicate" value={k} checked={value.onDuplicate === k} onChange={() => set({ onDuplicate: k })} />
            <label htmlFor={`dup-${k}`}>{t(`import.options.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      {errorRows > 0 && (
        <div className="choice">
          <input type="checkbox" id="accept-skips" checked={value.acceptSkips} onChange={(e) => set({ acceptSkips: e.target.checked })} aria-describedby="accept-skips-help" />
          <label htmlFor="accept-skips">{t('import.options.acceptSkips', { n: formatNumber(errorRows) })}</label>
          <p id="accept-skips-help" className="help">{t('import.options.acceptSkipsHelp')}</p>
        </div>
      )}
      {askDateOrder ? (
        <div className="field">
          <label htmlFor="date-order">{t('import.options.dateOrder')}</label>
          <select
            id="date-order"
            value={value.dateOrder ?? ''}
            aria-describedby="date-order-help"
            onChange={(e) => set({ dateOrder: e.target.value === '' ? undefined : (e.target.value as 'DMY' | 'MDY') })}
          >
            <option value="">{t('import.options.dateOrder.auto')}</option>
            <option value="DMY">{t('import.options.dateOrder.DMY')}</option>
            <option value="MDY">{t('import.options.dateOrder.MDY')}</option>
          </select>
          <p id="date-order-help" className="help">{t('import.options.dateOrderHelp')}</p>
        </div>
      ) : (
        report.dateOrder && <p className="help">{t('import.options.dateOrder.decided', { order: t(`import.options.dateOrder.${report.dateOrder}`) })}</p>
      )}
    </fieldset>
  );
}

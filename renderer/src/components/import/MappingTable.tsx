// One sheet's columns: the field each fills (a select the user can change),
// how sure the suggestion is, and a few sample values to judge by.
import type { ImportColumn, ImportFieldName, ImportSheet } from '../../../../electron/api/import-types';
import { useI18n } from '../../i18n';
import { FIELD_ORDER, fieldLabel } from './fields';

interface Props {
  sheet: ImportSheet;
  /** The user's choices for this sheet (header -> field or null). */
  edits: Record<string, ImportFieldName | null>;
  onChange(header: string, field: ImportFieldName | null): void;
}

export function MappingTable({ sheet, edits, onChange }: Props) {
  const { t } = useI18n();
  const sid = `map-${slug(sheet.name)}`;
  return (
    <div className="table-wrap">
      <table className="data import-mapping">
        <caption>{t('import.mapping.caption', { sheet: sheet.name, row: sheet.headerRow ?? '—' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.column')}</th>
            <th scope="col">{t('import.mapping.field')}</th>
            <th scope="col">{t('import.mapping.confidence')}</th>
            <th scope="col">{t('import.mapping.samples')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.columns.map((col, i) => {
            const id = `${sid}-${i}`;
            const edited = col.header in edits;
            const value = edited ? edits[col.header] : col.field;
            return (
              <tr key={col.header}>
                <th scope="row" className="wrap">{col.header}</th>
                <td>
                  {col.dropped ? (
                    <span className="dropped">{t(col.droppedReason === 'derived' ? 'import.dropped.derived' : 'import.dropped.credential')}</span>
                  ) : (
                    <select
                      id={id}
                      aria-label={t('import.mapping.fieldFor', { header: col.header })}
                      value={value ?? ''}
                      onChange={(e) => onChange(col.header, e.target.value === '' ? null : (e.target.value as ImportFieldName))}
                    >
                      <option value="">{t('import.field.none')}</option>
                      {FIELD_ORDER.map((f) => (
                        <option key={f} value={f}>{t(fieldLabel(f))}</option>
                      ))}
                    </select>
                  )}
                </td>
                <td>{col.dropped ? '' : <Confidence col={col} edited={edited} />}</td>
                <td className="wrap samples">{col.samples.slice(0, 3).join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Confidence({ col, edited }: { col: ImportColumn; edited: boolean }) {
  const { t, formatPercent } = useI18n();
  if (edited || col.source === 'user') return <span className="conf conf-user">{t('import.source.user')}</span>;
  if (!col.field) return <span className="conf conf-none">{t('import.confidence.none')}</span>;
  const pct = formatPercent(col.confidence);
  const level = col.confidence >= 0.9 ? 'high' : col.confidence >= 0.6 ? 'medium' : 'low';
  const where = col.source === 'vendor' ? t('import.source.vendor') : col.source === 'saved' ? t('import.source.saved') : null;
  return (
    <span className={`conf conf-${level}`}>
      {t(`import.confidence.${level}`, { pct })}
      {where && <span className="help"> — {where}</span>}
    </span>
  );
}

export function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase() || 'sheet';
}

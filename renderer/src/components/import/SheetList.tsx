// The sheets found in the file: rows, header row, and what happens to each —
// read (as a recognised tool's export, perhaps) or left out, with the reason.
import type { ImportSheet } from '../../../../electron/api/import-types';
import { useI18n } from '../../i18n';
import { sheetReason } from '../../i18n/backend-messages';
import { toolLabel } from './fields';

export function SheetList({ sheets }: { sheets: ImportSheet[] }) {
  const { t, lang, formatNumber } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data" data-testid="import-sheets">
        <caption className="visually-hidden">{t('import.sheets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.sheets.name')}</th>
            <th scope="col">{t('import.sheets.rows')}</th>
            <th scope="col">{t('import.sheets.headerRow')}</th>
            <th scope="col">{t('import.sheets.state')}</th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((s) => {
            const tool = s.sourceTool ? toolLabel(s.sourceTool) : null;
            return (
              <tr key={s.name} className={s.ignoredReason ? 'sheet-left' : undefined}>
                <th scope="row" className="wrap">{s.name}</th>
                <td>{s.ignoredReason ? t('import.sheets.none') : formatNumber(s.rows)}</td>
                <td>{s.headerRow ?? t('import.sheets.none')}</td>
                <td className="wrap">
                  {s.ignoredReason
                    ? t('import.sheets.left', { reason: sheetReason(lang, s) })
                    : s.sourceTool
                      ? t('import.sheets.readVendor', { tool: tool ? t(tool) : s.sourceTool })
                      : t('import.sheets.read')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

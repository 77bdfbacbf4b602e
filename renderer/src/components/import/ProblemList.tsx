// Every problem the check found, errors and warnings together, filterable by
// kind, sheet and text. Long lists are cut to the first few hundred matches:
// the filters narrow them down.
import { useMemo, useState } from 'react';
import type { ImportProblem } from '../../../../electron/api/import-types';
import { useI18n } from '../../i18n';
import { problemMessage } from '../../i18n/backend-messages';

const SHOWN_AT_MOST = 300;
type Kind = 'all' | 'error' | 'warning';

export function ProblemList({ errors, warnings }: { errors: ImportProblem[]; warnings: ImportProblem[] }) {
  const { t, lang, formatNumber } = useI18n();
  const [kind, setKind] = useState<Kind>('all');
  const [sheet, setSheet] = useState('');
  const [text, setText] = useState('');
  const all = useMemo(
    () => [
      ...errors.map((p) => ({ ...p, kind: 'error' as const, message: problemMessage(lang, p) })),
      ...warnings.map((p) => ({ ...p, kind: 'warning' as const, message: problemMessage(lang, p) })),
    ],
    [errors, warnings, lang],
  );
  const sheets = useMemo(() => [...new Set(all.map((p) => p.sheet).filter((s): s is string => s !== null))], [all]);
  const matching = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase();
    return all.filter(
      (p) =>
        (kind === 'all' || p.kind === kind) &&
        (sheet === '' || p.sheet === sheet) &&
        (needle === '' || `${p.message} ${p.column ?? ''} ${p.sheet ?? ''} ${p.row ?? ''}`.toLocaleLowerCase().includes(needle)),
    );
  }, [all, kind, sheet, text]);

  if (all.length === 0) return <p className="ok-line">{t('import.problems.none')}</p>;
  const shown = matching.slice(0, SHOWN_AT_MOST);
  return (
    <div className="import-problems">
      <h4>{t('import.problems.heading', { errors: formatNumber(errors.length), warnings: formatNumber(warnings.length) })}</h4>
      {errors.length > 0 && <p className="help">{t('import.problems.errorsHelp')}</p>}
      <fieldset className="filters">
        <legend>{t('import.problems.filters')}</legend>
        <div className="inline-field">
          <label htmlFor="pb-kind">{t('import.problems.kind')}</label>
          <select id="pb-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="all">{t('import.problems.kind.all')}</option>
            <option value="error">{t('import.problems.kind.error')}</option>
            <option value="warning">{t('import.problems.kind.warning')}</option>
          </select>
        </div>
        {sheets.length > 1 && (
          <div className="inline-field">
            <label htmlFor="pb-sheet">{t('import.problems.sheet')}</label>
            <select id="pb-sheet" value={sheet} onChange={(e) => setSheet(e.target.value)}>
              <option value="">{t('import.problems.sheet.all')}</option>
              {sheets.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </div>
        )}
        <div className="inline-field">
          <label htmlFor="pb-text">{t('import.problems.search')}</label>
          <input id="pb-text" type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        </div>
      </fieldset>
      <p className="help" role="status" aria-live="polite">
        {matching.length === 0 ? t('import.problems.noMatch') : t('import.problems.shown', { shown: formatNumber(shown.length), total: formatNumber(matching.length) })}
      </p>
      {shown.length > 0 && (
        <div className="table-wrap problems-wrap">
          <table className="data" data-testid="import-problems">
            <caption className="visually-hidden">{t('import.problems.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.problems.kind')}</th>
                <th scope="col">{t('import.problems.sheet')}</th>
                <th scope="col">{t('import.problems.row')}</th>
                <th scope="col">{t('import.problems.column')}</th>
                <th scope="col">{t('import.problems.message')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p, i) => (
                <tr key={i} className={`problem-${p.kind}`}>
                  <td>{t(p.kind === 'error' ? 'import.problems.error' : 'import.problems.warning')}</td>
                  <td>{p.sheet ?? t('import.problems.file')}</td>
                  <td>{p.row ?? ''}</td>
                  <td className="wrap">{p.column ?? ''}</td>
                  <td className="wrap">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

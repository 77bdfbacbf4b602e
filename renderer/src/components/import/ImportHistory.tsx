// The plan's imports, newest first, each with its counts, a link to its
// devices, and Undo (after a confirmation): the devices it added are removed
// and the ones it updated get their previous values back.
import { useEffect, useRef, useState } from 'react';
import type { ImportHistoryEntry } from '../../../../electron/api/import-types';
import { call } from '../../api/client';
import { notifyPlanChanged, useApi } from '../../api/hooks';
import { useI18n } from '../../i18n';
import { ErrorMessage } from '../ErrorMessage';

export function ImportHistory({ reloadKey }: { reloadKey: number }) {
  const { t, formatNumber, locale } = useI18n();
  const list = useApi('imports:list', {});
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const reload = list.reload;

  useEffect(() => {
    if (reloadKey > 0) reload();
  }, [reloadKey, reload]);
  useEffect(() => {
    if (confirming !== null) yesRef.current?.focus();
  }, [confirming]);

  const when = (iso: string) => formatDateTime(iso, locale);
  const undo = async (entry: ImportHistoryEntry) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('imports:undo', { id: entry.id });
      const text = t('import.history.undoneMessage', { file: entry.fileName, removed: formatNumber(r.removed), restored: formatNumber(r.restored) });
      setDone(text); // read out by this section's own status region
      setConfirming(null);
      notifyPlanChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const rows = list.data ?? [];
  return (
    <section aria-labelledby="import-history-heading" className="import-history">
      <h3 id="import-history-heading">{t('import.history.heading')}</h3>
      {list.error && <ErrorMessage message={list.error} onRetry={reload} />}
      {error && <div className="error" role="alert"><p>{error}</p></div>}
      <div role="status" aria-live="polite" className="result ok" data-testid="import-undo-result">{done && <p>{done}</p>}</div>
      {list.data && rows.length === 0 && <p>{t('import.history.none')}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data" data-testid="import-history">
            <caption className="visually-hidden">{t('import.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.history.when')}</th>
                <th scope="col">{t('import.history.file')}</th>
                <th scope="col">{t('import.history.by')}</th>
                <th scope="col" className="num">{t('import.history.new')}</th>
                <th scope="col" className="num">{t('import.history.updated')}</th>
                <th scope="col" className="num">{t('import.history.unchanged')}</th>
                <th scope="col" className="num">{t('import.history.skipped')}</th>
                <th scope="col">{t('import.history.state')}</th>
                <th scope="col">{t('import.history.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className={e.undoneAt ? 'undone' : undefined}>
                  <td>{when(e.startedAt)}</td>
                  <th scope="row" className="wrap">{e.fileName}</th>
                  <td>{e.user ?? ''}</td>
                  <td className="num">{formatNumber(e.inserted)}</td>
                  <td className="num">{formatNumber(e.updated)}</td>
                  <td className="num">{formatNumber(e.unchanged)}</td>
                  <td className="num">{formatNumber(e.skipped)}</td>
                  <td>{e.undoneAt ? t('import.history.undone', { date: when(e.undoneAt) }) : t('import.history.active')}</td>
                  <td className="actions">
                    {e.undoneAt ? t('import.sheets.none') : (
                      <>
                        <a href={`#/inventory?import=${e.id}`} aria-label={t('import.history.viewLabel', { id: e.id, file: e.fileName })}>
                          {t('import.history.view')}
                        </a>
                        <button type="button" onClick={() => setConfirming(e.id)} disabled={busy} aria-label={t('import.history.undoLabel', { id: e.id, file: e.fileName })}>
                          {t('import.history.undo')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming !== null &&
        (() => {
          const entry = rows.find((r) => r.id === confirming);
          if (!entry) return null;
          return (
            <div className="confirm" role="alertdialog" aria-labelledby="undo-confirm-text" aria-modal="false" onKeyDown={(ev) => ev.key === 'Escape' && setConfirming(null)}>
              <p id="undo-confirm-text">{t('import.history.confirm', { file: entry.fileName, date: when(entry.startedAt) })}</p>
              <button ref={yesRef} type="button" className="primary" onClick={() => void undo(entry)} disabled={busy}>
                {t('import.history.confirmYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(null)} disabled={busy}>
                {t('import.history.confirmNo')}
              </button>
            </div>
          );
        })()}
    </section>
  );
}

/** Date and time in the page's language (dates in the DB are ISO, UTC). */
function formatDateTime(iso: string, locale: string): string {
  const d = new Date(/Z|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso.replace(' ', 'T')}Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

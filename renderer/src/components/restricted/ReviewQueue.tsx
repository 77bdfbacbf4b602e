// The review queue: devices the rules could not decide, why each is there,
// and one-click decisions that ask for a reason. A decision goes through
// devices:bulkUpdate (one id) so it lands in the undo history like the
// drawer's overrides; the device then leaves the queue.
import { useEffect, useRef, useState } from 'react';
import type { DeviceRow } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { notifyPlanChanged } from '../../api/hooks';
import { announce } from '../../history/announce';
import { useI18n, type MessageKey } from '../../i18n';
import { evidenceNote } from '../../i18n/backend-messages';
import { evidenceFieldsLabel } from '../drawer/labels';
import { ErrorMessage } from '../ErrorMessage';
import { DecisionDialog } from './DecisionDialog';
import { companyLabel, deviceLabel, fieldLabel, reviewNotes, reviewReasons, reviewSignals } from './labels';
import { useDeviceList } from './useDeviceList';
import { useSiteName } from './useSiteName';

type Decision = { device: DeviceRow; status: 'restricted' | 'clear'; index: number };

export function ReviewQueue({ openId, onOpen }: { openId: number | null; onOpen(id: number): void }) {
  const { t, lang, formatNumber } = useI18n();
  const fieldsLabel = evidenceFieldsLabel(t);
  const list = useDeviceList({ status: 'review', sort: 'site' }, 50);
  const siteName = useSiteName();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invoker = useRef<HTMLElement | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  const focusAfter = useRef<number | null>(null);

  // After a decision the device is gone: focus the next item's first button (or the count).
  useEffect(() => {
    if (focusAfter.current === null || list.loading) return;
    const buttons = table.current?.querySelectorAll<HTMLButtonElement>('tbody tr button.decide');
    const row = Math.min(focusAfter.current, (list.rows.length || 1) - 1);
    focusAfter.current = null;
    (buttons?.[row * 2] ?? heading.current)?.focus();
  }, [list.rows, list.loading]);

  const ask = (device: DeviceRow, status: 'restricted' | 'clear', index: number) => {
    invoker.current = document.activeElement as HTMLElement | null;
    setError(null);
    setDecision({ device, status, index });
  };
  const cancel = () => {
    setDecision(null);
    invoker.current?.focus();
  };
  const confirm = async (reason: string) => {
    if (!decision) return;
    setBusy(true);
    setError(null);
    try {
      await call('devices:bulkUpdate', { ids: [decision.device.id], override: { status: decision.status, reason } });
      focusAfter.current = decision.index;
      setDecision(null);
      notifyPlanChanged();
      announce(t('review.decided', { device: deviceLabel(t, decision.device), status: t(`status.${decision.status}` as MessageKey) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (list.error) return <ErrorMessage message={list.error} onRetry={list.more} />;
  if (list.total === null) return <p className="loading">{t('app.loading')}</p>;
  return (
    <div className="review-queue">
      <p ref={heading} tabIndex={-1} className="group-summary" data-testid="review-count">{t('review.count', { count: formatNumber(list.total) })}</p>
      {list.total === 0 ? (
        <p className="empty">{t('review.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table ref={table} className="data review-table">
            <caption className="visually-hidden">{t('review.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.col.device')}</th>
                <th scope="col">{t('col.site')}</th>
                <th scope="col">{t('review.col.why')}</th>
                <th scope="col">{t('review.col.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((d, i) => {
                const name = deviceLabel(t, d);
                return (
                  <tr key={d.id} className={openId === d.id ? 'is-open' : undefined} data-testid={`review-row-${d.id}`}>
                    <th scope="row">
                      <button type="button" className="link-button" aria-label={t('restricted.openDevice', { device: name })} aria-expanded={openId === d.id} onClick={() => onOpen(d.id)}>{name}</button>
                      <div className="help">{[d.manufacturer, d.model].filter(Boolean).join(' · ')}</div>
                    </th>
                    <td>{siteName(d)}</td>
                    <td>
                      <ul className="plain reasons">
                        {reviewReasons(d.evidence).map((r) => <li key={r}><strong>{t(`review.reason.${r}` as MessageKey)}</strong>{d.company && r !== 'nothing' ? ` (${companyLabel(t, d.company)})` : ''}</li>)}
                      </ul>
                      <ul className="plain signals">
                        {reviewSignals(d.evidence).map((e, k) => <li key={k}>{fieldLabel(t, e.field)}{t('review.fieldSep')}<code>{e.value}</code>{e.company ? ` → ${companyLabel(t, e.company)}` : ''}</li>)}
                      </ul>
                      {reviewNotes(d.evidence).map((e, k) => <p key={k} className="help">{evidenceNote(lang, e, fieldsLabel)}</p>)}
                    </td>
                    <td className="decide-cell">
                      {(['restricted', 'clear'] as const).map((s) => (
                        <button key={s} type="button" className="decide" aria-label={t('review.decideLabel', { device: name, status: t(`status.${s}` as MessageKey) })} onClick={() => ask(d, s, i)}>
                          {t(s === 'restricted' ? 'review.decideRestricted' : 'review.decideClear')}
                        </button>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {list.total !== null && list.total > list.rows.length && (
        <p className="help">
          {t('restricted.shown', { shown: formatNumber(list.rows.length), total: formatNumber(list.total) })}{' '}
          <button type="button" onClick={list.more} disabled={list.loading}>{t('restricted.more', { count: formatNumber(Math.min(50, list.total - list.rows.length)) })}</button>
        </p>
      )}
      {decision && (
        <DecisionDialog device={deviceLabel(t, decision.device)} status={decision.status} busy={busy} error={error} onConfirm={confirm} onCancel={cancel} />
      )}
    </div>
  );
}

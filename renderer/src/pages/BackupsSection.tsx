// Settings › Backups: the plan's rotating backups (taken automatically before
// imports, migrations and plan regeneration), a "back up now" button, and a
// restore that asks for confirmation and says what it keeps.
import { useState } from 'react';
import type { BackupEntry } from '../../../electron/api/backup-types';
import { call } from '../api/client';
import { notifyPlanChanged, useApi } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';

const REASON_KEYS: Record<BackupEntry['reason'], MessageKey> = {
  import: 'backups.reason.import',
  migration: 'backups.reason.migration',
  plan: 'backups.reason.plan',
  restore: 'backups.reason.restore',
  manual: 'backups.reason.manual',
  undo: 'backups.reason.undo',
};

export function BackupsSection() {
  const { t, locale, formatNumber } = useI18n();
  const list = useApi('backups:list', {});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
      list.reload();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="backups-heading" className="settings-backups">
      <h3 id="backups-heading">{t('backups.heading')}</h3>
      <p className="help">{t('backups.help')}</p>
      <button type="button" disabled={busy} onClick={() => run(async () => t('backups.created', { name: (await call('backups:create', {})).name }))}>
        {t('backups.createNow')}
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {error && <ErrorMessage message={error} />}
      {list.error && <ErrorMessage message={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <p>{t('backups.none')}</p>}
      {list.data && list.data.length > 0 && (
        <table aria-labelledby="backups-heading">
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.reason')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">{t('backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((b) => (
              <tr key={b.name}>
                <td title={b.name}>{when(b.createdAt)}</td>
                <td>{t(REASON_KEYS[b.reason])}</td>
                <td>{t('backups.kb', { n: formatNumber(Math.ceil(b.sizeBytes / 1024)) })}</td>
                <td>
                  {confirming === b.name ? (
                    <span role="group" aria-label={t('backups.confirmLabel')}>
                      {t('backups.confirm')}{' '}
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          run(async () => {
                            const r = await call('backups:restore', { name: b.name });
                            notifyPlanChanged();
                            return t('backups.restored', { when: when(b.createdAt), kept: r.safetyBackup ?? '—' });
                          })
                        }
                      >
                        {t('backups.restoreConfirm')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" disabled={busy} onClick={() => setConfirming(b.name)}>
                      {t('backups.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

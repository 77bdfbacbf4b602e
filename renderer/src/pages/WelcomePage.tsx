import { useState } from 'react';
import type { PlanInfo } from '../../../electron/api/types';
import { call } from '../api/client';
import { useApi } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { useI18n } from '../i18n';

export function WelcomePage({ onOpened }: { onOpened(info: PlanInfo): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recent = useApi('plan:recent', {});

  const openSample = async () => {
    setBusy(true);
    setError(null);
    try {
      onOpened(await call('plan:openSample', {}));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="welcome">
      <h1>{t('app.title')}</h1>
      <h2>{t('welcome.title')}</h2>
      <p className="lead">{t('welcome.lead')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={openSample} disabled={busy} aria-describedby="sample-hint">
          {t('welcome.openSample')}
        </button>
        <p id="sample-hint" className="help">
          {t('welcome.sampleHint')}
        </p>
      </div>
      {error && <ErrorMessage message={error} />}
      <section aria-labelledby="recent-heading">
        <h3 id="recent-heading">{t('welcome.recent')}</h3>
        {recent.data && recent.data.length > 0 ? (
          <ul>
            {recent.data.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('welcome.noRecent')}</p>
        )}
      </section>
    </main>
  );
}

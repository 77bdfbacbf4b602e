import { useApi } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { KpiTile } from '../components/KpiTile';
import { useI18n } from '../i18n';

export function DashboardPage() {
  const { t, formatNumber } = useI18n();
  const summary = useApi('summary:get', {});
  if (summary.error) return <ErrorMessage message={summary.error} onRetry={summary.reload} />;
  const s = summary.data;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      {s ? (
        <div className="kpis" data-testid="summary-kpis">
          <KpiTile label={t('summary.devices')} value={formatNumber(s.devices)} />
          <KpiTile label={t('summary.restricted')} value={formatNumber(s.restricted)} tone="danger" />
          <KpiTile label={t('summary.review')} value={formatNumber(s.review)} tone="warn" />
          <KpiTile label={t('summary.clear')} value={formatNumber(s.clear)} tone="ok" />
          <KpiTile label={t('summary.sites')} value={formatNumber(s.sites)} />
        </div>
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </section>
  );
}

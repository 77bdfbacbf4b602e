// The leadership dashboard: seven numbers, then where the money goes per
// fiscal year, when the last restricted device goes, which sites come first,
// and the inventory behind it, all under one filter. '#/dashboard/chart/<id>'
// shows one chart full size.
import { useState } from 'react';
import { call } from '../api/client';
import { notifyPlanChanged, useApi } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { KpiTile } from '../components/KpiTile';
import { useI18n } from '../i18n';
import { saveBriefing } from '../charts/briefing';
import { ChartFrame, todayIso } from '../charts/ChartFrame';
import { DashboardFilters } from '../charts/DashboardFilters';
import { KpiTiles } from '../charts/KpiTiles';
import { starterBudget } from '../../../electron/domain/plan/starter-budget';
import { specById, useDashboardData, useDashboardFilter, type DashboardData } from '../charts/useDashboardData';
import { useHash } from '../charts/useHash';
import '../charts/charts.css';

export function DashboardPage() {
  const { t, formatNumber, formatDate } = useI18n();
  const hash = useHash();
  const [filter, setFilter] = useDashboardFilter();
  const summary = useApi('summary:get', {});
  const data = useDashboardData(filter);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  // The plan file is unreadable: one message, not one per chart.
  if (summary.error) return <ErrorMessage message={summary.error} onRetry={summary.reload} />;

  const chartId = /^#\/dashboard\/chart\/([\w-]+)/.exec(hash)?.[1];
  if (chartId) {
    const spec = specById(data.specs, chartId);
    return (
      <section className="chart-page">
        <p>
          <a href="#/dashboard">{t('dashboard.back')}</a>
        </p>
        {data.error && <ErrorMessage message={data.error} onRetry={data.reload} />}
        {spec ? <ChartFrame spec={spec} variant="page" /> : <p className="loading">{data.loading ? t('app.loading') : t('dashboard.noSuchChart')}</p>}
      </section>
    );
  }

  const useStarter = async () => {
    if (!data.plan || data.scenarioId === null) return;
    setBusy(true);
    setActionError(null);
    try {
      await call('plan:setParams', { scenarioId: data.scenarioId, params: { budgets: starterBudget(data.plan) } });
      notifyPlanChanged();
    } catch (err) {
      setActionError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const briefing = async () => {
    setActionError(null);
    try {
      await saveBriefing(`briefing-${todayIso()}.pdf`);
    } catch (err) {
      setActionError((err as Error).message);
    }
  };

  const s = summary.data;
  return (
    <section className="dashboard" aria-labelledby="summary-heading">
      <div className="dash-head">
        <div>
          <h2 id="summary-heading">{t('dashboard.title')}</h2>
          {data.scenarioName && <p className="dash-sub">{t('dashboard.subtitle', { scenario: data.scenarioName, date: formatDate(todayIso()) })}</p>}
        </div>
        <div className="dash-actions">
          <a className="button" href="#/present" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {t('dashboard.present')}
          </a>
          <button type="button" onClick={() => void briefing()}>
            {t('dashboard.briefing')}
          </button>
        </div>
      </div>
      <DashboardFilters filter={filter} onChange={setFilter} data={data} />
      {actionError && <ErrorMessage message={actionError} />}
      {data.error && <ErrorMessage message={data.error} onRetry={data.reload} />}
      {data.plan && !data.hasBudget && (
        <div className="notice" role="status">
          <p>{t('dashboard.noBudget')}</p>
          {data.plan.unfundedCostCents > 0 && (
            <button type="button" className="primary" disabled={busy} onClick={() => void useStarter()}>
              {t('dashboard.useStarter')}
            </button>
          )}
        </div>
      )}
      {data.kpis ? (
        <KpiTiles k={data.kpis} />
      ) : s ? (
        // Until the aggregates arrive, the plain counts (the same numbers, unfiltered).
        <div className="kpis" data-testid="summary-kpis">
          <KpiTile label={t('summary.devices')} value={formatNumber(s.devices)} />
          <KpiTile label={t('summary.restricted')} value={formatNumber(s.restricted)} tone="danger" />
          <KpiTile label={t('summary.sites')} value={formatNumber(s.sites)} />
        </div>
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
      <ChartGrid data={data} />
    </section>
  );
}

function ChartGrid({ data }: { data: DashboardData }) {
  const { t } = useI18n();
  if (!data.specs.length) return data.loading ? <p className="loading">{t('app.loading')}</p> : null;
  return (
    <div className="chart-grid">
      {data.specs.map((spec) => (
        <ChartFrame key={spec.id} spec={spec} variant="card" />
      ))}
    </div>
  );
}

// The plan's headline: cost, finish date, the unfunded backlog (prominent, never
// hidden), and the warnings a manager must see (over-cap / over-capacity
// months, sites placed outside the budgeted years).
import type { PlanSummary, PlanWarning } from '../../../../electron/api/plan-types';
import { useChartFormat } from '../../charts/format';
import { useI18n, type MessageKey } from '../../i18n';
import { fyText } from './format';

export function ResultsHeader({ scenarioName, summary }: { scenarioName: string; summary: PlanSummary }) {
  const { t, formatMoney, formatNumber, formatDate } = useI18n();
  const warningText = useWarningText();
  const backlog = summary.unfundedDevices > 0;
  const finish =
    summary.scopeDevices === 0 ? t('plan.results.nothingToDo') : summary.finishDate ? formatDate(summary.finishDate) : t('plan.results.notWithin');
  return (
    <section className="plan-results" aria-labelledby="plan-results-h">
      <h3 id="plan-results-h">{t('plan.results.heading', { scenario: scenarioName })}</h3>
      <dl className="kpis plan-kpis" data-testid="plan-kpis">
        <div className="kpi">
          <dt className="kpi-label">{t('plan.results.fundedCost')}</dt>
          <dd className="kpi-value">{formatMoney(summary.fundedCostCents)}</dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t('plan.results.totalCost')}</dt>
          <dd className="kpi-value">{formatMoney(summary.fundedCostCents + summary.unfundedCostCents)}</dd>
        </div>
        <div className={`kpi ${summary.finishDate && summary.warnings.length === 0 ? 'kpi-ok' : 'kpi-warn'}`}>
          <dt className="kpi-label">{t('plan.results.finish')}</dt>
          <dd className="kpi-value" data-testid="plan-finish">{finish}</dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t('plan.results.scope')}</dt>
          <dd className="kpi-value">{formatNumber(summary.scopeDevices)}</dd>
          <dd className="kpi-sub">{t('plan.results.scopeValue', { restricted: formatNumber(summary.restrictedTotal) })}</dd>
        </div>
      </dl>
      <div className={`plan-backlog ${backlog ? 'is-short' : 'is-funded'}`} data-testid="plan-backlog">
        <p className="plan-backlog-title">
          <strong>{t('plan.results.backlog')}</strong>{' '}
          <span className="plan-backlog-value">
            {backlog
              ? t('plan.results.backlogValue', { count: formatNumber(summary.unfundedDevices), cost: formatMoney(summary.unfundedCostCents) })
              : t('plan.results.backlogNone')}
          </span>
        </p>
        {backlog && <p className="help">{t('plan.results.backlogHelp')}</p>}
      </div>
      <details className="plan-warnings" open={summary.warnings.length > 0 && summary.warnings.length <= 8}>
        <summary>{t('plan.warnings.heading', { count: formatNumber(summary.warnings.length) })}</summary>
        {summary.warnings.length === 0 ? (
          <p>{t('plan.warnings.none')}</p>
        ) : (
          <ul data-testid="plan-warnings">
            {summary.warnings.map((w, i) => (
              <li key={i} className={`warning-${w.kind}`}>
                {warningText(w)}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

export function useWarningText(): (w: PlanWarning) => string {
  const { t, lang, formatMoney, formatNumber } = useI18n();
  const fmt = useChartFormat();
  const fy = (label: string) => t('plan.fy.sentence', { fy: fyText(label, lang) });
  return (w) => {
    switch (w.kind) {
      case 'overCapacity':
        return t('plan.warning.overCapacity', { month: fmt.month(w.month), devices: formatNumber(w.devices), capacity: formatNumber(w.capacity) });
      case 'overCap':
        return t('plan.warning.overCap', { fy: fy(w.fy), spend: formatMoney(w.spendCents), cap: formatMoney(w.capCents) });
      case 'outsideBudgetYears':
        return t('plan.warning.outsideBudgetYears', { site: w.siteName || t('plan.sites.noSite'), month: fmt.month(w.month) });
      case 'recorderAfterCamera':
        return t('plan.warning.recorderAfterCamera', {
          camera: w.cameraId,
          recorder: w.recorderId,
          cameraMonth: fmt.month(w.cameraMonth),
          recorderMonth: w.recorderMonth ? fmt.month(w.recorderMonth) : t('plan.warning.notFunded'),
        });
      case 'noCatalogueEntry':
        return t('plan.warning.noCatalogueEntry', { devices: formatNumber(w.devices), type: t(`type.${w.type}` as MessageKey) });
    }
  };
}

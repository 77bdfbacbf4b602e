// The Plan page: scenario switcher, the plan's headline (cost, finish date,
// unfunded backlog, warnings), and tabs for the parameters, fiscal years,
// sites, the schedule, the catalogue and the scenario comparison.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { PlanSummary } from '../../../electron/api/plan-types';
import { ErrorMessage } from '../components/ErrorMessage';
import { CatalogueEditor } from '../components/plan/CatalogueEditor';
import { CompareView } from '../components/plan/CompareView';
import { FiscalYearTable } from '../components/plan/FiscalYearTable';
import { ParamsForm } from '../components/plan/ParamsForm';
import { ResultsHeader } from '../components/plan/ResultsHeader';
import { ScenarioBar } from '../components/plan/ScenarioBar';
import { ScheduleList } from '../components/plan/ScheduleList';
import { SitesTable } from '../components/plan/SitesTable';
import { usePlanView } from '../components/plan/usePlanView';
import '../components/plan/plan.css';
import { useI18n, type MessageKey } from '../i18n';

const TABS = ['params', 'years', 'sites', 'schedule', 'catalogue', 'compare'] as const;
type Tab = (typeof TABS)[number];

export function PlanPage() {
  const { t, formatNumber } = useI18n();
  const { view, scenarios, error, loading, reload } = usePlanView();
  const [tab, setTab] = useState<Tab>('params');
  const [status, setStatus] = useState('');
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  if (error && !view) return <ErrorMessage message={error} onRetry={() => void reload()} />;
  if (!view) return <p className="loading">{t('app.loading')}</p>;
  const { scenario, summary } = view;

  /** After any change: refetch, then say what happened in the status region. */
  const changed = async (message: string) => {
    setStatus(t('plan.results.replanning'));
    await reload();
    setStatus(message);
  };
  const replanned = (s: PlanSummary) =>
    void changed(t('plan.results.replanned', { scenario: scenario.name, funded: formatNumber(s.fundedDevices), unfunded: formatNumber(s.unfundedDevices) }));

  const onTabKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const k = (next + TABS.length) % TABS.length;
    setTab(TABS[k]);
    tabRefs.current[k]?.focus();
  };

  return (
    <section className="plan-page" aria-labelledby="plan-h">
      <h2 id="plan-h">{t('plan.heading')}</h2>
      <p className="lead">{t('plan.lead')}</p>
      <ScenarioBar scenarios={scenarios} current={scenario} onChanged={(m) => void changed(m)} />
      <p role="status" className="plan-status" data-testid="plan-status">
        {loading && !status ? t('plan.results.replanning') : status}
      </p>
      <ResultsHeader scenarioName={scenario.name} summary={summary} />

      <div role="tablist" aria-label={t('plan.tabs.label')} className="tabs">
        {TABS.map((name, i) => (
          <button
            key={name}
            ref={(el) => void (tabRefs.current[i] = el)}
            type="button"
            role="tab"
            id={`plan-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`plan-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(`plan.tab.${name}` as MessageKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`plan-panel-${tab}`} aria-labelledby={`plan-tab-${tab}`} className="plan-panel" tabIndex={0}>
        {tab === 'params' && <ParamsForm scenario={scenario} onPlanned={replanned} />}
        {tab === 'years' && (
          <>
            <h3>{t('plan.years.heading')}</h3>
            <FiscalYearTable years={summary.byFiscalYear} />
          </>
        )}
        {tab === 'sites' && (
          <>
            <h3>{t('plan.sites.heading')}</h3>
            <SitesTable scenarioId={scenario.id} scenarioName={scenario.name} phaseMode={scenario.params.phaseMode} summary={summary} onChanged={(m) => void changed(m)} />
          </>
        )}
        {tab === 'schedule' && (
          <>
            <h3>{t('plan.schedule.heading')}</h3>
            <ScheduleList scenarioId={scenario.id} summary={summary} />
          </>
        )}
        {tab === 'catalogue' && (
          <>
            <h3>{t('plan.cat.heading')}</h3>
            <CatalogueEditor onChanged={(m) => void changed(m)} />
          </>
        )}
        {tab === 'compare' && (
          <>
            <h3>{t('plan.compare.heading')}</h3>
            <CompareView scenarios={scenarios} currentId={scenario.id} restrictedTotal={summary.restrictedTotal} />
          </>
        )}
      </div>
    </section>
  );
}

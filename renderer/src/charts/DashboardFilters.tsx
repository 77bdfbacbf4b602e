import { useId } from 'react';
import { useI18n } from '../i18n';
import type { DashboardData, DashboardFilter } from './useDashboardData';

/** Scenario, region and site: one filter for every chart on the dashboard. */
export function DashboardFilters({ filter, onChange, data }: { filter: DashboardFilter; onChange(f: DashboardFilter): void; data: DashboardData }) {
  const { t } = useI18n();
  const id = useId();
  const sites = data.options.sites.filter((s) => filter.region === undefined || s.region === filter.region);
  return (
    <form className="dash-filters" aria-label={t('dashboard.filters')} onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor={`${id}-scenario`}>{t('dashboard.scenario')}</label>
        <select
          id={`${id}-scenario`}
          value={filter.scenarioId ?? data.scenarioId ?? ''}
          onChange={(e) => onChange({ ...filter, scenarioId: e.target.value ? Number(e.target.value) : undefined })}
        >
          {data.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-region`}>{t('dashboard.region')}</label>
        <select
          id={`${id}-region`} value={filter.region ?? ''} onChange={(e) => onChange({ ...filter, region: e.target.value || undefined, siteId: undefined })}>
          <option value="">{t('dashboard.allRegions')}</option>
          {data.options.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-site`}>{t('dashboard.site')}</label>
        <select
          id={`${id}-site`} value={filter.siteId ?? ''} onChange={(e) => onChange({ ...filter, siteId: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('dashboard.allSites')}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {(filter.region !== undefined || filter.siteId !== undefined) && (
        <button type="button" onClick={() => onChange({ scenarioId: filter.scenarioId })}>
          {t('dashboard.clearFilters')}
        </button>
      )}
    </form>
  );
}

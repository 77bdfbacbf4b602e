// Bulk actions on the selected devices: assign a site, set the criticality of
// their sites, exclude or include them in the plan, override with a reason.
import { useState } from 'react';
import type { BulkEdit } from '../../../../electron/api/inventory-types';
import type { SiteRow } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { notifyPlanChanged } from '../../api/hooks';
import { announce } from '../../history/announce';
import { useI18n, type MessageKey } from '../../i18n';
import { ErrorMessage } from '../ErrorMessage';
import { OverrideForm } from '../drawer/OverrideForm';

export function BulkBar({ ids, sites, onClear }: { ids: number[]; sites: SiteRow[]; onClear(): void }) {
  const { t, lang, formatNumber } = useI18n();
  const [site, setSite] = useState('');
  const [crit, setCrit] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (edit: Omit<BulkEdit, 'ids'>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('devices:bulkUpdate', { ids, ...edit });
      announce(t('bulk.done', { devices: formatNumber(r.devices), sites: formatNumber(r.sites) }));
      notifyPlanChanged();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk-bar" aria-labelledby="bulk-heading">
      <h3 id="bulk-heading">{t('bulk.heading', { count: formatNumber(ids.length) })}</h3>
      <div className="bulk-actions">
        <div className="inline-field">
          <label htmlFor="bulk-site">{t('bulk.assignSite')}</label>
          <select id="bulk-site" value={site} onChange={(e) => setSite(e.target.value)}>
            <option value="">{t('bulk.chooseSite')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>{lang === 'fr' && s.nameFr ? s.nameFr : s.name}</option>
            ))}
          </select>
          <button type="button" disabled={busy || !site} onClick={() => run({ siteId: Number(site) })}>{t('bulk.apply')}</button>
        </div>
        <div className="inline-field">
          <label htmlFor="bulk-crit">{t('bulk.criticality')}</label>
          <select id="bulk-crit" value={crit} onChange={(e) => setCrit(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>{t('bulk.criticalityLevel', { level: n, name: t(`bulk.crit.${n}` as MessageKey) })}</option>
            ))}
          </select>
          <button type="button" disabled={busy || !crit} onClick={() => run({ criticality: Number(crit) })}>{t('bulk.apply')}</button>
        </div>
        <button type="button" disabled={busy} onClick={() => run({ excluded: true })}>{t('bulk.exclude')}</button>
        <button type="button" disabled={busy} onClick={() => run({ excluded: false })}>{t('bulk.include')}</button>
        <button type="button" onClick={onClear}>{t('bulk.clearSelection')}</button>
      </div>
      <details className="bulk-override">
        <summary>{t('bulk.override')}</summary>
        <OverrideForm idPrefix="bulk-ov" busy={busy} onSubmit={(status, reason) => run({ override: { status, reason } })} />
      </details>
      {error && <ErrorMessage message={error} />}
    </section>
  );
}

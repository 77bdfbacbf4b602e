// Restricted devices grouped by site. Every site is listed, so one with no
// devices stands out; such a site can be marked "not yet reported" (its
// devices are unknown, never clear), and a marked site carries a clear marker.
import { useState } from 'react';
import type { RestrictedGroups } from '../../../../electron/api/tagging-types';
import type { SiteRow } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { notifyPlanChanged } from '../../api/hooks';
import { announce } from '../../history/announce';
import { useI18n } from '../../i18n';
import { ErrorMessage } from '../ErrorMessage';
import { GroupPanel } from './GroupPanel';
import { companyLabel, siteLabel } from './labels';

export function SiteGroups({ groups, sites, openId, onOpen }: { groups: RestrictedGroups; sites: SiteRow[]; openId: number | null; onOpen(id: number): void }) {
  const { t, lang, formatNumber } = useI18n();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bySite = new Map(groups.bySite.map((g) => [g.siteId, g]));
  // Most restricted first; then sites not yet reported (a gap in the picture), then the rest by name.
  const ordered = [...sites].sort(
    (a, b) => b.restricted - a.restricted || Number(b.status === 'not_reported') - Number(a.status === 'not_reported') || siteLabel(lang, a).localeCompare(siteLabel(lang, b), lang),
  );
  const noSite = bySite.get(null);

  const setStatus = async (s: SiteRow, status: SiteRow['status']) => {
    setBusy(s.id);
    setError(null);
    try {
      await call('sites:setStatus', { siteId: s.id, status });
      notifyPlanChanged();
      announce(t(status === 'not_reported' ? 'restricted.site.marked' : 'restricted.site.unmarked', { site: siteLabel(lang, s) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="groups" data-testid="groups-by-site">
      {error && <ErrorMessage message={error} />}
      {ordered.map((s) => {
        const name = siteLabel(lang, s);
        const companies = bySite.get(s.id)?.companies ?? [];
        return (
          <GroupPanel
            key={s.id}
            testId={`group-site-${s.id}`}
            title={name}
            count={s.restricted}
            query={{ status: 'restricted', siteId: s.id, sort: 'manufacturer' }}
            showSite={false}
            openId={openId}
            onOpen={onOpen}
            badge={s.status === 'not_reported' ? <span className="marker-not-reported">{t('restricted.site.notReported')}</span> : undefined}
          >
            <p className="group-summary">
              {s.devices === 0
                ? t('restricted.site.noDevices')
                : s.restricted > 0
                  ? t('restricted.site.summary', { restricted: formatNumber(s.restricted), devices: formatNumber(s.devices) })
                  : t('restricted.site.noneRestricted', { devices: formatNumber(s.devices) })}
              {companies.length > 0 && ' · '}
              {companies.map((c) => t('restricted.brandCount', { brand: companyLabel(t, c.company), count: formatNumber(c.devices) })).join(', ')}
            </p>
            {s.status === 'not_reported' && <p className="help">{t('restricted.site.notReportedHelp')}</p>}
            {s.status === 'not_reported' ? (
              <button type="button" disabled={busy === s.id} onClick={() => setStatus(s, 'active')}>{t('restricted.site.markReported', { site: name })}</button>
            ) : (
              s.devices === 0 && <button type="button" disabled={busy === s.id} onClick={() => setStatus(s, 'not_reported')}>{t('restricted.site.markNotReported', { site: name })}</button>
            )}
          </GroupPanel>
        );
      })}
      {noSite && <GroupPanel title={t('restricted.site.none')} count={noSite.devices} query={null} showSite={false} openId={openId} onOpen={onOpen} />}
    </div>
  );
}

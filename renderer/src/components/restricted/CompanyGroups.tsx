// Restricted devices grouped by company, with the brands that named them
// (EZVIZ, HiLook, … under Hikvision).
import type { RestrictedBrandCount } from '../../../../electron/api/sites-status-api';
import type { RestrictedGroups } from '../../../../electron/api/tagging-types';
import { useI18n } from '../../i18n';
import { GroupPanel } from './GroupPanel';
import { companyLabel } from './labels';

export function CompanyGroups({ groups, brands, openId, onOpen }: { groups: RestrictedGroups; brands: RestrictedBrandCount[]; openId: number | null; onOpen(id: number): void }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="groups" data-testid="groups-by-company">
      {groups.byCompany.map((g) => {
        const title = companyLabel(t, g.company);
        const own = brands.filter((b) => b.company === g.company);
        return (
          <GroupPanel
            key={g.company ?? '-'}
            testId={`group-company-${g.company ?? 'unknown'}`}
            title={title}
            count={g.devices}
            // devices:list filters on an exact company; devices without one cannot be listed apart.
            query={g.company !== null ? { status: 'restricted', company: g.company, sort: 'site' } : null}
            showSite
            openId={openId}
            onOpen={onOpen}
          >
            <p className="group-summary">
              {t('restricted.groupSummary', { devices: formatNumber(g.devices), cameras: formatNumber(g.cameras), recorders: formatNumber(g.recorders), sites: formatNumber(g.sites) })}
            </p>
            {own.length > 0 && (
              <p className="group-brands">
                <span className="label">{t('restricted.brands')}</span>{' '}
                {own.map((b, i) => (
                  <span key={b.brand ?? '-'} className="chip">
                    {t('restricted.brandCount', { brand: b.brand ?? `${title} (${t('restricted.brandOwn')})`, count: formatNumber(b.devices) })}
                    {i < own.length - 1 ? ' ' : ''}
                  </span>
                ))}
              </p>
            )}
          </GroupPanel>
        );
      })}
    </div>
  );
}

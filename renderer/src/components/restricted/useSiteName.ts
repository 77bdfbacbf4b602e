// A device's site as the user's language names it (French name when there is one).
import type { DeviceRow } from '../../../../electron/api/types';
import { useApi } from '../../api/hooks';
import { useI18n } from '../../i18n';
import { siteLabel } from './labels';

export function useSiteName(): (d: Pick<DeviceRow, 'site' | 'siteId'>) => string {
  const { t, lang } = useI18n();
  const sites = useApi('sites:list', {});
  return (d) => {
    const s = d.siteId === null ? undefined : sites.data?.find((x) => x.id === d.siteId);
    return s ? siteLabel(lang, s) : (d.site ?? t('restricted.site.none'));
  };
}

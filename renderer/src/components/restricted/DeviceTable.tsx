// A group's restricted devices as a table; the device name is a button that
// opens the device drawer (evidence, citations, overrides, audit).
import type { DeviceRow } from '../../../../electron/api/types';
import { useI18n, type MessageKey } from '../../i18n';
import { ErrorMessage } from '../ErrorMessage';
import { brandOf, companyLabel, deviceLabel } from './labels';
import { useSiteName } from './useSiteName';
import type { DeviceList } from './useDeviceList';

export function DeviceTable({ list, caption, openId, onOpen, showSite }: { list: DeviceList; caption: string; openId: number | null; onOpen(id: number): void; showSite: boolean }) {
  const { t, formatNumber } = useI18n();
  const siteName = useSiteName();
  if (list.error) return <ErrorMessage message={list.error} onRetry={list.more} />;
  if (list.total === null) return <p className="loading">{t('app.loading')}</p>;
  const remaining = list.total - list.rows.length;
  return (
    <div className="restricted-devices">
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('restricted.col.device')}</th>
              {showSite ? <th scope="col">{t('col.site')}</th> : <th scope="col">{t('col.company')}</th>}
              <th scope="col">{t('restricted.col.makerModel')}</th>
              <th scope="col">{t('restricted.col.brand')}</th>
              <th scope="col">{t('restricted.col.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((d: DeviceRow) => (
              <tr key={d.id} className={openId === d.id ? 'is-open' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" aria-label={t('restricted.openDevice', { device: deviceLabel(t, d) })} aria-expanded={openId === d.id} onClick={() => onOpen(d.id)}>
                    {deviceLabel(t, d)}
                  </button>
                  <div className="help">{t(`type.${d.type}` as MessageKey)}</div>
                </th>
                <td>{showSite ? siteName(d) : companyLabel(t, d.company)}</td>
                <td>
                  {d.manufacturer ?? t('common.none')}
                  <div className="help">{d.model ?? t('common.none')}</div>
                </td>
                <td>{brandOf(d) ?? t('common.none')}</td>
                <td>{t('restricted.evidenceCount', { count: formatNumber(d.evidence.length) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="help">
        {t('restricted.shown', { shown: formatNumber(list.rows.length), total: formatNumber(list.total) })}{' '}
        {remaining > 0 && (
          <button type="button" onClick={list.more} disabled={list.loading}>
            {t('restricted.more', { count: formatNumber(Math.min(remaining, 50)) })}
          </button>
        )}
      </p>
    </div>
  );
}

// The Restricted view (issue 4): restricted devices grouped by company and
// brand or by site, and the review queue; any device opens the inventory's
// device drawer with its evidence and citations.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../api/hooks';
import { DeviceDrawer } from '../components/DeviceDrawer';
import { ErrorMessage } from '../components/ErrorMessage';
import { CompanyGroups } from '../components/restricted/CompanyGroups';
import { ReviewQueue } from '../components/restricted/ReviewQueue';
import { SiteGroups } from '../components/restricted/SiteGroups';
import { HistoryControls } from '../history/HistoryControls';
import { useI18n } from '../i18n';
import '../inventory.css';
import '../components/restricted/restricted.css';

type Tab = 'groups' | 'review';
type GroupBy = 'company' | 'site';

export function RestrictedPage() {
  const { t, formatNumber } = useI18n();
  const [tab, setTab] = useState<Tab>(window.location.hash.includes('review') ? 'review' : 'groups');
  const [groupBy, setGroupBy] = useState<GroupBy>('company');
  const [open, setOpen] = useState<number | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ groups: null, review: null });
  const groups = useApi('restricted:groups', {});
  const brands = useApi('restricted:brands', {});
  const sites = useApi('sites:list', {});
  const summary = useApi('summary:get', {});

  const openDrawer = (id: number) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setOpen((cur) => (cur === id ? null : id));
  };
  const closeDrawer = () => {
    setOpen(null);
    returnFocus.current?.focus();
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next: Tab = e.key === 'Home' ? 'groups' : e.key === 'End' ? 'review' : tab === 'groups' ? 'review' : 'groups';
    setTab(next);
    tabs.current[next]?.focus();
  };
  const tabProps = (id: Tab) => ({
    id: `restricted-tab-${id}`,
    role: 'tab',
    type: 'button' as const,
    'aria-selected': tab === id,
    'aria-controls': `restricted-panel-${id}`,
    tabIndex: tab === id ? 0 : -1,
    ref: (el: HTMLButtonElement | null) => void (tabs.current[id] = el),
    onClick: () => setTab(id),
  });
  const error = groups.error ?? brands.error ?? sites.error;

  return (
    <section aria-labelledby="restricted-heading" className="restricted-page">
      <div className="page-head">
        <h2 id="restricted-heading">{t('restricted.heading')}</h2>
        <HistoryControls />
      </div>
      <p className="help">{t('restricted.lead')}</p>
      <div role="tablist" aria-label={t('restricted.sections')} className="tabs" onKeyDown={onTabKey}>
        <button {...tabProps('groups')}>{t('restricted.tab.groups', { count: formatNumber(summary.data?.restricted ?? groups.data?.total ?? 0) })}</button>
        <button {...tabProps('review')}>{t('restricted.tab.review', { count: formatNumber(summary.data?.review ?? 0) })}</button>
      </div>
      {error && <ErrorMessage message={error} onRetry={() => { groups.reload(); brands.reload(); sites.reload(); }} />}
      <div className={`inventory-layout${open !== null ? ' with-drawer' : ''}`}>
        <div>
          {tab === 'groups' ? (
            <div role="tabpanel" id="restricted-panel-groups" aria-labelledby="restricted-tab-groups">
              <fieldset className="group-by">
                <legend>{t('restricted.groupBy')}</legend>
                {(['company', 'site'] as const).map((g) => (
                  <span className="check-field" key={g}>
                    <input type="radio" id={`group-by-${g}`} name="group-by" checked={groupBy === g} onChange={() => setGroupBy(g)} />
                    <label htmlFor={`group-by-${g}`}>{t(`restricted.groupBy.${g}`)}</label>
                  </span>
                ))}
              </fieldset>
              {groups.data && (
                <p className="group-summary" data-testid="restricted-total">
                  {groups.data.total === 0 ? t('restricted.none') : t('restricted.total', { count: formatNumber(groups.data.total) })}
                </p>
              )}
              {groups.data && groupBy === 'company' && <CompanyGroups groups={groups.data} brands={brands.data ?? []} openId={open} onOpen={openDrawer} />}
              {groups.data && sites.data && groupBy === 'site' && <SiteGroups groups={groups.data} sites={sites.data} openId={open} onOpen={openDrawer} />}
            </div>
          ) : (
            <div role="tabpanel" id="restricted-panel-review" aria-labelledby="restricted-tab-review">
              <h3 className="visually-hidden">{t('review.heading')}</h3>
              <p className="help">{t('review.lead')}</p>
              <ReviewQueue openId={open} onOpen={openDrawer} />
            </div>
          )}
        </div>
        {open !== null && <DeviceDrawer id={open} sites={sites.data ?? []} onClose={closeDrawer} />}
      </div>
    </section>
  );
}

// The inventory: search, filters, sortable virtualised grid, column chooser,
// selection with bulk actions, the device drawer, and undo/redo.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeviceQuery, DeviceStatus, DeviceType } from '../../../electron/api/types';
import { useApi, usePlanChangeTick } from '../api/hooks';
import { DeviceDrawer } from '../components/DeviceDrawer';
import { ErrorMessage } from '../components/ErrorMessage';
import { BulkBar } from '../components/inventory/BulkBar';
import { ColumnChooser } from '../components/inventory/ColumnChooser';
import { loadColumns, saveColumns, type ColumnId } from '../components/inventory/columns';
import { DeviceGrid } from '../components/inventory/DeviceGrid';
import { useDevicePages } from '../components/inventory/useDevicePages';
import { HistoryControls } from '../history/HistoryControls';
import { useI18n, type MessageKey } from '../i18n';
import '../inventory.css';

const STATUSES: DeviceStatus[] = ['restricted', 'review', 'clear'];
const TYPES: DeviceType[] = ['camera', 'recorder', 'encoder', 'access_control', 'intercom', 'other'];
// Companies named by the policies (tagging issue); values as the tagger stores them.
const COMPANIES = ['hikvision', 'dahua', 'huawei', 'zte', 'hytera'];
type Filters = Pick<DeviceQuery, 'siteId' | 'status' | 'company' | 'type' | 'importId'>;

/** '#/inventory?import=12' (the import wizard's link to an import's devices) opens filtered by that import. */
function filtersFromHash(): Filters {
  const id = Number(new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('import'));
  return Number.isInteger(id) && id > 0 ? { importId: id } : {};
}

export function InventoryPage({ gridHeight }: { gridHeight?: number }) {
  const { t, lang, formatNumber } = useI18n();
  const sites = useApi('sites:list', {});
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>(filtersFromHash);
  const [sort, setSort] = useState<NonNullable<DeviceQuery['sort']>>('id');
  const [desc, setDesc] = useState(false);
  const [columns, setColumns] = useState<ColumnId[]>(loadColumns);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [open, setOpen] = useState<number | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const tick = usePlanChangeTick();

  // Debounced search: the query goes out 200 ms after the last keystroke.
  useEffect(() => {
    const h = setTimeout(() => setSearch(searchText.trim()), 200);
    return () => clearTimeout(h);
  }, [searchText]);

  const query = useMemo(() => ({ ...filters, ...(search ? { search } : {}), sort, desc }), [filters, search, sort, desc]);
  const pages = useDevicePages(query, tick);
  const unfiltered = useApi('summary:get', {});
  const filtered = search !== '' || Object.values(filters).some((v) => v !== undefined);

  const setFilter = <K extends keyof Filters>(k: K, v: Filters[K] | undefined) => setFilters((f) => ({ ...f, [k]: v }));
  const siteNames = useMemo(() => new Map((sites.data ?? []).map((s) => [s.id, lang === 'fr' && s.nameFr ? s.nameFr : s.name])), [sites.data, lang]);
  const siteName = (id: number) => siteNames.get(id) ?? String(id);

  const openDrawer = (id: number) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setOpen(id);
  };
  const closeDrawer = () => {
    setOpen(null);
    returnFocus.current?.focus();
  };

  return (
    <section aria-labelledby="inventory-heading" className="inventory">
      <div className="page-head">
        <h2 id="inventory-heading">{t('inventory.heading')}</h2>
        <HistoryControls />
      </div>
      <div className="toolbar" role="search">
        <div className="field search-field">
          <label htmlFor="inv-search">{t('inventory.searchLabel')}</label>
          <input id="inv-search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} aria-describedby="inv-search-help" autoComplete="off" />
          <p id="inv-search-help" className="help">{t('inventory.searchHelp')}</p>
        </div>
      </div>
      <fieldset className="filters">
        <legend>{t('inventory.filters')}</legend>
        <div className="inline-field">
          <label htmlFor="f-site">{t('inventory.filter.site')}</label>
          <select id="f-site" value={filters.siteId ?? ''} onChange={(e) => setFilter('siteId', e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">{t('inventory.filter.any')}</option>
            {sites.data?.map((s) => <option key={s.id} value={s.id}>{siteName(s.id)}</option>)}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor="f-status">{t('inventory.filter.status')}</label>
          <select id="f-status" value={filters.status ?? ''} onChange={(e) => setFilter('status', (e.target.value || undefined) as DeviceStatus | undefined)}>
            <option value="">{t('inventory.filter.any')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}` as MessageKey)}</option>)}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor="f-company">{t('inventory.filter.company')}</label>
          <select id="f-company" value={filters.company ?? ''} onChange={(e) => setFilter('company', e.target.value || undefined)}>
            <option value="">{t('inventory.filter.any')}</option>
            {COMPANIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor="f-type">{t('inventory.filter.type')}</label>
          <select id="f-type" value={filters.type ?? ''} onChange={(e) => setFilter('type', (e.target.value || undefined) as DeviceType | undefined)}>
            <option value="">{t('inventory.filter.any')}</option>
            {TYPES.map((x) => <option key={x} value={x}>{t(`type.${x}` as MessageKey)}</option>)}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor="f-import">{t('inventory.filter.import')}</label>
          <input id="f-import" type="number" min={1} className="narrow" value={filters.importId ?? ''} onChange={(e) => setFilter('importId', e.target.value ? Number(e.target.value) : undefined)} />
        </div>
        <button type="button" onClick={() => { setFilters({}); setSearchText(''); }} disabled={!filtered}>{t('inventory.clearFilters')}</button>
        <ColumnChooser value={columns} onChange={(ids) => { setColumns(ids); saveColumns(ids); }} />
      </fieldset>

      <p className="grid-status" aria-live="polite" data-testid="inventory-count">
        {pages.total === null
          ? t('app.loading')
          : filtered && unfiltered.data
            ? t('inventory.countFiltered', { count: formatNumber(pages.total), total: formatNumber(unfiltered.data.devices) })
            : t('inventory.count', { count: formatNumber(pages.total) })}
        {selected.size > 0 && <> · {t('inventory.selected', { count: formatNumber(selected.size) })}</>}
      </p>
      <p id="grid-keys" className="help">{t('inventory.keyboardHelp')}</p>

      {selected.size > 0 && <BulkBar ids={[...selected]} sites={sites.data ?? []} onClear={() => setSelected(new Set())} />}
      {pages.error && <ErrorMessage message={pages.error} />}

      <div className={`inventory-layout${open !== null ? ' with-drawer' : ''}`}>
        <div className="grid-wrap">
          {pages.total === 0 ? (
            <p className="empty">{filtered ? t('inventory.empty') : t('inventory.emptyPlan')}</p>
          ) : (
            <DeviceGrid
              pages={pages}
              columns={columns}
              sort={sort}
              desc={desc}
              onSort={(s, d) => { setSort(s); setDesc(d); }}
              selected={selected}
              onSelect={(ids, on) => setSelected((cur) => {
                const next = new Set(cur);
                for (const id of ids) if (on) next.add(id); else next.delete(id);
                return next;
              })}
              onOpen={openDrawer}
              height={gridHeight}
              siteName={siteName}
            />
          )}
        </div>
        {open !== null && <DeviceDrawer id={open} sites={sites.data ?? []} onClose={closeDrawer} />}
      </div>
    </section>
  );
}

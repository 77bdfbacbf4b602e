// The inventory grid: ARIA grid semantics, fixed-height rows, and only the
// rows in view are rendered (plus the focused one), so 100,000 devices scroll
// as smoothly as 100. Rows come page by page from the API (useDevicePages).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DeviceQuery, DeviceRow } from '../../../../electron/api/types';
import { useI18n, type MessageKey } from '../../i18n';
import { COLUMNS, type Column, type ColumnId } from './columns';
import type { DevicePages } from './useDevicePages';

export const ROW_HEIGHT = 36;
const OVERSCAN = 8;

export interface GridProps {
  pages: DevicePages;
  columns: readonly ColumnId[];
  sort: NonNullable<DeviceQuery['sort']>;
  desc: boolean;
  onSort(sort: NonNullable<DeviceQuery['sort']>, desc: boolean): void;
  selected: ReadonlySet<number>;
  onSelect(ids: number[], on: boolean): void;
  onOpen(id: number): void;
  /** Height of the scrolling area in pixels (tests pass a fixed one). */
  height?: number;
  /** The site's name in the UI language. */
  siteName?(siteId: number): string | undefined;
}

export function DeviceGrid({ pages, columns, sort, desc, onSort, selected, onSelect, onOpen, height, siteName }: GridProps) {
  const { t, formatDate } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(height ?? 520);
  const [focused, setFocused] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  const moveFocus = useRef(false);
  const total = pages.total ?? 0;
  const cols = columns.map((id) => COLUMNS.find((c) => c.id === id)!).filter(Boolean);
  const template = ['2.6rem', ...cols.map((c) => c.width)].join(' ');

  useLayoutEffect(() => {
    if (height !== undefined) return;
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 520);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [height]);

  // A new result set starts at the top.
  useEffect(() => {
    if (focused >= total && total > 0) setFocused(total - 1);
  }, [total, focused]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => {
    if (total > 0 && last >= first) pages.ensure(first, last);
  });

  const indexes: number[] = [];
  for (let i = first; i <= last; i++) indexes.push(i);
  if (total > 0 && (focused < first || focused > last)) indexes.push(focused);

  // Move DOM focus after the focused row is rendered.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${focused}"]`)?.focus({ preventScroll: true });
  });

  const focusRow = (i: number) => {
    const next = Math.max(0, Math.min(total - 1, i));
    const el = scroller.current;
    if (el) {
      const top = next * ROW_HEIGHT;
      const bodyHeight = el.clientHeight - ROW_HEIGHT; // minus the sticky header
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + bodyHeight) el.scrollTop = top + ROW_HEIGHT - bodyHeight;
      setScrollTop(el.scrollTop);
    }
    moveFocus.current = true;
    setFocused(next);
  };

  const toggle = async (i: number, range: boolean) => {
    const row = pages.rowAt(i);
    if (!row) return;
    const on = !selected.has(row.id);
    if (range && anchor !== null) {
      const ids = await pages.idsBetween(Math.min(anchor, i), Math.max(anchor, i));
      onSelect(ids, true);
    } else onSelect([row.id], on);
    setAnchor(i);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT' && e.key === ' ') return; // the checkbox handles its own Space
    switch (e.key) {
      case 'ArrowDown': focusRow(focused + 1); break;
      case 'ArrowUp': focusRow(focused - 1); break;
      case 'PageDown': focusRow(focused + page); break;
      case 'PageUp': focusRow(focused - page); break;
      case 'Home': focusRow(0); break;
      case 'End': focusRow(total - 1); break;
      case 'Enter': {
        const row = pages.rowAt(focused);
        if (row) onOpen(row.id);
        break;
      }
      case ' ': void toggle(focused, e.shiftKey); break;
      default: return;
    }
    e.preventDefault();
  };

  const cellText = (c: Column, row: DeviceRow): string => {
    const v = c.value(row);
    if (v === null || v === '') return t('common.none');
    if (c.id === 'status') return t(`status.${row.status}` as MessageKey);
    if (c.id === 'type') return t(`type.${row.type}` as MessageKey);
    if (c.id === 'lifecycle' && row.lifecycle) return t(`lifecycle.${row.lifecycle}` as MessageKey);
    if (c.id === 'installDate') return formatDate(v);
    if (c.id === 'site' && row.siteId !== null) return siteName?.(row.siteId) ?? v;
    return v;
  };

  const allLoadedSelected = total > 0 && indexes.every((i) => { const r = pages.rowAt(i); return !r || selected.has(r.id); }) && selected.size > 0;

  return (
    <div
      ref={scroller}
      className="grid"
      role="grid"
      aria-label={t('inventory.gridLabel')}
      aria-rowcount={total + 1}
      aria-colcount={cols.length + 1}
      aria-multiselectable="true"
      aria-describedby="grid-keys"
      style={height !== undefined ? { height } : undefined}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row" style={{ gridTemplateColumns: template }}>
          <div role="columnheader" aria-colindex={1} className="grid-cell grid-check">
            <input
              type="checkbox"
              aria-label={t('inventory.selectAll')}
              checked={allLoadedSelected}
              onChange={async (e) => {
                if (!e.currentTarget.checked) return onSelect([...selected], false);
                onSelect(await pages.idsBetween(0, Math.min(total, 1000) - 1), true);
              }}
            />
          </div>
          {cols.map((c, ci) => {
            const active = c.sort && c.sort === sort;
            return (
              <div
                key={c.id}
                role="columnheader"
                aria-colindex={ci + 2}
                aria-sort={active ? (desc ? 'descending' : 'ascending') : c.sort ? 'none' : undefined}
                className="grid-cell"
              >
                {c.sort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.sort!, active ? !desc : false)}>
                    {t(c.label)}
                    <span aria-hidden="true" className="sort-mark">{active ? (desc ? '▼' : '▲') : ''}</span>
                  </button>
                ) : (
                  t(c.label)
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: total * ROW_HEIGHT }}>
        {indexes.map((i) => {
          const row = pages.rowAt(i);
          const isSel = row ? selected.has(row.id) : false;
          return (
            <div
              key={i}
              role="row"
              data-row={i}
              aria-rowindex={i + 2}
              aria-selected={isSel}
              tabIndex={i === focused ? 0 : -1}
              className={`grid-row${isSel ? ' is-selected' : ''}${row?.excluded ? ' is-excluded' : ''}`}
              style={{ top: i * ROW_HEIGHT, gridTemplateColumns: template }}
              onFocus={(e) => e.target === e.currentTarget && setFocused(i)}
              onClick={(e: MouseEvent) => {
                if ((e.target as HTMLElement).tagName === 'INPUT') return;
                setFocused(i);
                if (row) onOpen(row.id);
              }}
            >
              <div role="gridcell" aria-colindex={1} className="grid-cell grid-check">
                {row && (
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={t('inventory.selectRow', { name: row.assetTag ?? row.model ?? String(row.id) })}
                    checked={isSel}
                    onChange={() => undefined}
                    onClick={(e) => {
                      e.stopPropagation();
                      setFocused(i);
                      void toggle(i, e.shiftKey);
                    }}
                  />
                )}
              </div>
              {row
                ? cols.map((c, ci) => (
                    <div key={c.id} role="gridcell" aria-colindex={ci + 2} className={`grid-cell col-${c.id}`}>
                      {c.id === 'status' ? (
                        <span className={`status status-${row.status}`}>
                          {cellText(c, row)}
                          {row.overridden && <span className="mini-badge">{t('inventory.overriddenBadge')}</span>}
                        </span>
                      ) : (
                        cellText(c, row)
                      )}
                      {c.id === 'assetTag' && row.excluded && <span className="mini-badge">{t('inventory.excludedBadge')}</span>}
                    </div>
                  ))
                : <div role="gridcell" aria-colindex={2} className="grid-cell grid-loading">{t('inventory.loadingRow')}</div>}
            </div>
          );
        })}
      </div>
    </div>
  );
}

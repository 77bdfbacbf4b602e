// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../electron/api/contract';
import type { DeviceQuery, DeviceRow } from '../../electron/api/types';
import { setBridge } from '../../renderer/src/api/client';
import { I18nProvider } from '../../renderer/src/i18n';
import { InventoryPage } from '../../renderer/src/pages/InventoryPage';

const TOTAL = 100_000;
const device = (i: number): DeviceRow => ({
  id: i + 1, assetTag: `GC-${i + 1}`, site: 'HQ', siteId: 1, building: null, location: 'Lobby', type: 'camera',
  manufacturer: i % 2 ? 'Axis' : 'Hikvision', model: `M-${i}`, serial: null, mac: null, ip: null, firmware: null,
  installDate: '2020-05-01', lifecycle: 'in_service', status: i % 2 ? 'clear' : 'restricted', company: null, evidence: [],
  overridden: false, excluded: false,
});

let calls: Array<{ name: string; args: unknown }>;
function fakeBridge(): PlannerBridge {
  return {
    call: async (name, args) => {
      calls.push({ name, args });
      const values: Record<string, unknown> = {
        'sites:list': [{ id: 1, name: 'HQ', nameFr: 'AC', region: null, address: null, criticality: 2, status: 'active', devices: TOTAL, restricted: 5 }],
        'summary:get': { devices: TOTAL, restricted: 1, review: 0, clear: 0, sites: 1, policies: [] },
        'history:list': { entries: [], undo: null, redo: null },
        'devices:get': { device: device(0), subtype: null, notes: null, macRaw: null, costCents: null, extra: {}, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', provenance: { importId: null, file: null, sheet: null, row: null, importedAt: null, format: null, sourceTool: null }, overrides: [], audit: [] },
      };
      if (name === 'devices:list') {
        const q = args as DeviceQuery;
        const total = q.search ? 3 : TOTAL;
        const rows = [];
        for (let i = q.offset ?? 0; i < Math.min(total, (q.offset ?? 0) + (q.limit ?? 100)); i++) rows.push(device(i));
        return { ok: true, value: { total, rows } as never };
      }
      return name in values ? { ok: true, value: values[name] as never } : { ok: false, error: { code: 'X', message: `no ${name}` } };
    },
    on: () => () => {},
  };
}

beforeEach(() => {
  calls = [];
  setBridge(fakeBridge());
  localStorage.clear();
});
afterEach(cleanup);

const renderPage = (lang: 'en' | 'fr' = 'en') =>
  render(
    <I18nProvider initial={lang}>
      <InventoryPage gridHeight={400} />
    </I18nProvider>,
  );
const listCalls = () => calls.filter((c) => c.name === 'devices:list').map((c) => c.args as DeviceQuery);

describe('the inventory grid over 100,000 devices', () => {
  it('announces every row to assistive technology but renders and fetches only the rows in view', async () => {
    renderPage();
    const grid = await screen.findByRole('grid', { name: 'Devices' });
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1)));
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(40);
    expect(rows[1].getAttribute('aria-rowindex')).toBe('2');
    expect(listCalls().every((q) => (q.limit ?? 0) <= 100)).toBe(true);
    expect((await screen.findByTestId('inventory-count')).textContent).toContain('100,000 devices');

    // Scrolling far down asks for that block only and renders rows with their real index.
    const scroller = grid;
    scroller.scrollTop = 36 * 50_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(listCalls().some((q) => q.offset === 49_900)).toBe(true));
    await waitFor(() => expect(within(grid).getAllByRole('row').some((r) => r.getAttribute('aria-rowindex') === String(50_000 + 2))).toBe(true));
    expect(within(grid).getAllByRole('row').length).toBeLessThan(50);
  });

  it('sorts by a column header and reports it with aria-sort', async () => {
    renderPage();
    const header = await screen.findByRole('columnheader', { name: /Maker/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ sort: 'manufacturer', desc: false }));
    expect(screen.getByRole('columnheader', { name: /Maker/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Maker/ })).getByRole('button'));
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ sort: 'manufacturer', desc: true }));
    expect(screen.getByRole('columnheader', { name: /Maker/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('sends the search after typing stops, with the filters', async () => {
    renderPage();
    await screen.findByRole('grid');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'restricted' } });
    fireEvent.change(screen.getByLabelText('Search devices'), { target: { value: '5a:9' } });
    fireEvent.change(screen.getByLabelText('Search devices'), { target: { value: '5a:98' } });
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ search: '5a:98', status: 'restricted' }));
    expect(listCalls().some((q) => q.search === '5a:9')).toBe(false);
    await waitFor(() => expect(screen.getByTestId('inventory-count').textContent).toContain('3 of 100,000'));
  });

  it('moves between rows with the arrow keys, selects with Space and Shift+Space, and opens the drawer with Enter', async () => {
    renderPage();
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(within(grid).getAllByRole('row')[1].textContent).toContain('GC-1'));
    const first = within(grid).getAllByRole('row')[1];
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('3'));
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: ' ', shiftKey: true });
    await waitFor(() => expect(screen.getByTestId('inventory-count').textContent).toContain('3 selected'));
    expect(screen.getByRole('region', { name: /Bulk actions on 3 selected devices/ })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(calls.some((c) => c.name === 'devices:get' && (c.args as { id: number }).id === 4)).toBe(true));
    const drawer = await screen.findByRole('dialog');
    expect(document.activeElement).toBe(within(drawer).getByRole('heading', { level: 2 }));
    fireEvent.keyDown(drawer, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('hides and shows columns from the column chooser and remembers the choice', async () => {
    renderPage();
    await screen.findByRole('columnheader', { name: /Maker/ });
    fireEvent.click(screen.getByLabelText('Maker'));
    expect(screen.queryByRole('columnheader', { name: /Maker/ })).toBeNull();
    fireEvent.click(screen.getByLabelText('Serial'));
    expect(screen.getByRole('columnheader', { name: /Serial/ })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('crp.inventory.columns')!)).toContain('serial');
  });

  it('speaks French, with numbers and dates formatted for fr-CA', async () => {
    renderPage('fr');
    const grid = await screen.findByRole('grid', { name: 'Appareils' });
    await waitFor(() => expect(screen.getByTestId('inventory-count').textContent).toContain(`${new Intl.NumberFormat('fr-CA').format(TOTAL)} appareils`));
    await waitFor(() => expect(within(grid).getAllByRole('row')[1].textContent).toContain('Visé'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Installé le' }));
    expect(within(grid).getAllByRole('row')[1].textContent).toContain(new Intl.DateTimeFormat('fr-CA', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date('2020-05-01')));
    expect(screen.getByRole('columnheader', { name: /Fabricant/ })).toBeTruthy();
  });
});

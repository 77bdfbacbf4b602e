// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../electron/api/contract';
import type { DeviceDetail } from '../../electron/api/inventory-types';
import { setBridge } from '../../renderer/src/api/client';
import { DeviceDrawer } from '../../renderer/src/components/DeviceDrawer';
import { LiveRegion } from '../../renderer/src/history/announce';
import { useUndoShortcuts } from '../../renderer/src/history/useUndo';
import { I18nProvider } from '../../renderer/src/i18n';

const detail: DeviceDetail = {
  device: {
    id: 7, assetTag: 'GC-7', site: 'HQ', siteId: 1, building: 'Tower', location: 'Lobby', type: 'camera', manufacturer: 'HIKVISION',
    model: 'DS-2CD2143G2-I', serial: null, mac: 'BC:AD:28:11:5A:98', ip: null, firmware: null, installDate: '2019-03-04', lifecycle: 'in_service',
    status: 'restricted', company: 'hikvision', overridden: false, excluded: false,
    evidence: [{ field: 'manufacturer', value: 'HIKVISION', rule: 'name:maker', company: 'hikvision', policy: 'ca-federal-2025', policyVersion: '1', strength: 'strong',
      citation: { title: 'Order under the Investment Canada Act', issuer: 'Governor in Council', date: '2025-06-27', url: 'https://example.gc.ca/order' } }],
  },
  subtype: null, notes: null, macRaw: 'bc-ad-28-11-5a-98', costCents: null, extra: { Floor: '3' }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  provenance: { importId: 3, file: 'hq.xlsx', sheet: 'Cameras', row: 14, importedAt: '2026-02-03T15:04:00Z', format: 'xlsx', sourceTool: null },
  overrides: [],
  audit: [{ id: 1, at: '2026-02-04T10:00:00Z', user: 'jdoe', action: 'device.update', entity: 'device', entityId: 7, oldValue: '{"location":"Hall"}', newValue: '{"location":"Lobby"}', reason: null }],
};

let calls: Array<{ name: string; args: unknown }>;
beforeEach(() => {
  calls = [];
  const bridge: PlannerBridge = {
    call: async (name, args) => {
      calls.push({ name, args });
      if (name === 'devices:get' || name === 'devices:update') return { ok: true, value: detail as never };
      if (name === 'devices:bulkUpdate') return { ok: true, value: { devices: 1, sites: 0, historyId: 1 } as never };
      if (name === 'history:undo') return { ok: true, value: { id: 1, at: '', user: 'u', kind: 'override', label: '', count: 1, undone: true } as never };
      return { ok: false, error: { code: 'X', message: `no ${name}` } };
    },
    on: () => () => {},
  };
  setBridge(bridge);
});
afterEach(cleanup);

describe('the device drawer', () => {
  it('shows fields, provenance with the spreadsheet row, evidence with its citation, and the audit trail, in French', async () => {
    render(<I18nProvider initial="fr"><DeviceDrawer id={7} sites={[]} onClose={() => {}} /></I18nProvider>);
    const drawer = await screen.findByRole('dialog', { name: 'GC-7' });
    await within(drawer).findByText('hq.xlsx');
    expect(drawer.textContent).toContain('Cameras');
    expect(drawer.textContent).toContain('14');
    // The citation names issuer, title and date, and shows the address as text (the app makes no network request).
    expect(drawer.querySelector('cite')?.textContent).toMatch(/Governor in Council, Order under the Investment Canada Act, 27 juin 2025.*https:\/\/example\.gc\.ca\/order/);
    expect(drawer.textContent).toContain('Visé');
    expect(drawer.textContent).toContain('Emplacement : Hall → Lobby'.replace(' :', ':'));
    expect(drawer.textContent).toContain('Modifié');
    expect(drawer.textContent).toContain(new Intl.DateTimeFormat('fr-CA', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date('2019-03-04')));
    expect(drawer.textContent).toContain('Floor');
  });

  it('sends only the fields that changed, and never an override without a reason', async () => {
    render(<I18nProvider initial="en"><DeviceDrawer id={7} sites={[]} onClose={() => {}} /></I18nProvider>);
    const drawer = await screen.findByRole('dialog');
    fireEvent.click(await within(drawer).findByRole('button', { name: 'Edit' }));
    fireEvent.change(within(drawer).getByLabelText('Location'), { target: { value: 'Loading dock' } });
    fireEvent.click(within(drawer).getByLabelText('Excluded from the replacement plan'));
    fireEvent.click(within(drawer).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'devices:update')?.args).toEqual({ id: 7, changes: { location: 'Loading dock', excluded: true } }));

    await waitFor(() => expect((within(drawer).getByRole('button', { name: 'Override' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(drawer).getByRole('button', { name: 'Override' }));
    expect(await within(drawer).findByText('Give a reason for the override.')).toBeTruthy();
    expect(calls.some((c) => c.name === 'devices:bulkUpdate')).toBe(false);
    fireEvent.change(within(drawer).getByLabelText('Reason'), { target: { value: 'Checked on site: Axis camera' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Override' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'devices:bulkUpdate')?.args).toEqual({ ids: [7], override: { status: 'clear', reason: 'Checked on site: Axis camera' } }));
  });
});

function ShortcutHost() {
  useUndoShortcuts(true);
  return (<><input aria-label="Notes" /><button type="button">Elsewhere</button><LiveRegion /></>);
}

describe('undo shortcuts', () => {
  it('Ctrl+Z undoes the last plan change outside text fields and leaves typing alone inside them', async () => {
    render(<I18nProvider initial="en"><ShortcutHost /></I18nProvider>);
    screen.getByLabelText('Notes').focus();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(calls.some((c) => c.name === 'history:undo')).toBe(false);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(calls.filter((c) => c.name === 'history:undo')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Undone: override of 1 device.'));
    window.dispatchEvent(new CustomEvent('crp:undo'));
    await waitFor(() => expect(calls.filter((c) => c.name === 'history:undo')).toHaveLength(2));
  });
});

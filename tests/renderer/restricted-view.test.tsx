// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../renderer/src/api/client';
import { LiveRegion } from '../../renderer/src/history/announce';
import { I18nProvider } from '../../renderer/src/i18n';
import { RestrictedPage } from '../../renderer/src/pages/RestrictedPage';
import { fakeBackend, type FakeBackend } from './restricted-fixtures';

let be: FakeBackend;
beforeEach(() => {
  be = fakeBackend();
  setBridge(be.bridge);
  window.location.hash = '#/restricted';
});
afterEach(cleanup);

const renderPage = (lang: 'en' | 'fr' = 'en') =>
  render(
    <I18nProvider initial={lang}>
      <RestrictedPage />
      <LiveRegion />
    </I18nProvider>,
  );

describe('the Restricted view, grouped', () => {
  it('groups by company with brand counts, and lists a group’s devices only when opened', async () => {
    renderPage();
    const group = await screen.findByTestId('group-company-hikvision');
    expect(group.textContent).toContain('3 devices: 2 cameras, 1 recorders, at 2 sites');
    expect(group.textContent).toContain('EZVIZ: 1');
    expect(group.textContent).toContain('Hikvision (under its own name): 2');
    expect(be.calls.some((c) => c.name === 'devices:list')).toBe(false);
    fireEvent.click(within(group).getByRole('button', { name: 'Show the devices of Hikvision' }));
    const table = await within(group).findByRole('table', { name: 'Restricted devices of Hikvision' });
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header + 3
    expect(be.calls.find((c) => c.name === 'devices:list')?.args).toMatchObject({ status: 'restricted', company: 'hikvision' });
  });

  it('opens the device drawer with the evidence and the citation, the address as text and not a link', async () => {
    renderPage();
    const group = await screen.findByTestId('group-company-hikvision');
    fireEvent.click(within(group).getByRole('button', { name: /Show the devices/ }));
    fireEvent.click(await within(group).findByRole('button', { name: 'Open GC-2' }));
    const drawer = await screen.findByRole('dialog', { name: 'GC-2' });
    const evidence = (await within(drawer).findByRole('heading', { name: 'Evidence' })).closest('section')!;
    expect(evidence.textContent).toContain('Governor in Council');
    expect(evidence.textContent).toContain('https://example.gc.ca/order');
    expect(drawer.querySelector('a[href^="http"]')).toBeNull();
  });

  it('groups by site with every site, marks a site not yet reported, and offers the mark only where there are no devices', async () => {
    renderPage('fr');
    fireEvent.click(await screen.findByLabelText('Site'));
    const bySite = await screen.findByTestId('groups-by-site');
    const panels = within(bySite).getAllByRole('region');
    expect(panels.map((p) => p.getAttribute('aria-label'))).toEqual(['Administration centrale', 'Dépôt', 'Poste arctique', 'Station éloignée']);
    expect(within(panels[2]).getByText('Pas encore déclaré')).toBeTruthy();
    expect(within(panels[0]).queryByRole('button', { name: /pas encore déclaré/ })).toBeNull();
    fireEvent.click(within(panels[3]).getByRole('button', { name: 'Marquer Station éloignée comme pas encore déclaré' }));
    await waitFor(() => expect(be.calls.find((c) => c.name === 'sites:setStatus')?.args).toEqual({ siteId: 3, status: 'not_reported' }));
    await screen.findByText('Station éloignée est marqué comme pas encore déclaré.');
  });
});

describe('the review queue', () => {
  const openQueue = async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('tab', { name: /Review queue/ }));
    return screen.findByRole('table', { name: 'Review queue' });
  };

  it('says why each device is there: relabel, conflict, nothing to go on, company not covered', async () => {
    const table = await openQueue();
    expect(within(table).getByTestId('review-row-10').textContent).toContain('Possible relabel');
    expect(within(table).getByTestId('review-row-11').textContent).toContain('Conflicting evidence');
    expect(within(table).getByTestId('review-row-11').textContent).toContain('Evidence disagrees');
    expect(within(table).getByTestId('review-row-12').textContent).toContain('Nothing to go on');
    expect(within(table).getByTestId('review-row-20').textContent).toContain('Company not restricted by an active binding policy (Dahua)');
  });

  it('will not decide without a reason; with one it overrides through the undoable bulk path and the device leaves the queue', async () => {
    const table = await openQueue();
    fireEvent.click(within(table).getByRole('button', { name: 'Decide GC-10: Clear' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set GC-10 to “Clear”' });
    const reason = within(dialog).getByLabelText('Reason (required)');
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(reason, { key: 'Enter' });
    expect(within(dialog).getByRole('alert').textContent).toBe('Enter a reason before you confirm.');
    fireEvent.change(reason, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(be.calls.some((c) => c.name === 'devices:bulkUpdate')).toBe(false);

    fireEvent.change(reason, { target: { value: 'Label on the unit says Axis; checked on site' } });
    fireEvent.keyDown(reason, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Set GC-10/ })).toBeNull());
    expect(be.calls.find((c) => c.name === 'devices:bulkUpdate')?.args).toEqual({ ids: [10], override: { status: 'clear', reason: 'Label on the unit says Axis; checked on site' } });
    await waitFor(() => expect(screen.queryByTestId('review-row-10')).toBeNull());
    expect(screen.getByTestId('review-count').textContent).toBe('3 devices to review');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Decide GC-11: Restricted'));
    expect(screen.getByTestId('announcer').textContent).toContain('GC-10 set to “Clear”');
  });

  it('Escape cancels the dialog, writes nothing and returns focus to the button that opened it', async () => {
    const table = await openQueue();
    const button = within(table).getByRole('button', { name: 'Decide GC-20: Restricted' });
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'half-typed' } });
    fireEvent.keyDown(within(dialog).getByRole('textbox'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(be.calls.some((c) => c.name === 'devices:bulkUpdate')).toBe(false);
  });
});

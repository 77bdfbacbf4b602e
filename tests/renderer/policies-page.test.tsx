// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../renderer/src/api/client';
import { I18nProvider } from '../../renderer/src/i18n';
import { PoliciesPage } from '../../renderer/src/pages/PoliciesPage';
import { fakeBackend, type FakeBackend } from './restricted-fixtures';

let be: FakeBackend;
beforeEach(() => {
  be = fakeBackend();
  setBridge(be.bridge);
});
afterEach(cleanup);

const renderPage = (lang: 'en' | 'fr' = 'en') =>
  render(
    <I18nProvider initial={lang}>
      <PoliciesPage />
    </I18nProvider>,
  );

describe('the Policies page', () => {
  it('shows each policy’s jurisdiction, issuer, version, effective date, force and citation, the address as plain text', async () => {
    renderPage();
    const card = await screen.findByTestId('policy-ca-federal-2025');
    const text = card.textContent!;
    for (const s of ['Canada', 'Governor in Council', '2025-06-27.1', 'Jun 27, 2025', 'Binding', 'Order under the Investment Canada Act', 'https://example.gc.ca/order']) expect(text).toContain(s);
    expect(card.querySelector('a')).toBeNull();
  });

  it('switches a policy on with policies:setActive {enable:[id]} and reads out the re-tag diff', async () => {
    renderPage();
    // Known policies are named from the catalogue in the UI language, not the data's short name.
    const sw = await screen.findByRole('switch', { name: 'United States: FCC Covered List' });
    expect(sw.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(sw);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('true'));
    expect(be.calls.filter((c) => c.name === 'policies:setActive').map((c) => c.args)).toEqual([{ enable: ['us-fcc-covered'] }]);
    const live = screen.getByTestId('policy-diff');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent).toBe('United States: FCC Covered List switched on: 12 newly restricted, 3 no longer restricted (598 devices re-tagged).');
  });

  it('switches a policy off with {disable:[id]}, in French', async () => {
    renderPage('fr');
    const card = await screen.findByTestId('policy-ca-federal-2025');
    const sw = within(card).getByRole('switch', { name: 'Canada (fédéral) : décret visant Hikvision en vertu de la Loi sur Investissement Canada' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(sw);
    await waitFor(() => expect(screen.getByTestId('policy-diff').textContent).toContain('Canada (fédéral) : décret visant Hikvision en vertu de la Loi sur Investissement Canada désactivée : 12 nouvellement visés, 3 ne sont plus visés'));
    expect(be.calls.find((c) => c.name === 'policies:setActive')?.args).toEqual({ disable: ['ca-federal-2025'] });
    expect(card.textContent).toContain('27 juin 2025');
    expect(card.textContent).toContain('Gouverneur en conseil');
  });
});

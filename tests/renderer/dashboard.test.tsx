// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../electron/api/contract';
import { setBridge } from '../../renderer/src/api/client';
import { I18nProvider } from '../../renderer/src/i18n';
import { DashboardPage } from '../../renderer/src/pages/DashboardPage';

function fakeBridge(values: Record<string, unknown>): PlannerBridge {
  return {
    call: async (name) => (name in values ? { ok: true, value: values[name] as never } : { ok: false, error: { code: 'X', message: `no ${name}` } }),
    on: () => () => {},
  };
}

afterEach(cleanup);

describe('DashboardPage', () => {
  it('shows the counts from summary:get, formatted for the language', async () => {
    setBridge(fakeBridge({ 'summary:get': { devices: 12345, restricted: 210, review: 35, clear: 12100, sites: 12, policies: ['ca-federal-2025'] } }));
    render(
      <I18nProvider initial="fr">
        <DashboardPage />
      </I18nProvider>,
    );
    const kpis = await screen.findByTestId('summary-kpis');
    // fr-CA groups thousands with a narrow no-break space.
    expect(kpis.textContent).toContain(new Intl.NumberFormat('fr-CA').format(12345));
    expect(kpis.textContent).toContain('Visés');
  });

  it('shows the backend error as a sentence with a retry button', async () => {
    setBridge(fakeBridge({}));
    render(
      <I18nProvider initial="en">
        <DashboardPage />
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no summary:get');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../electron/api/contract';
import { setBridge } from '../../renderer/src/api/client';
import { I18nProvider } from '../../renderer/src/i18n';
import { BackupsSection } from '../../renderer/src/pages/BackupsSection';

const entry = { name: 'plan.sqlite--20260105T101500000Z--import.sqlite', path: '/x', reason: 'import', createdAt: '2026-01-05T10:15:00.000Z', sizeBytes: 40960 };

function recordingBridge(): { bridge: PlannerBridge; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const bridge: PlannerBridge = {
    call: async (name, args) => {
      calls.push([name, args]);
      if (name === 'backups:list') return { ok: true, value: [entry] as never };
      if (name === 'backups:restore') return { ok: true, value: { restored: entry.name, safetyBackup: 'plan.sqlite--x--restore.sqlite' } as never };
      return { ok: false, error: { code: 'X', message: `no ${name}` } };
    },
    on: () => () => {},
  };
  return { bridge, calls };
}

afterEach(cleanup);

describe('Settings › Backups', () => {
  it('lists backups with the reason and restores one only after confirmation', async () => {
    const { bridge, calls } = recordingBridge();
    setBridge(bridge);
    render(
      <I18nProvider initial="en">
        <BackupsSection />
      </I18nProvider>,
    );
    expect(await screen.findByText('an import')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore…' }));
    expect(calls.some(([n]) => n === 'backups:restore')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(calls).toContainEqual(['backups:restore', { name: entry.name }]));
    expect((await screen.findByRole('status')).textContent).toContain('plan.sqlite--x--restore.sqlite');
  });

  it('shows a refused backup as a sentence', async () => {
    const { bridge } = recordingBridge();
    setBridge(bridge);
    render(
      <I18nProvider initial="fr">
        <BackupsSection />
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sauvegarder maintenant' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no backups:create');
  });
});

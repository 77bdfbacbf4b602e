// Settings › Backups in the running app: back up now, see it listed, restore it
// after confirming, and find the state before the restore kept as a backup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeE2e, openE2e, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;

beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

describe('backups from the Settings page', () => {
  it('backs up now, restores that backup after confirmation, and keeps the state before it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page);
    await page.goto(`${app.url}#/settings`);
    const section = page.getByRole('region', { name: 'Backups' });
    await section.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/Backed up as .*--manual\.sqlite/);
    await expect.poll(() => section.getByRole('row').count()).toBeGreaterThanOrEqual(2); // header + the backup
    await section.getByRole('button', { name: 'Restore…' }).first().click();
    await section.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/Restored the backup of .* kept as .*--restore\.sqlite/);
    await expect.poll(() => section.getByText('a restore').count()).toBeGreaterThanOrEqual(1);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });
});

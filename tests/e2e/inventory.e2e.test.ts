// The "done when" walk, without a mouse: find a device by part of its
// MAC, open it, override it with a reason, undo that with Ctrl+Z, switch to
// French. Screenshots go to tests/e2e/screenshots (look at them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { DevicePage } from '../../electron/api/types';
import { callApi, closeE2e, openE2e, screenshotPath, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;
beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

const api = <T,>(name: string, args: unknown): Promise<T> => callApi<T>(app, name, args);

describe('inventory walk-through', () => {
  it('finds a device by part of its MAC, overrides it with a reason, undoes it and reads it in French', async () => {
    // A restricted Hikvision device; search for the last three bytes of its MAC, dashed and lower-case.
    const restricted = await api<DevicePage>('devices:list', { status: 'restricted', search: 'hikvision', limit: 50 });
    const target = restricted.rows.find((r) => r.mac && r.assetTag)!;
    const hex = target.mac!.replace(/[^0-9a-f]/gi, '').toLowerCase();
    const partial = `${hex.slice(6, 8)}-${hex.slice(8, 10)}-${hex.slice(10, 12)}`;

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const watch = watchPage(page);
    await page.goto(`${app.url}#/inventory`);
    await page.getByRole('grid').waitFor();

    // Keyboard only from here: the skip link, then Tab to the search box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // skip to main content
    await page.getByLabel('Search devices').focus();
    await page.keyboard.type(partial);
    await expect.poll(() => page.getByTestId('inventory-count').textContent()).toMatch(/^1 of /);
    await page.screenshot({ path: screenshotPath('inventory-search-mac-en') });

    // Into the grid and open the device with Enter.
    await page.locator('.grid-body [role="row"][tabindex="0"]').focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('row');
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: target.assetTag! }).waitFor();
    await expect.poll(() => drawer.locator('.status').first().textContent()).toBe('Restricted');
    await drawer.getByTestId('evidence-list').waitFor(); // evidence
    await page.screenshot({ path: screenshotPath('inventory-drawer-en'), fullPage: true });

    // Override to clear with a reason.
    await drawer.getByLabel('Clear').check();
    await drawer.getByLabel('Reason').fill('Replaced by an Axis camera on site; register not yet updated.');
    await drawer.getByRole('button', { name: 'Override' }).press('Enter');
    await expect.poll(() => drawer.locator('.status').first().textContent()).toBe('Clear');
    await expect.poll(() => drawer.textContent()).toContain('Replaced by an Axis camera');
    await page.screenshot({ path: screenshotPath('inventory-overridden-en'), fullPage: true });

    // Escape returns focus to the row; Ctrl+Z undoes the override.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('row');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Undone: override of 1 device');
    const after = await api<{ device: { status: string; overridden: boolean } }>('devices:get', { id: target.id });
    expect(after.device).toMatchObject({ status: 'restricted', overridden: false });
    // The grid reloads after the undo; Enter opens the row once it shows again (on a slow machine that takes a moment).
    const focusedRow = page.locator('.grid-body [role="row"][tabindex="0"]');
    await expect.poll(() => focusedRow.locator('.status').textContent()).toBe('Restricted');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('row');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawer.locator('.status').first().textContent()).toBe('Restricted');
    await page.screenshot({ path: screenshotPath('inventory-undone-en'), fullPage: true });

    // Redo with Ctrl+Shift+Z, then undo again to leave the plan as it was.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await api<{ device: { status: string } }>('devices:get', { id: target.id })).device.status).toBe('clear');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await api<{ device: { status: string } }>('devices:get', { id: target.id })).device.status).toBe('restricted');

    // French: Settings, then back to the inventory.
    await page.goto(`${app.origin}/#/settings`);
    await page.getByLabel('Language').selectOption('fr');
    await page.goto(`${app.origin}/#/inventory`);
    await page.getByRole('grid', { name: 'Appareils' }).waitFor();
    await page.getByLabel('Rechercher des appareils').fill(partial);
    await expect.poll(() => page.getByTestId('inventory-count').textContent()).toMatch(/^1 appareil sur /);
    await page.locator('.grid-body [role="row"][tabindex="0"]').press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: 'Éléments de preuve' }).waitFor();
    await page.screenshot({ path: screenshotPath('inventory-drawer-fr'), fullPage: true });
    const text = (await page.locator('#main').textContent()) ?? '';
    for (const english of ['Search devices', 'Filters', 'Evidence', 'Override', 'History', 'Undo']) expect(text).not.toContain(english);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });
});

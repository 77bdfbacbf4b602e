import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SAMPLE_DEVICE_COUNT } from '../../electron/services/sample';
import { closeE2e, openE2e, screenshotPath, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;

beforeAll(async () => void ({ app, browser } = await openE2e([])));
afterAll(() => closeE2e(app, browser));

describe('the app in browser mode', () => {
  it('opens on the welcome screen, loads the sample and shows its counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Open the sample plan' }).click();
    const kpis = page.getByTestId('summary-kpis');
    await kpis.waitFor();
    const formatted = new Intl.NumberFormat('en-CA').format(SAMPLE_DEVICE_COUNT);
    await expect.poll(async () => kpis.textContent()).toContain(formatted);
    await page.screenshot({ path: screenshotPath('shell-dashboard-en'), fullPage: true });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });

  it('refuses an API call without the token with 401', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'summary:get', args: {} }) });
      return r.status;
    });
    expect(status).toBe(401);
    await page.close();
  });

  it('switches to French and translates the shell', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url + '#/settings');
    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByTestId('summary-kpis').waitFor();
    await page.screenshot({ path: screenshotPath('shell-dashboard-fr'), fullPage: true });
    await page.close();
  });
});

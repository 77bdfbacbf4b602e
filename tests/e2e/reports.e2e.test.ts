// The Reports page in browser mode: a manager picks a report and a language,
// clicks Export, and the browser downloads a workbook that opens with the
// expected sheets; the result line says what was written.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { closeE2e, openE2e, screenshotPath, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;

beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

async function exportAndDownload(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export|^Exporter/ }).click()]);
  const file = await download.path();
  return fs.readFileSync(file);
}

describe('the Reports page', () => {
  it('downloads the plan workbook with its eight sheets and says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const watch = watchPage(page);
    await page.goto(app.url + '#/reports');
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    const bytes = await exportAndDownload(page);
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Summary', 'Budget by fiscal year', 'Plan', 'Restricted devices', 'Review queue', 'Inventory', 'Sources', 'Audit log']);
    await expect.poll(() => page.getByTestId('report-result').textContent()).toMatch(/Downloaded .*-report-\d{4}-\d{2}-\d{2}\.xlsx/);
    await page.screenshot({ path: screenshotPath('reports-en'), fullPage: true });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });

  it('downloads the redacted summary in French', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(app.url + '#/reports');
    await page.getByLabel('Redacted summary').check();
    await page.getByLabel('Sheet and column language').selectOption('fr');
    const book = XLSX.read(await exportAndDownload(page), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Résumé', 'Par exercice', 'Sources']);
    await page.close();
  });

  it('downloads the inventory as CSV', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(app.url + '#/reports');
    await page.getByLabel('Inventory as CSV').check();
    const text = (await exportAndDownload(page)).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF"Asset tag","Site",/);
    await page.close();
  });
});

// The import wizard in browser mode, in Chromium: a French register (title
// rows above the header, a read-me sheet, a bad MAC) is chosen through the
// file input, its sheets, columns and warning are shown before anything is
// written, a column is re-mapped, the import runs with a progress bar, the
// result links to the new devices in the inventory, and the import is undone
// from the history. Screenshots in English and French; axe-core on each state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { closeE2e, openE2e, screenshotPath, seriousViolations, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;
beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

const NEW_DEVICES = 5;
/** The machine is shared: a re-checked preview can take seconds under load. */
const POLL = { timeout: 20_000 };

/** A department's register as French Excel users keep it. */
function frenchRegister(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Registre des caméras'], ['Préparé par les Installations, mai 2024']]), 'Lisez-moi');
  const rows: unknown[][] = [
    ['Ministère de l’Exemple — registre de vidéosurveillance'],
    ['Mis à jour le 2024-05-01'],
    [],
    ['No d’actif', 'Édifice', 'Emplacement', 'Fabricant', 'Modèle', 'Numéro de série', 'Adresse MAC', "Date d'installation", 'Couleur du boîtier'],
  ];
  for (let i = 1; i <= NEW_DEVICES; i++) {
    rows.push([`E2E-IMP-${i}`, 'Tour Essai', `Couloir ${i}`, i % 2 ? 'HIKVISION' : 'Axis', i % 2 ? 'DS-2CD2143G2-I' : 'P3265-LVE', `E2ESN${i}`,
      i === 3 ? 'ZZ:11:22' : `bc5e.3357.5a${(16 + i).toString(16)}`, `2020-0${i}-15`, i % 2 ? 'blanc' : 'noir']);
  }
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Caméras');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function openImport(page: Page, lang: 'en' | 'fr') {
  await page.goto(app.url);
  await page.evaluate((l) => localStorage.setItem('crp.lang', l), lang);
  await page.goto(app.url.replace(/#.*$/, '') + '#/import');
  await page.reload();
  await page.getByRole('heading', { level: 2, name: lang === 'en' ? 'Import an inventory' : 'Importer un inventaire' }).waitFor();
}

describe('the import wizard', () => {
  it('walks a French register from file to inventory and undoes it from the history (English UI)', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const watch = watchPage(page);
    const problems: string[] = [];
    await openImport(page, 'en');
    expect(await page.getByRole('link', { name: 'Import' }).getAttribute('aria-current')).toBe('page');
    problems.push(...(await seriousViolations(page, 'import (empty, en)')));

    await page.getByLabel('Spreadsheet to import').setInputFiles({
      name: 'registre-cameras.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: frenchRegister(),
    });

    // Sheets: the read-me left out with its reason, the register read with its header under the title rows.
    const sheets = page.getByTestId('import-sheets');
    await sheets.waitFor();
    expect(await sheets.getByRole('row', { name: /Lisez-moi/ }).textContent()).toMatch(/Left out: no device table/);
    expect(await sheets.getByRole('row', { name: /Caméras/ }).textContent()).toMatch(/5.*4.*Read/);

    // Mapping: French headers suggested with confidence, samples shown.
    expect(await page.getByLabel('Field for column “Adresse MAC”').inputValue()).toBe('mac');
    expect(await page.getByLabel('Field for column “No d’actif”').inputValue()).toBe('assetTag');
    expect(await page.getByLabel('Field for column “Couleur du boîtier”').inputValue()).toBe('');
    await page.getByText('blanc · noir').waitFor();

    // Preview: 5 new, and the bad MAC as a warning with its sheet, Excel row and column.
    const counts = page.getByTestId('import-counts');
    expect(await counts.textContent()).toMatch(/New devices\s*5/);
    const warning = page.getByTestId('import-problems').getByRole('row', { name: /ZZ:11:22/ });
    expect(await warning.textContent()).toMatch(/Warning\s*Caméras\s*7\s*Adresse MAC\s*"ZZ:11:22" is not a MAC address/);
    await page.getByLabel('Kind').selectOption('error');
    await page.getByText('No problem matches these filters.').waitFor();
    await page.getByLabel('Kind').selectOption('all');

    // The user maps the colour column to Notes: the preview is checked again with it.
    await page.getByLabel('Field for column “Couleur du boîtier”').selectOption('notes');
    await expect.poll(() => page.getByText('Your choice').count(), POLL).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Import 5 rows' }).isEnabled(), POLL).toBe(true);
    // Only the bad MAC is a problem: the other MACs in dotted form are read; ISO dates raise no day/month question.
    expect(await page.getByTestId('import-problems').getByRole('row').count()).toBe(1 + 2);
    expect(await page.getByLabel('Dates that could be read either way (03/04/2020)').count()).toBe(0);
    problems.push(...(await seriousViolations(page, 'import (preview, en)')));
    await page.screenshot({ path: screenshotPath('import-preview-en'), fullPage: true });

    await page.getByRole('button', { name: 'Import 5 rows' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('registre-cameras.xlsx — new: 5, updated: 0, unchanged: 0, skipped: 0.');
    const history = page.getByTestId('import-history');
    await history.getByRole('row', { name: /registre-cameras\.xlsx/ }).waitFor();
    expect(await history.getByRole('row', { name: /registre-cameras\.xlsx/ }).textContent()).toMatch(/In the plan/);
    problems.push(...(await seriousViolations(page, 'import (result, en)')));
    await page.screenshot({ path: screenshotPath('import-result-en'), fullPage: true });

    // The result links to the inventory filtered by this import: the five devices, the colour as notes.
    await result.getByRole('link', { name: 'See the devices of this import in the inventory' }).click();
    await expect.poll(() => page.getByTestId('inventory-count').textContent(), POLL).toMatch(/^5 of [\d,]+ devices$/);

    // Undo from the history, after a confirmation.
    await page.goto(app.url.replace(/#.*$/, '') + '#/import');
    const row = page.getByTestId('import-history').getByRole('row', { name: /registre-cameras\.xlsx/ });
    await row.getByRole('button', { name: /^Undo import \d+ \(registre-cameras\.xlsx\)$/ }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('Devices it added are removed');
    await dialog.getByRole('button', { name: 'Yes, undo this import' }).click();
    await expect.poll(() => page.getByTestId('import-undo-result').textContent(), POLL).toBe('Import of registre-cameras.xlsx undone — devices removed: 5, restored: 0.');
    await expect.poll(() => row.textContent(), POLL).toMatch(/Undone on/);
    await page.screenshot({ path: screenshotPath('import-history-en'), fullPage: true });

    // The devices are gone from the inventory.
    await page.goto(app.url.replace(/#.*$/, '') + '#/inventory');
    await page.getByLabel('Search devices').fill('E2E-IMP');
    await expect.poll(() => page.getByTestId('inventory-count').textContent(), POLL).toMatch(/^0 of /);

    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });

  it('shows the wizard in French, with a refusal as one sentence, and no serious axe violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const watch = watchPage(page);
    await openImport(page, 'fr');
    // A register where one row has no identity at all: an error, so the import is refused until skipping is accepted.
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      ['Fabricant', 'Modèle', 'Numéro de série', 'Adresse MAC', 'Cycle de vie'],
      ['Dahua', 'IPC-HDW2431T', 'E2EFR1', '3c:ef:8c:00:00:01', 'En service'],
      ['Dahua', null, null, 'pas-une-mac', 'En service'],
    ]), 'Inventaire');
    await page.getByLabel('Tableur à importer').setInputFiles({ name: 'inventaire.xlsx', mimeType: 'application/octet-stream', buffer: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer });
    await page.getByTestId('import-counts').waitFor();
    expect(await page.getByLabel('Champ de la colonne « Cycle de vie »').inputValue()).toBe('lifecycle');
    await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/L’importation a été refusée.*inventaire\.xlsx : impossible d’importer 1 ligne .*rien n’a été écrit/);
    const problems = await seriousViolations(page, 'import (refused, fr)');
    await page.screenshot({ path: screenshotPath('import-refused-fr'), fullPage: true });

    await page.getByLabel('Importer les autres lignes et ignorer les lignes en erreur (1)').check();
    await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('inventaire.xlsx — nouveaux : 1, mis à jour : 0, inchangés : 0, ignorés : 1.');
    problems.push(...(await seriousViolations(page, 'import (result, fr)')));
    await page.screenshot({ path: screenshotPath('import-result-fr'), fullPage: true });
    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

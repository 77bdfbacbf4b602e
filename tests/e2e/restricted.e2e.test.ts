// The Restricted view, the review queue and the Policies page in browser mode
// on the sample: the Hikvision group with evidence and a citation in the drawer,
// a review decision with its reason, the FCC policy switched on making Dahua
// restricted; screenshots in English and French; axe-core on each state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeE2e, openE2e, screenshotPath, seriousViolations, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;
beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

async function open(page: Page, lang: 'en' | 'fr', hash: string): Promise<void> {
  await page.goto(app.url + hash);
  await page.evaluate((l) => localStorage.setItem('crp.lang', l), lang);
  await page.reload();
}

describe('the Restricted view, review queue and Policies page', () => {
  it('walks the sample in English: Hikvision group → drawer evidence → review decision → FCC on → Dahua restricted', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const watch = watchPage(page);
    const problems: string[] = [];
    await open(page, 'en', '#/restricted');
    await page.getByRole('heading', { name: 'Restricted devices' }).waitFor();

    // The Hikvision group, its brands, then a device in the drawer with its evidence and citation.
    const hik = page.getByTestId('group-company-hikvision');
    await expect.poll(() => hik.textContent()).toMatch(/EZVIZ: \d+/);
    await hik.getByRole('button', { name: 'Show the devices of Hikvision' }).click();
    await hik.getByRole('table').waitFor();
    await hik.locator('tbody tr').first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    const evidence = drawer.locator('section', { has: page.getByRole('heading', { name: 'Evidence' }) });
    await expect.poll(() => evidence.textContent()).toContain('Governor in Council');
    expect(await evidence.textContent()).toMatch(/https:\/\/\S+/);
    expect(await drawer.locator('a[href^="http"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('restricted-company-drawer-en') });
    problems.push(...(await seriousViolations(page, 'en restricted by company + drawer')));
    await page.keyboard.press('Escape');

    // By site: every site listed.
    await page.getByLabel('Site', { exact: true }).check();
    await page.getByTestId('groups-by-site').waitFor();
    expect(await page.getByTestId('groups-by-site').getByRole('region').count()).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: screenshotPath('restricted-site-en'), fullPage: true });
    problems.push(...(await seriousViolations(page, 'en restricted by site')));

    // The review queue: decide the first item with a reason, keyboard only in the dialog.
    await page.getByRole('tab', { name: /Review queue/ }).click();
    const count = page.getByTestId('review-count');
    await count.waitFor();
    const before = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(before).toBeGreaterThan(0);
    const first = page.locator('.review-table tbody tr').first();
    const firstId = await first.getAttribute('data-testid');
    await first.getByRole('button', { name: /: Clear$/ }).click();
    const dialog = page.getByRole('dialog', { name: /to “Clear”/ });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByText('Enter a reason before you confirm.').waitFor();
    await page.screenshot({ path: screenshotPath('review-dialog-en') });
    problems.push(...(await seriousViolations(page, 'en review dialog')));
    await page.keyboard.type('Checked on site: label and firmware say Axis');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => Number((await count.textContent())!.replace(/\D/g, ''))).toBe(before - 1);
    expect(await page.getByTestId(firstId!).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('review-queue-en') });
    // The decision is in the undo history: Ctrl+Z puts the device back in the queue, Ctrl+Shift+Z decides it again.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Number((await count.textContent())!.replace(/\D/g, ''))).toBe(before);
    await page.getByTestId(firstId!).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => Number((await count.textContent())!.replace(/\D/g, ''))).toBe(before - 1);
    problems.push(...(await seriousViolations(page, 'en review queue')));

    // Policies: switch on the FCC Covered List and read the diff.
    await page.getByRole('link', { name: 'Policies' }).click();
    const fcc = page.getByRole('switch', { name: 'United States: FCC Covered List' });
    await fcc.waitFor();
    expect(await fcc.getAttribute('aria-checked')).toBe('false');
    await fcc.click();
    await expect.poll(() => fcc.getAttribute('aria-checked')).toBe('true');
    const diff = page.getByTestId('policy-diff');
    await expect.poll(() => diff.textContent()).toMatch(/United States: FCC Covered List switched on: [1-9]\d* newly restricted, \d+ no longer restricted/);
    await page.screenshot({ path: screenshotPath('policies-en'), fullPage: true });
    problems.push(...(await seriousViolations(page, 'en policies')));

    // Back in the Restricted view, Dahua is now a restricted group.
    await page.getByRole('link', { name: 'Restricted' }).click();
    await page.getByTestId('group-company-dahua').waitFor();
    expect(await page.getByTestId('group-company-dahua').textContent()).toMatch(/Dahua\s*\d+/);

    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });

  it('reads in French, with no serious accessibility problem', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const watch = watchPage(page);
    const problems: string[] = [];
    await open(page, 'fr', '#/restricted');
    await page.getByRole('heading', { name: 'Appareils visés' }).waitFor();
    const hik = page.getByTestId('group-company-hikvision');
    await hik.getByRole('button', { name: 'Afficher les appareils de Hikvision' }).click();
    await hik.locator('tbody tr').first().getByRole('button').click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Éléments de preuve' }).waitFor();
    await page.screenshot({ path: screenshotPath('restricted-company-drawer-fr') });
    problems.push(...(await seriousViolations(page, 'fr restricted + drawer')));
    await page.keyboard.press('Escape');

    await page.getByLabel('Site', { exact: true }).check();
    await page.getByTestId('groups-by-site').waitFor();
    await page.screenshot({ path: screenshotPath('restricted-site-fr'), fullPage: true });

    await page.getByRole('tab', { name: /File d’examen/ }).click();
    await page.getByTestId('review-count').waitFor();
    await page.locator('.review-table tbody tr').first().getByRole('button', { name: /: Visé$/ }).click();
    await page.getByRole('dialog', { name: /à « Visé »/ }).waitFor();
    await page.screenshot({ path: screenshotPath('review-dialog-fr') });
    problems.push(...(await seriousViolations(page, 'fr review dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    problems.push(...(await seriousViolations(page, 'fr review queue')));

    await page.getByRole('link', { name: 'Politiques' }).click();
    await page.getByRole('heading', { name: 'Politiques' }).waitFor();
    await page.getByRole('switch').first().waitFor();
    await page.screenshot({ path: screenshotPath('policies-fr'), fullPage: true });
    problems.push(...(await seriousViolations(page, 'fr policies')));

    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });
});

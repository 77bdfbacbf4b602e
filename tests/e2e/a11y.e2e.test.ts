// axe-core on every page, in English and French: no serious or critical violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROUTES } from '../../renderer/src/routes';
import { closeE2e, openE2e, screenshotPath, seriousViolations, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;
beforeAll(async () => void ({ app, browser } = await openE2e([])));
afterAll(() => closeE2e(app, browser));

async function setLang(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('crp.lang', l), lang);
}

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`has no serious or critical violation on any page in ${lang === 'en' ? 'English' : 'French'}`, async () => {
      // bypassCSP lets the test inject axe; the app's own CSP stays strict.
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
      await page.goto(app.url);
      await setLang(page, lang);
      await page.reload();
      const problems: string[] = [];
      // The welcome screen shows until a plan is open (each test run starts with none open in a fresh server only once).
      // Wait until the app has rendered one or the other: counting too early (while it loads) finds neither.
      await page.locator('.welcome, .shell').first().waitFor();
      const welcome = page.locator('.welcome');
      if (await welcome.count()) {
        await welcome.waitFor();
        problems.push(...(await seriousViolations(page, `${lang} welcome`)));
        await page.screenshot({ path: screenshotPath(`a11y-welcome-${lang}`), fullPage: true });
        await page.locator('.welcome button.primary').click();
      }
      await page.locator('.shell').waitFor();
      for (const route of ROUTES) {
        await page.goto(`${app.origin}/#/${route}`);
        await page.locator('#main').waitFor();
        await page.waitForTimeout(700);
        problems.push(...(await seriousViolations(page, `${lang} ${route}`)));
      }
      // The inventory with a selection (bulk bar) and the device drawer open.
      await page.goto(`${app.origin}/#/inventory`);
      const grid = page.getByRole('grid');
      await grid.waitFor();
      await page.locator('.grid-body [role="row"]').first().locator('input[type="checkbox"]').click();
      await page.locator('.grid-body [role="row"]').nth(2).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(500);
      problems.push(...(await seriousViolations(page, `${lang} inventory+drawer+bulk`)));
      await page.screenshot({ path: screenshotPath(`a11y-inventory-drawer-${lang}`) });
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

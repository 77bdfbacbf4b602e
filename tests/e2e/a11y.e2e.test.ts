// axe-core on every page, in English and French: no serious or critical violation.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROUTES } from '../../renderer/src/routes';
import { launchChromium, screenshotPath, startWebApp, type WebApp } from './browser';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core');

let app: WebApp;
let browser: Browser;
beforeAll(async () => {
  app = await startWebApp([]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

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

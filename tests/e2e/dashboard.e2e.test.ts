// The leadership dashboard on the sample plan in Chromium: charts drawn, a
// suggested budget applied from the UI, a second scenario overlaid, PNG/SVG
// export decoded, the table toggle, the presentation's keys, and screenshots
// in English and French.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanSummary } from '../../electron/api/plan-types';
import { starterBudget } from '../../electron/domain/plan/starter-budget';
import { callApi, closeE2e, openE2e, screenshotPath, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;

const api = <T,>(name: string, args: unknown): Promise<T> => callApi<T>(app, name, args);

async function openDashboard(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('crp.lang', l), lang);
  await page.goto(app.url + '#/dashboard');
  await page.locator('figure[data-chart="budget"]').waitFor();
}

beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

describe('the leadership dashboard', () => {
  it('offers a suggested budget when the plan has none, then draws the funded plan', async () => {
    // The sample opens with a budget; a scenario without one is what a user's own new plan starts as.
    const sample = await api<{ scenario: { id: number; params: { budgets: unknown[] } } }>('plan:get', {});
    expect(sample.scenario.params.budgets).toHaveLength(3);
    const bare = await api<{ id: number }>('scenarios:copy', { name: 'No budget yet', fromId: sample.scenario.id });
    await api('plan:setParams', { scenarioId: bare.id, params: { budgets: [] } });
    await api('scenarios:select', { id: bare.id });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);
    await openDashboard(page, 'en');
    const suggest = page.getByRole('button', { name: 'Use a suggested three-year budget' });
    await suggest.click();
    await page.locator('figure[data-chart="budget"] svg.recharts-surface').waitFor();
    // Once funded, the finish-date tile shows a date, not "Not funded", and the caps are drawn.
    await expect.poll(() => page.getByRole('button', { name: 'Use a suggested three-year budget' }).count()).toBe(0);
    const view = await api<{ scenario: { params: { budgets: Array<{ fy: string; capCents: number }> } }; summary: { unfundedDevices: number; byFiscalYear: unknown[] } }>('plan:get', {});
    expect(view.scenario.params.budgets).toHaveLength(3);
    expect(view.summary.unfundedDevices).toBe(0);
    const budgetTable = page.locator('figure[data-chart="budget"]');
    await budgetTable.getByRole('button', { name: 'Show as table' }).click();
    // One row per fiscal year of the plan, with the cap column.
    await expect.poll(() => budgetTable.locator('tbody tr').count()).toBe(view.summary.byFiscalYear.length);
    expect(await budgetTable.locator('thead').textContent()).toContain('Budget cap');
    await budgetTable.getByRole('button', { name: 'Show as chart' }).click();
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
    await api('scenarios:select', { id: sample.scenario.id });
    await api('scenarios:delete', { id: bare.id });
  });

  it('draws at least five charts with a second scenario overlaid, and exports PNG and SVG of the expected size', async () => {
    const base = await api<{ scenario: { id: number; params: { budgets: Array<{ fy: string; capCents: number }> } } }>('plan:get', {});
    const faster = await api<{ id: number }>('scenarios:copy', { name: 'Faster', fromId: base.scenario.id });
    await api('plan:setParams', {
      scenarioId: faster.id,
      params: { capacity: 80, budgets: base.scenario.params.budgets.map((b, i) => ({ fy: b.fy, capCents: i === 0 ? b.capCents * 2 : b.capCents })) },
    });
    await api('scenarios:select', { id: base.scenario.id });

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);
    await openDashboard(page, 'en');
    await page.locator('figure[data-chart="budget"] svg.recharts-surface').waitFor();
    await expect.poll(() => page.locator('figure[data-chart="burndown"] .recharts-line').count()).toBe(2);
    const charts = await page.locator('svg.recharts-surface').count();
    expect(charts).toBeGreaterThanOrEqual(5);
    expect(await page.locator('figure[data-chart="burndown"] .recharts-reference-line').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('dashboard-en'), fullPage: true });

    const figure = page.locator('figure[data-chart="budget"]');
    const onScreen = await figure.locator('svg.recharts-surface').evaluate((svg) => ({ w: Number(svg.getAttribute('width')), h: Number(svg.getAttribute('height')) }));

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Export Budget by fiscal year as SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/^budget-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = fs.readFileSync((await svgDownload.path())!, 'utf8');
    const w = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)![1]);
    const h = Number(/<svg[^>]* height="(\d+)"/.exec(svgText)![1]);
    expect(w).toBe(onScreen.w);
    expect(h).toBeGreaterThan(onScreen.h); // title, date and legend around the chart
    expect(svgText).toContain('Budget by fiscal year');
    expect(svgText).toContain('Budget cap');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Export Budget by fiscal year as PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/^budget-\d{4}-\d{2}-\d{2}\.png$/);
    const png = fs.readFileSync((await pngDownload.path())!);
    fs.writeFileSync(screenshotPath('export-budget'), png);
    const decoded = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      let inked = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 200 || px[i + 1] < 200 || px[i + 2] < 200) inked++;
      return { width: bmp.width, height: bmp.height, inked };
    }, png.toString('base64'));
    expect(decoded.width).toBe(2 * w);
    expect(decoded.height).toBe(2 * h);
    // Bars, axes and text: a good share of the picture is ink, not a blank canvas.
    expect(decoded.inked / (decoded.width * decoded.height)).toBeGreaterThan(0.05);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });

  it('keeps every KPI value whole and inside its tile on a narrow window (dashboard and Plan page), in English and French, for a large plan', async () => {
    // A plan costing tens of millions: the sample's prices times 100 (put back at the end).
    const catalogue = await api<Array<{ id: number; hardwareCents: number }>>('catalogue:list', {});
    for (const e of catalogue) await api('catalogue:update', { id: e.id, hardwareCents: e.hardwareCents * 100 });
    const total = await api<{ summary: { fundedCostCents: number; unfundedCostCents: number } }>('plan:get', {});
    expect(total.summary.fundedCostCents + total.summary.unfundedCostCents).toBeGreaterThan(10_000_000_00);
    for (const lang of ['en', 'fr'] as const) {
      for (const [route, tiles] of [['#/dashboard', 4], ['#/plan', 3]] as const) {
        const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
        await page.addInitScript((l) => localStorage.setItem('crp.lang', l), lang);
        await page.goto(app.url + route);
        const values = page.locator('.kpi-value');
        await expect.poll(() => values.count()).toBeGreaterThan(tiles);
        // A value wider than its tile was cut off at the tile's edge ("$6,116,96" for a large plan's total), or a
        // number broken across two lines ("$6,116,96" / "2").
        const bad = await values.evaluateAll((els) =>
          els
            .filter((e) => {
              const cut = e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > e.parentElement!.getBoundingClientRect().right;
              const split = !/\s/.test(e.textContent ?? '') && e.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(e).fontSize);
              return cut || split;
            })
            .map((e) => e.textContent),
        );
        expect(bad, `${lang} ${route}`).toEqual([]);
        await page.close();
      }
    }
    for (const e of catalogue) await api('catalogue:update', { id: e.id, hardwareCents: e.hardwareCents });
  });

  it('applies a region filter to every chart and opens one chart full size', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);
    await openDashboard(page, 'en');
    await page.getByLabel('Region', { exact: true }).selectOption('Prairies');
    await expect.poll(() => page.locator('figure[data-chart="budget"] figcaption').textContent()).toContain('not drawn for a region');
    const sites = page.locator('figure[data-chart="sites"]');
    await sites.getByRole('button', { name: 'Show as table' }).click();
    const siteNames = await sites.locator('tbody th').allTextContents();
    expect(siteNames.length).toBeGreaterThan(0);
    for (const name of siteNames) expect(['Winnipeg Laboratory', 'Regina Warehouse', 'Calgary Field Office']).toContain(name);
    const timeline = await page.locator('figure[data-chart="timeline"]').getByRole('button', { name: 'Show as table' }).click().then(() => page.locator('figure[data-chart="timeline"] tbody th').allTextContents());
    for (const name of timeline) expect(['Winnipeg Laboratory', 'Regina Warehouse', 'Calgary Field Office']).toContain(name);
    await page.screenshot({ path: screenshotPath('dashboard-filtered-en'), fullPage: true });
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.goto(app.url + '#/dashboard/chart/timeline');
    await page.locator('.chart-page svg.recharts-surface').waitFor();
    await page.screenshot({ path: screenshotPath('chart-timeline-en'), fullPage: true });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('steps through the presentation with the keyboard and leaves with Escape', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page);
    await page.addInitScript(() => localStorage.setItem('crp.lang', 'en'));
    await page.goto(app.url + '#/present');
    const count = page.getByTestId('slide-count');
    // A title slide with the key numbers, then the seven charts (once all the data has arrived).
    const total = 8;
    await expect.poll(() => count.textContent()).toBe(`Slide 1 of ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => count.textContent()).toBe(`Slide 2 of ${total}`);
    await page.locator('.slide svg.recharts-surface').waitFor();
    await page.screenshot({ path: screenshotPath('present-slide2-en') });
    await page.keyboard.press('PageDown');
    await expect.poll(() => count.textContent()).toBe(`Slide 3 of ${total}`);
    const third = await page.locator('.slide .chart-title').textContent();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => count.textContent()).toBe(`Slide 2 of ${total}`);
    expect(await page.locator('.slide .chart-title').textContent()).not.toBe(third);
    await page.keyboard.press('End');
    await expect.poll(() => count.textContent()).toBe(`Slide ${total} of ${total}`);
    await page.keyboard.press('ArrowRight'); // stays on the last slide
    await expect.poll(() => count.textContent()).toBe(`Slide ${total} of ${total}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/dashboard');
    await page.locator('figure[data-chart="budget"]').waitFor();
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('prints a briefing: the browser print dialog in browser mode, with tools and navigation left off the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await openDashboard(page, 'en');
    await page.locator('figure[data-chart="budget"] svg.recharts-surface').waitFor();
    await page.getByRole('button', { name: 'Save briefing as PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.sidebar', '.dash-filters', '.chart-tools', '.dash-actions']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: screenshotPath('dashboard-print-en'), fullPage: true });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads in French: titles, money and months for the locale', async () => {
    // Self-sufficient when run alone: fund the plan if the first test has not.
    const view = await api<{ scenario: { id: number; params: { budgets: unknown[] } }; summary: PlanSummary }>('plan:get', {});
    if (!view.scenario.params.budgets.length) await api('plan:setParams', { scenarioId: view.scenario.id, params: { budgets: starterBudget(view.summary) } });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);
    await openDashboard(page, 'fr');
    await expect.poll(() => page.locator('figure[data-chart="budget"] .chart-title').textContent()).toBe('Budget par exercice');
    const kpis = await page.getByTestId('summary-kpis').textContent();
    // fr-CA money: digits grouped with a narrow no-break space, "$" after.
    expect(kpis).toMatch(/\d[\u202f\u00a0]\d{3}[\u202f\u00a0]\$/);
    await page.screenshot({ path: screenshotPath('dashboard-fr'), fullPage: true });
    await page.goto(app.url + '#/present');
    await expect.poll(() => page.getByTestId('slide-count').textContent()).toBe('Diapositive 1 sur 8');
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide svg.recharts-surface').waitFor();
    await page.screenshot({ path: screenshotPath('present-slide2-fr') });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

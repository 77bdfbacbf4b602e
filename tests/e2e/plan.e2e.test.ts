// The Plan page on the sample in Chromium (browser mode), the issue's "done
// when": three years of caps and a crew capacity set in the form, a re-plan
// whose schedule respects both, the unfunded backlog shown when the money runs
// short, a copy into a "faster" scenario with a bigger first-year cap, and the
// two compared. Also: a site moved outside the budget years raises a warning,
// the schedule renders only the rows in view, screenshots in English and
// French, and axe-core on every tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanView, ScenarioInfo } from '../../electron/api/plan-types';
import { callApi, closeE2e, openE2e, screenshotPath, seriousViolations, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;
beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

const api = <T,>(name: string, args: unknown): Promise<T> => callApi<T>(app, name, args);

async function open(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.goto(app.url + '#/plan');
  await page.evaluate((l) => localStorage.setItem('crp.lang', l), lang);
  await page.reload();
  await page.getByRole('heading', { level: 2, name: lang === 'en' ? 'Replacement plan' : 'Plan de remplacement' }).waitFor();
}

const CAP_CENTS = 10_000_000; // $100,000 a year: short of the sample's ~$350k scope
const CAPACITY = 8;

describe('the Plan page', () => {
  it('sets three years of caps and a crew capacity, re-plans within both, shows the backlog, copies into "faster" and compares', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    const watch = watchPage(page);
    const problems: string[] = [];
    // The sample opens with a suggested budget; here the caps are typed in, as in a user's own new plan.
    const sample = await api<PlanView>('plan:get', {});
    await api('plan:setParams', { scenarioId: sample.scenario.id, params: { budgets: [] } });
    await open(page, 'en');

    // Parameters: start date, three fiscal years of caps typed three ways, the crew's capacity.
    await page.getByLabel('Start date').fill('2026-04-01');
    const add = page.getByRole('button', { name: 'Add a fiscal year' });
    for (let i = 0; i < 3; i++) await add.click();
    expect(await page.getByLabel('Fiscal year, row 1').inputValue()).toBe('2026-27');
    expect(await page.getByLabel('Fiscal year, row 3').inputValue()).toBe('2028-29');
    await page.getByLabel('Cap in dollars, row 1').fill('100,000');
    await page.getByLabel('Cap in dollars, row 2').fill('100000');
    await page.getByLabel('Cap in dollars, row 3').fill('$100,000.00');
    await page.getByLabel('Install capacity (devices per month)').fill(String(CAPACITY));
    problems.push(...(await seriousViolations(page, 'params (en)')));

    // A wrong value is refused with a sentence, and nothing is saved.
    await page.getByLabel('Contingency (%)').fill('ten');
    await page.getByRole('button', { name: 'Save and re-plan' }).click();
    await page.getByText('Enter the contingency as a percentage from 0 to 100 with at most two decimals.').waitFor();
    problems.push(...(await seriousViolations(page, 'params with an error (en)')));
    await page.getByLabel('Contingency (%)').fill('10');
    await page.getByRole('button', { name: 'Save and re-plan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toMatch(/^Re-planned “Base plan”: \d+ devices funded, \d+ in the unfunded backlog\.$/);

    // What was stored: dollars became cents; the schedule respects the caps and the capacity.
    const base = await api<PlanView>('plan:get', {});
    expect(base.scenario.params.budgets).toEqual([
      { fy: '2026-27', capCents: CAP_CENTS },
      { fy: '2027-28', capCents: CAP_CENTS },
      { fy: '2028-29', capCents: CAP_CENTS },
    ]);
    expect(base.scenario.params.capacity).toBe(CAPACITY);
    for (const m of base.summary.byMonth) expect(m.devices).toBeLessThanOrEqual(CAPACITY);
    for (const y of base.summary.byFiscalYear) expect(y.spend.totalCents).toBeLessThanOrEqual(y.capCents);
    expect(base.summary.unfundedDevices).toBeGreaterThan(0);
    expect(base.summary.finishDate).toBeNull();

    // The headline shows the backlog and that the work does not finish within the budgeted years.
    const backlog = page.getByTestId('plan-backlog');
    expect(await backlog.textContent()).toContain(`${base.summary.unfundedDevices} devices, $`);
    expect(await page.getByTestId('plan-finish').textContent()).toBe('Not within the budgeted years');
    await page.screenshot({ path: screenshotPath('plan-params-en'), fullPage: true });

    // Fiscal years: one row per year, with the cap and the restricted devices left.
    await page.getByRole('tab', { name: 'Fiscal years' }).click();
    await expect.poll(() => page.getByTestId('plan-years').locator('tbody tr').count()).toBe(base.summary.byFiscalYear.length);
    expect(await page.getByTestId('plan-years').locator('tbody tr').first().textContent()).toContain('$100,000');
    problems.push(...(await seriousViolations(page, 'fiscal years (en)')));

    // Schedule: every site opened, yet only the rows in view are in the page; items come with their month.
    await page.getByRole('tab', { name: 'Schedule' }).click();
    await page.getByRole('button', { name: 'Open every site' }).click();
    const schedule = page.getByTestId('plan-schedule');
    await expect.poll(() => schedule.getByRole('row').filter({ hasText: /\$/ }).count()).toBeGreaterThan(5);
    const rowCount = Number(await schedule.getAttribute('aria-rowcount'));
    expect(rowCount).toBeGreaterThan(base.summary.scopeDevices);
    expect(await schedule.getByRole('row').count()).toBeLessThan(50);
    await expect.poll(() => schedule.textContent()).toMatch(/No\. \d+CameraReplace(Apr|May|Jun)/);
    // Scrolling to the end loads the last site's last items, with "Unfunded" for the backlog.
    await page.locator('.sched-viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => schedule.textContent()).toContain('Unfunded');
    problems.push(...(await seriousViolations(page, 'schedule (en)')));
    await page.screenshot({ path: screenshotPath('plan-schedule-en'), fullPage: true });

    // Copy into "faster" (it becomes the scenario on show) and give it a bigger first-year cap.
    await page.getByRole('button', { name: 'Copy into a new scenario…' }).click();
    await page.getByLabel('Name of the new scenario').fill('faster');
    await page.getByRole('button', { name: 'Create the copy' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('Copied into “faster”; it is now the scenario on show.');
    await page.getByRole('tab', { name: 'Parameters' }).click();
    await expect.poll(() => page.getByLabel('Cap in dollars, row 1').inputValue()).toBe('100000');
    await page.getByLabel('Cap in dollars, row 1').fill('250,000');
    await page.getByRole('button', { name: 'Save and re-plan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toMatch(/^Re-planned “faster”/);
    const scenarios = await api<ScenarioInfo[]>('scenarios:list', {});
    const faster = scenarios.find((s) => s.name === 'faster')!;
    expect(faster.current).toBe(true);
    expect(faster.params.budgets[0]).toEqual({ fy: '2026-27', capCents: 25_000_000 });
    expect(scenarios.find((s) => s.name === 'Base plan')!.params.budgets[0].capCents).toBe(CAP_CENTS);

    // Compare: both scenarios side by side, the faster one with less (or no) backlog.
    await page.getByRole('tab', { name: 'Compare scenarios' }).click();
    const compare = page.getByTestId('plan-compare');
    await compare.waitFor();
    const heads = await compare.locator('thead th').allTextContents();
    expect(heads).toEqual(['Measure', 'Base plan', 'faster (on show)']);
    expect(await compare.textContent()).toContain('Spend in fiscal year 2026-27');
    const fasterView = await api<PlanView>('plan:get', { scenarioId: faster.id });
    expect(fasterView.summary.unfundedDevices).toBeLessThan(base.summary.unfundedDevices);
    const finishRow = compare.getByRole('row').filter({ hasText: 'Finish date' });
    expect(await finishRow.locator('td').first().textContent()).toBe('Not within the budgeted years');
    await page.locator('figure[data-chart="burndown"] svg.recharts-surface').waitFor();
    await expect.poll(() => page.locator('figure[data-chart="burndown"] .recharts-line').count()).toBe(2);
    problems.push(...(await seriousViolations(page, 'compare (en)')));
    await page.screenshot({ path: screenshotPath('plan-compare-en'), fullPage: true });

    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.remoteRequests).toEqual([]);
    await page.close();
  });

  it('moves a site outside the budgeted years and shows the warning; edits criticality and the catalogue by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    const watch = watchPage(page);
    const problems: string[] = [];
    await open(page, 'en');
    await page.getByRole('tab', { name: 'Sites' }).click();
    const sites = page.getByTestId('plan-sites');
    await sites.waitFor();
    const firstSite = (await sites.locator('tbody tr th').first().textContent())!;
    await page.getByRole('button', { name: `Move ${firstSite} to another month or phase` }).click();
    await page.getByLabel('Month', { exact: true }).fill('2031-01');
    await page.getByRole('button', { name: 'Move and re-plan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toMatch(new RegExp(`^Moved ${firstSite}; the plan was re-checked: \\d+ warning\\(s\\)\\.$`));
    await expect.poll(() => page.getByTestId('plan-warnings').textContent()).toContain(`${firstSite} is placed in Jan 2031, outside the budgeted fiscal years.`);
    await expect.poll(() => sites.getByRole('row').filter({ hasText: firstSite }).first().textContent()).toContain('Moved to a month');
    problems.push(...(await seriousViolations(page, 'sites (en)')));
    await page.screenshot({ path: screenshotPath('plan-sites-en'), fullPage: true });
    // Back to automatic.
    await page.getByRole('button', { name: `Move ${firstSite} to another month or phase` }).click();
    await page.getByRole('button', { name: 'Back to automatic' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toMatch(/^Moved /);
    await expect.poll(() => page.locator('.plan-warnings').textContent()).not.toContain('2031');

    // Criticality by keyboard: focus the select and choose 4 with the arrow keys.
    const crit = page.getByLabel(`Criticality of ${firstSite}`);
    await crit.focus();
    await crit.selectOption('4');
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe(`Saved ${firstSite}; the plan was re-run.`);
    const planSites = await api<Array<{ name: string; criticality: number }>>('plan:sites', {});
    expect(planSites.find((s) => s.name === firstSite)!.criticality).toBe(4);

    // Catalogue: edit the first entry's hardware cost in dollars.
    await page.getByRole('tab', { name: 'Catalogue' }).click();
    const cat = page.getByTestId('plan-catalogue');
    await cat.waitFor();
    await cat.getByRole('button', { name: /^Edit / }).first().click();
    await page.getByLabel('Hardware ($)').fill('1,234.56');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toMatch(/^Saved the catalogue entry/);
    const entries = await api<Array<{ hardwareCents: number }>>('catalogue:list', {});
    expect(entries.map((e) => e.hardwareCents)).toContain(123_456);
    problems.push(...(await seriousViolations(page, 'catalogue (en)')));

    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads in French: « exercice 2026-2027 », money as 100 000 $, the compare view; screenshots', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    const watch = watchPage(page);
    const problems: string[] = [];
    await open(page, 'fr');
    await page.getByText('Arriéré non financé').first().waitFor();
    problems.push(...(await seriousViolations(page, 'paramètres (fr)')));
    await page.screenshot({ path: screenshotPath('plan-params-fr'), fullPage: true });
    await page.getByRole('tab', { name: 'Exercices' }).click();
    const years = page.getByTestId('plan-years');
    await years.waitFor();
    const firstYear = (await years.locator('tbody tr').first().textContent())!.replace(/[\u00a0\u202f]/g, ' ');
    expect(firstYear).toContain('2026-2027');
    expect(firstYear).toMatch(/\d+ \d{3} \$/);
    await page.getByRole('tab', { name: 'Comparer les scénarios' }).click();
    const compare = page.getByTestId('plan-compare');
    await compare.waitFor();
    expect(await compare.textContent()).toContain('Dépenses de l’exercice 2026-2027');
    expect(await compare.textContent()).toContain('Appareils visés restants à la fin de l’exercice 2028-2029');
    problems.push(...(await seriousViolations(page, 'comparaison (fr)')));
    await page.screenshot({ path: screenshotPath('plan-compare-fr'), fullPage: true });
    await page.getByRole('tab', { name: 'Calendrier' }).click();
    await page.getByRole('button', { name: 'Ouvrir tous les sites' }).click();
    await expect.poll(() => page.getByTestId('plan-schedule').textContent()).toContain('Remplacer');
    problems.push(...(await seriousViolations(page, 'calendrier (fr)')));
    await page.getByRole('tab', { name: 'Catalogue' }).click();
    await page.getByTestId('plan-catalogue').waitFor();
    problems.push(...(await seriousViolations(page, 'catalogue (fr)')));
    await page.screenshot({ path: screenshotPath('plan-catalogue-fr'), fullPage: true });
    expect(problems).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

// The offline guarantee: a walk through every page of the app makes no request
// to any host but loopback, the CSP confines connections to the app itself,
// and a page that tried to reach out would be stopped by it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROUTES } from '../../renderer/src/routes';
import { closeE2e, openE2e, watchPage, type WebApp } from './browser';

let app: WebApp;
let browser: Browser;

beforeAll(async () => void ({ app, browser } = await openE2e(['--sample'])));
afterAll(() => closeE2e(app, browser));

/** Figures for the README's Reliability section (read by the lead). */
function recordFigures(figures: Record<string, unknown>): void {
  const dir = path.resolve('.tmp/reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'offline.json'), JSON.stringify(figures, null, 2));
}

describe('offline guarantee', () => {
  it('walks every page, in English and French, with no request to a non-loopback host', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page);
    const all: string[] = [];
    page.on('request', (r) => all.push(r.url()));
    const response = await page.goto(app.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    const visited: string[] = [];
    for (const lang of ['en', 'fr']) {
      await page.goto(`${app.url}#/settings`);
      await page.locator('#lang-select').selectOption(lang);
      for (const route of ROUTES) {
        await page.goto(`${app.url}#/${route}`);
        await page.waitForLoadState('networkidle');
        await page.locator('main').waitFor();
        visited.push(`${lang}:${route}`);
      }
    }
    expect(visited.length).toBe(ROUTES.length * 2);
    expect(all.length).toBeGreaterThan(ROUTES.length); // the walk really loaded things
    expect(watch.remoteRequests).toEqual([]);
    expect(watch.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    recordFigures({ pagesWalked: visited.length, routes: ROUTES, requests: all.length, remoteRequests: watch.remoteRequests.length, csp });
    await page.close();
  });

  it('would block a page that tried to reach another host (CSP connect-src, img-src, script-src)', async () => {
    const page = await browser.newPage();
    // Chromium reports the blocked attempts as requests that failed because of the CSP;
    // what matters is that none left the browser: no response, and the failure is the CSP's.
    const failures = new Map<string, string>();
    const remoteResponses: string[] = [];
    const isRemote = (u: string) => !['127.0.0.1', 'localhost'].includes(new URL(u).hostname) && !/^(data|blob):/.test(u);
    page.on('requestfailed', (r) => failures.set(r.url(), r.failure()?.errorText ?? ''));
    page.on('response', (r) => isRemote(r.url()) && remoteResponses.push(r.url()));
    await page.goto(app.url);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let fetchBlocked = false;
      try {
        await fetch('https://example.org/beacon', { mode: 'no-cors' });
      } catch {
        fetchBlocked = true;
      }
      const img = new Image();
      img.src = 'https://example.org/pixel.png';
      const script = document.createElement('script');
      script.src = 'https://example.org/x.js';
      document.head.appendChild(script);
      await new Promise((r) => setTimeout(r, 500));
      return { fetchBlocked, violations };
    });
    expect(outcome.fetchBlocked).toBe(true);
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(remoteResponses).toEqual([]);
    for (const url of ['https://example.org/pixel.png', 'https://example.org/x.js']) {
      await expect.poll(() => failures.get(url)).toMatch(/csp/i); // 'csp' or 'net::ERR_BLOCKED_BY_CSP' depending on the Chromium build
    }
    await page.close();
  });
});

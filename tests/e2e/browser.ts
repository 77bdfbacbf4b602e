// Shared helpers for end-to-end tests: start the browser-mode server as a real
// child process and drive Debian's Chromium with playwright-core (never a downloaded browser).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WebApp {
  url: string;
  token: string;
  origin: string;
  userData: string;
  stop(): Promise<void>;
}

/** `npm run web`'s entry, started directly (the renderer must already be built). */
export async function startWebApp(args: string[] = ['--sample']): Promise<WebApp> {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli-entry.ts', ...args], {
    env: { ...process.env, CRP_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web mode did not start: ${stderr}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`web mode exited with ${code}: ${stderr}`)));
  });
  const u = new URL(url);
  return {
    url,
    token: u.searchParams.get('token')!,
    origin: u.origin,
    userData,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(userData, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

/** Collects console errors and every request to a host other than loopback. */
export function watchPage(page: Page): { consoleErrors: string[]; remoteRequests: string[] } {
  const consoleErrors: string[] = [];
  const remoteRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') remoteRequests.push(req.url());
  });
  return { consoleErrors, remoteRequests };
}

export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');
export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** The browser-mode app and a Chromium, started once per test file. */
export async function openE2e(args: string[] = ['--sample']): Promise<{ app: WebApp; browser: Browser }> {
  const app = await startWebApp(args);
  return { app, browser: await launchChromium() };
}

export async function closeE2e(app: WebApp | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await app?.stop();
}

/** Call the backend directly over HTTP, as the page does, to set up or check state. */
export async function callApi<T>(app: WebApp, name: string, args: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify({ name, args }),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message ?? JSON.stringify(body));
  return body.value;
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations;
  })) as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

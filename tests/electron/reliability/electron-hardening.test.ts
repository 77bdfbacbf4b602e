// The Electron shell's session and web-contents policies, proven with fakes
// that record what main.ts registers (the Electron binary is not needed).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hardenContents, hardenSession, isTrustedSender, withCsp, type ContentsLike, type SessionLike } from '../../../electron/main/harden';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

function fakeSession() {
  const rec: {
    permissionRequest?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
    permissionCheck?: Parameters<SessionLike['setPermissionCheckHandler']>[0];
    device?: (d: unknown) => boolean;
    beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];
    headers?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0];
  } = {};
  const ses: SessionLike = {
    setPermissionRequestHandler: (h) => void (rec.permissionRequest = h),
    setPermissionCheckHandler: (h) => void (rec.permissionCheck = h),
    setDevicePermissionHandler: (h) => void (rec.device = h),
    webRequest: {
      onBeforeRequest: (l) => void (rec.beforeRequest = l),
      onHeadersReceived: (l) => void (rec.headers = l),
    },
  };
  return { ses, rec };
}

function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents: ContentsLike = {
    on: (event, listener) => void listeners.set(event, listener),
    setWindowOpenHandler: (h) => void (openHandler = h),
  };
  /** Fire an event the way Electron does; returns whether the default was prevented. */
  const fire = (event: string, url: string, onEvent = false): boolean => {
    let prevented = false;
    const e = { preventDefault: () => void (prevented = true), ...(onEvent ? { url } : {}) };
    const l = listeners.get(event) as unknown as ((e: unknown, url?: string) => void) | undefined;
    if (!l) throw new Error(`no ${event} listener`);
    l(e, onEvent ? undefined : url);
    return prevented;
  };
  return { contents, fire, openHandler: () => openHandler, listeners };
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb', 'display-capture', 'unknown'];
const REMOTE = ['https://example.org/', 'http://127.0.0.1:8080/', 'http://localhost/', 'file:///etc/passwd', 'ws://evil/', 'app://evil/index.html', 'javascript:alert(1)', 'chrome://settings'];

describe('the session policy', () => {
  it('refuses every permission request and check, and every device', () => {
    const { ses, rec } = fakeSession();
    hardenSession(ses);
    for (const p of PERMISSIONS) {
      let granted: boolean | undefined;
      rec.permissionRequest!({}, p, (g) => (granted = g));
      expect(granted, p).toBe(false);
      expect(rec.permissionCheck!({}, p, 'app://renderer'), p).toBe(false);
    }
    expect(rec.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that is not to the app, and lets the app load', () => {
    const { ses, rec } = fakeSession();
    hardenSession(ses);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      rec.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    for (const url of REMOTE) expect(decide(url), url).toBe(true);
    expect(decide('app://renderer/index.html')).toBe(false);
    expect(decide('app://renderer/assets/index-abc.js')).toBe(false);
  });

  it('puts our CSP on every response, replacing one the response brought', () => {
    const { ses, rec } = fakeSession();
    hardenSession(ses);
    let headers: Record<string, string[] | string> | undefined;
    rec.headers!({ url: 'app://renderer/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('the web-contents policy', () => {
  it('prevents navigation and redirects away from the app, old and new event shapes', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents);
    for (const ev of ['will-navigate', 'will-redirect']) {
      for (const url of REMOTE) expect(fire(ev, url), `${ev} ${url}`).toBe(true);
      expect(fire(ev, 'app://renderer/index.html#/plan')).toBe(false);
    }
    for (const url of REMOTE) expect(fire('will-frame-navigate', url, true), url).toBe(true);
    expect(fire('will-frame-navigate', 'app://renderer/index.html', true)).toBe(false);
  });

  it('blocks every webview and denies every new window', () => {
    const { contents, fire, openHandler } = fakeContents();
    hardenContents(contents);
    expect(fire('will-attach-webview', 'app://renderer/index.html')).toBe(true);
    for (const url of [...REMOTE, 'app://renderer/index.html']) expect(openHandler()!({ url })).toEqual({ action: 'deny' });
  });
});

describe('the IPC sender check', () => {
  const main = { url: 'app://renderer/index.html' };
  it('trusts only the main frame of our window on an app page', () => {
    expect(isTrustedSender(main, main)).toBe(true);
  });
  it('refuses a subframe, another window, a missing frame or a foreign page', () => {
    expect(isTrustedSender({ url: 'app://renderer/index.html' }, main)).toBe(false); // a different frame object, same URL
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(main, null)).toBe(false);
    expect(isTrustedSender(undefined, undefined)).toBe(false);
    const navigated = { url: 'https://example.org/' };
    expect(isTrustedSender(navigated, navigated)).toBe(false);
    const otherApp = { url: 'app://evil/index.html' };
    expect(isTrustedSender(otherApp, otherApp)).toBe(false);
  });
});

describe('the CSP in the page itself', () => {
  // Defence in depth: if a response reached the renderer without the session's header
  // (a custom-protocol response), the page's own meta CSP must say the same thing.
  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v.sort().join(' ')]));
  it('renderer/index.html carries the same policy as the header (frame-ancestors aside: not allowed in meta)', () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});

describe('main.ts wiring', () => {
  // main.ts imports Electron and cannot be loaded here; check it applies the tested policies.
  const source = fs.readFileSync('electron/main.ts', 'utf8');
  it('hardens the default session, every web contents, and checks the sender of every IPC handler', () => {
    expect(source).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(source).toMatch(/app\.on\('web-contents-created',[^\n]*hardenContents\(contents\)/);
    expect(source).toMatch(/isTrustedSender\(event\.senderFrame/);
    const handlers = source.match(/ipcMain\.handle\(/g)?.length ?? 0;
    const checks = source.match(/!trustedSender\(event\)/g)?.length ?? 0;
    expect(handlers).toBeGreaterThan(0);
    expect(checks).toBe(handlers);
    expect(source).toMatch(/app\.enableSandbox\(\)/);
    // Restated at the constructor for static checkers, and middle-click new windows disabled.
    expect(source).toMatch(/new BrowserWindow\(\{[\s\S]*contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick'/);
    expect(source).not.toMatch(/ipcMain\.on\(|shell\.openExternal|nodeIntegration:\s*true|contextIsolation:\s*false/);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, resolveAppFile, windowOptions } from '../../electron/main/window-options';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

describe('the Electron window', () => {
  it('runs the renderer sandboxed, isolated and without Node', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('has a CSP that allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('treats only app://renderer pages as the app', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('blocks every request that is not to the app', () => {
    expect(isAllowedRequest('app://renderer/assets/index.js')).toBe(true);
    for (const url of ['https://example.org/x.js', 'http://127.0.0.1:80/', 'file:///etc/hosts', 'ws://localhost/', 'ftp://x/']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });

  it('serves only files inside the renderer folder', () => {
    const root = path.resolve('/srv/renderer');
    const resolve = (...p: string[]) => path.resolve(...p);
    expect(resolveAppFile('app://renderer/index.html', root, path.sep, resolve)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://renderer/', root, path.sep, resolve)).toBe(path.join(root, 'index.html'));
    // The URL parser folds encoded dot segments, so this one lands inside the root, never above it.
    const folded = resolveAppFile('app://renderer/%2e%2e/%2e%2e/etc/passwd', root, path.sep, resolve);
    expect(folded === null || folded.startsWith(root + path.sep)).toBe(true);
    expect(resolveAppFile('app://renderer/..%2fsecret', root, path.sep, resolve)).toBeNull();
    expect(resolveAppFile('app://other/index.html', root, path.sep, resolve)).toBeNull();
  });
});

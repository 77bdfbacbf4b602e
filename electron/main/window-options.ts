// Window and navigation policy for the Electron shell, kept free of runtime
// Electron imports so tests can check them under plain Node.
import type { BrowserWindowConstructorOptions } from 'electron';
import { SECURE_WEB_PREFERENCES } from '../security';

/** The custom scheme the renderer is served from (standard, secure, no remote hosts). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Camera Replacement Planner',
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/** Only the app's own pages may call the API or be navigated to. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'renderer';
  } catch {
    return false;
  }
}

/** Requests the session lets through: the app's own files and devtools; everything else is blocked. */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:app://');
}

/**
 * Map an app:// URL to a file inside the renderer folder, or null when the path
 * tries to leave it (traversal) or is malformed.
 */
export function resolveAppFile(url: string, rendererDir: string, sep: string, resolve: (...p: string[]) => string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rendererDir);
  const file = resolve(root, '.' + pathname);
  return file.startsWith(root + sep) ? file : null;
}

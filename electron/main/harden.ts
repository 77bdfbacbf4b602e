// The session and web-contents policies of the Electron shell, written against
// small structural interfaces so tests can pass fakes that record the handlers
// (nothing here imports Electron at runtime). main.ts applies them to the real
// session.defaultSession and to every web contents created.
import { CONTENT_SECURITY_POLICY } from '../security';
import { isAllowedRequest, isAppUrl } from './window-options';

type Callback<T> = (response: T) => void;

/** The part of Electron's Session this policy touches. */
export interface SessionLike {
  setPermissionRequestHandler(handler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | null): void;
  setPermissionCheckHandler(handler: ((wc: unknown, permission: string, origin?: string, details?: unknown) => boolean) | null): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: Callback<{ cancel?: boolean }>) => void): void;
    onHeadersReceived(
      listener: (details: { url: string; responseHeaders?: Record<string, string[] | string> }, callback: Callback<{ responseHeaders?: Record<string, string[] | string> }>) => void,
    ): void;
  };
}

/** The part of Electron's WebContents this policy touches. */
export interface ContentsLike {
  // One loose signature: Electron's overloaded `on` cannot match a narrower overload set structurally.
  on(event: string, listener: (...args: never[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

/**
 * Lock a session: every permission (camera, microphone, geolocation,
 * notifications, USB, HID, serial, ...) is refused, every request that is not
 * to the app's own files is cancelled, and every response carries the CSP.
 */
export function hardenSession(ses: SessionLike): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler?.(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders) }),
  );
}

/** Response headers with our CSP in place of any the response brought (in any letter case). */
export function withCsp(headers: Record<string, string[] | string> | undefined): Record<string, string[] | string> {
  const out: Record<string, string[] | string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/**
 * Lock a web contents: no navigation or redirect away from the app, no
 * webview, no new windows (links to the outside are not opened at all).
 */
export function hardenContents(contents: ContentsLike): void {
  type Navigation = { preventDefault(): void; url?: string };
  const stayInApp = (e: Navigation, url?: string) => {
    // will-frame-navigate passes the URL on the event; the older events pass it second.
    if (!isAppUrl(e.url ?? url ?? '')) e.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-attach-webview', (e: { preventDefault(): void }) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** What the IPC gate knows of a caller: the frame that sent the message. */
export interface SenderFrameLike {
  url: string;
}

/**
 * An IPC message is trusted only when it comes from the main frame of our own
 * window (not a subframe, not another window) showing an app:// page.
 */
export function isTrustedSender(senderFrame: SenderFrameLike | null | undefined, mainFrame: SenderFrameLike | null | undefined): boolean {
  if (!senderFrame || !mainFrame) return false;
  return senderFrame === mainFrame && isAppUrl(senderFrame.url);
}

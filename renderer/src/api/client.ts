// The renderer's one way to reach the backend. In Electron the preload exposes
// `window.planner`; in browser mode the same calls go over HTTP with the
// per-run token from the page URL. Both satisfy PlannerBridge.
import type { ApiArgs, ApiEvents, ApiName, ApiResult, PlannerBridge } from '../../../electron/api/contract';
import type { Result } from '../../../electron/api/types';
import { apiErrorMessage, documentLang } from '../i18n/backend-messages';

declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}

function tokenFromPage(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem('crp.token', fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem('crp.token') ?? '';
}

export function httpBridge(token: string): PlannerBridge {
  let events: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    async call(name, args) {
      try {
        const res = await fetch('/api/call', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ name, args }),
        });
        if (!res.ok) {
          const body = (await res.json().catch(() => ({}))) as { error?: string };
          return { ok: false, error: { code: `HTTP_${res.status}`, message: body.error ?? res.statusText } };
        }
        return (await res.json()) as Result<never>;
      } catch (err) {
        return { ok: false, error: { code: 'OFFLINE', message: `The planner service is not reachable (${String(err)}).` } };
      }
    },
    on(event, listener) {
      if (!events) {
        events = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      }
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        events.addEventListener(event, (e) => {
          const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
          for (const l of listeners.get(event) ?? []) l(payload);
        });
      }
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => set!.delete(l);
    },
  };
}

let bridge: PlannerBridge | null = null;

export function getBridge(): PlannerBridge {
  bridge ??= window.planner ?? httpBridge(tokenFromPage());
  return bridge;
}

/** For tests: use a given bridge. */
export function setBridge(b: PlannerBridge): void {
  bridge = b;
}

export class ApiCallError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Call the backend; resolves with the value or rejects with an ApiCallError carrying the user-readable message. */
export async function call<K extends ApiName>(name: K, args: ApiArgs<K>): Promise<ApiResult<K>> {
  const result = await getBridge().call(name, args);
  // Said in the UI's language here, so every screen that shows `err.message` shows it translated.
  if (!result.ok) throw new ApiCallError(result.error.code, apiErrorMessage(documentLang(), result.error));
  return result.value;
}

export function onEvent<E extends keyof ApiEvents>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
  return getBridge().on(event, listener);
}

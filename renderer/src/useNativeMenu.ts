import { useEffect } from 'react';

/**
 * Route the Electron menu's commands (File, Edit) to the renderer. Commands with
 * no handler of their own are re-dispatched as `crp:<command>` window events so
 * a page can pick them up (e.g. `crp:undo`). A no-op in browser mode.
 */
export function useNativeMenu(handlers: Partial<Record<string, (arg?: string) => void>>): void {
  useEffect(() => {
    const native = window.planner?.native;
    if (!native) return;
    return native.onMenu((command) => {
      const [name, ...rest] = command.split(':');
      const arg = rest.length ? rest.join(':') : undefined;
      const handler = handlers[name];
      if (handler) handler(arg);
      else window.dispatchEvent(new CustomEvent(`crp:${name}`, { detail: arg }));
    });
  }, [handlers]);
}

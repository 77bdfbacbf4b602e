// The File menu's plan commands while a plan is open (the welcome screen
// handles them when none is): open the sample, a recent plan, a plan file
// chosen in the native dialog, or create a new one.
import { useEffect, useRef } from 'react';
import type { PlanInfo } from '../../electron/api/types';
import { call } from './api/client';
import { announce } from './history/announce';

export function usePlanFileCommands(enabled: boolean, onOpened: (info: PlanInfo) => void): void {
  const opened = useRef(onOpened);
  opened.current = onOpened;
  useEffect(() => {
    if (!enabled) return;
    const run = (fn: () => Promise<PlanInfo | null>) => () =>
      void fn().then(
        (info) => info && opened.current(info),
        (e: Error) => announce(e.message),
      );
    const native = window.planner?.native;
    const handlers: Array<[string, (e: Event) => void]> = [
      ['crp:open-sample', run(() => call('plan:openSample', {}))],
      ['crp:open-plan', run(async () => {
        const path = await native?.openFileDialog('plan');
        return path ? call('plan:open', { path }) : null;
      })],
      ['crp:new-plan', run(async () => {
        const path = await native?.saveFileDialog('plan', 'plan.sqlite');
        return path ? call('plan:create', { path, name: '' }) : null;
      })],
      ['crp:open-recent', (e) => {
        const path = (e as CustomEvent<unknown>).detail;
        if (typeof path === 'string') run(() => call('plan:open', { path }))();
      }],
    ];
    for (const [name, h] of handlers) window.addEventListener(name, h);
    return () => {
      for (const [name, h] of handlers) window.removeEventListener(name, h);
    };
  }, [enabled]);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs, ApiName, ApiResult } from '../../../electron/api/contract';
import { call } from './client';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** Bumped whenever the open plan's data changes, so every query refetches. */
const listeners = new Set<() => void>();
export function notifyPlanChanged(): void {
  for (const l of listeners) l();
}

/** Fetch `name(args)` and refetch when args change or the plan changes. */
export function useApi<K extends ApiName>(name: K, args: ApiArgs<K>, enabled = true): Query<ApiResult<K>> {
  const [state, setState] = useState<{ data?: ApiResult<K>; error: string | null; loading: boolean }>({
    error: null,
    loading: enabled,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(args);
  const seq = useRef(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    call(name, JSON.parse(key) as ApiArgs<K>).then(
      (data) => mine === seq.current && setState({ data, error: null, loading: false }),
      (err: Error) => mine === seq.current && setState((s) => ({ data: s.data, error: err.message, loading: false })),
    );
  }, [name, key, tick, enabled]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** A number that changes whenever the plan's data changes (for views that fetch by hand). */
export function usePlanChangeTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return tick;
}

// The scenario on show (plan:get) and the scenario list, refetched together
// whenever the plan changes (a re-plan, a move, a copy, an import elsewhere).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanView, ScenarioInfo } from '../../../../electron/api/plan-types';
import { call } from '../../api/client';
import { usePlanChangeTick } from '../../api/hooks';

export interface PlanState {
  view: PlanView | undefined;
  scenarios: ScenarioInfo[];
  error: string | null;
  loading: boolean;
  /** Refetch; resolves with the fresh view. */
  reload(): Promise<PlanView | undefined>;
}

export function usePlanView(): PlanState {
  const tick = usePlanChangeTick();
  const [view, setView] = useState<PlanView>();
  const [scenarios, setScenarios] = useState<ScenarioInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const [v, list] = await Promise.all([call('plan:get', {}), call('scenarios:list', {})]);
      if (mine !== seq.current) return v;
      setView(v);
      setScenarios(list);
      setError(null);
      return v;
    } catch (err) {
      if (mine === seq.current) setError((err as Error).message);
      return undefined;
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, tick]);

  return { view, scenarios, error, loading, reload };
}

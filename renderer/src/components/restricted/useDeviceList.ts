// Restricted or review devices of one group, fetched a page at a time through
// devices:list (the renderer never holds a whole large plan) and refetched when
// the plan changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceQuery, DeviceRow } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { usePlanChangeTick } from '../../api/hooks';

export interface DeviceList {
  rows: DeviceRow[];
  total: number | null;
  error: string | null;
  loading: boolean;
  more(): void;
}

export function useDeviceList(query: DeviceQuery, pageSize: number, enabled = true): DeviceList {
  const tick = usePlanChangeTick();
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ rows: DeviceRow[]; total: number | null; error: string | null; loading: boolean }>({ rows: [], total: null, error: null, loading: enabled });
  const [limit, setLimit] = useState(pageSize);
  const seq = useRef(0);

  useEffect(() => setLimit(pageSize), [key, pageSize]);
  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    // One request for everything shown so far: after a decision the list stays as long as it was.
    fetchUpTo(JSON.parse(key) as DeviceQuery, limit).then(
      (page) => mine === seq.current && setState({ rows: page.rows, total: page.total, error: null, loading: false }),
      (e: Error) => mine === seq.current && setState((s) => ({ ...s, error: e.message, loading: false })),
    );
  }, [key, limit, tick, enabled]);

  const more = useCallback(() => setLimit((n) => n + pageSize), [pageSize]);
  return { ...state, more };
}

/** The first `limit` rows, in requests of at most 1,000 (the API's page cap). */
async function fetchUpTo(query: DeviceQuery, limit: number): Promise<{ rows: DeviceRow[]; total: number }> {
  const rows: DeviceRow[] = [];
  let total = 0;
  do {
    const page = await call('devices:list', { ...query, offset: rows.length, limit: Math.min(1000, limit - rows.length) });
    total = page.total;
    rows.push(...page.rows);
    if (page.rows.length === 0) break;
  } while (rows.length < Math.min(limit, total));
  return { rows, total };
}

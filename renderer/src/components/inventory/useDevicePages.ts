// Pages of the device list fetched on demand, in blocks, for the rows in view.
// The renderer never holds the whole table: blocks far from the view are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceQuery, DeviceRow } from '../../../../electron/api/types';
import { call } from '../../api/client';

export const BLOCK = 100;
/** Blocks kept in memory at most (10,000 rows). */
const MAX_BLOCKS = 100;

export interface DevicePages {
  total: number | null;
  error: string | null;
  rowAt(index: number): DeviceRow | undefined;
  /** Make sure rows first..last are loaded (or loading). */
  ensure(first: number, last: number): void;
  /** Fetch the ids of rows first..last (for a shift-click range), loading what is missing. */
  idsBetween(first: number, last: number): Promise<number[]>;
}

export function useDevicePages(query: Omit<DeviceQuery, 'offset' | 'limit'>, refreshTick: number): DevicePages {
  const key = JSON.stringify(query);
  const blocks = useRef(new Map<number, DeviceRow[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  const fetchBlock = useCallback(
    (b: number) => {
      if (blocks.current.has(b) || loading.current.has(b)) return;
      loading.current.add(b);
      const gen = generation.current;
      call('devices:list', { ...(JSON.parse(key) as DeviceQuery), offset: b * BLOCK, limit: BLOCK }).then(
        (page) => {
          if (gen !== generation.current) return;
          loading.current.delete(b);
          blocks.current.set(b, page.rows);
          if (blocks.current.size > MAX_BLOCKS) {
            // Drop the block farthest from this one.
            const far = [...blocks.current.keys()].sort((x, y) => Math.abs(y - b) - Math.abs(x - b))[0];
            blocks.current.delete(far);
          }
          setTotal(page.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: Error) => {
          if (gen !== generation.current) return;
          loading.current.delete(b);
          setError(e.message);
        },
      );
    },
    [key],
  );

  // A new query or a change to the plan starts over (keeping rows on screen until the new ones arrive would show stale data).
  useEffect(() => {
    generation.current++;
    blocks.current = new Map();
    loading.current = new Set();
    setVersion((v) => v + 1);
    fetchBlock(0);
  }, [key, refreshTick, fetchBlock]);

  const rowAt = (i: number) => blocks.current.get(Math.floor(i / BLOCK))?.[i % BLOCK];
  const ensure = (first: number, last: number) => {
    for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) fetchBlock(b);
  };
  const idsBetween = async (first: number, last: number): Promise<number[]> => {
    const page = await call('devices:list', { ...(JSON.parse(key) as DeviceQuery), offset: first, limit: Math.min(1000, last - first + 1) });
    return page.rows.map((r) => r.id);
  };
  return { total, error, rowAt, ensure, idsBetween };
}

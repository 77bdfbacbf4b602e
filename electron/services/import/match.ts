// Re-import without duplicates: each candidate is matched to an existing
// device by asset tag, then serial, then MAC, then model + location (for rows
// identified only that way), and classified as new, updated, unchanged or
// skipped. Repeats inside the file are skipped with a warning.
import type { DeviceKeyRow } from '../../../db/queries/imports';
import { siteKey } from '../../../db/queries/sites';
import { foldKey } from '../../domain/normalise/text';
import type { Candidate, Problem } from './rows';

export type MatchKey = 'asset tag' | 'serial number' | 'MAC address' | 'model and location';
export type ActionKind = 'insert' | 'update' | 'unchanged' | 'skip';

export interface PlannedAction {
  kind: ActionKind;
  cand: Candidate;
  deviceId: number | null;
  matchedBy: MatchKey | null;
}

const tagKey = (s: string) => s.trim().toUpperCase();
const modelLocationKey = (model: string, location: string, site: string | null) =>
  `${foldKey(model)}|${foldKey(location)}|${site ? siteKey(site) : ''}`;

function candidateKeys(c: Candidate): Array<[MatchKey, string]> {
  const keys: Array<[MatchKey, string]> = [];
  if (c.assetTag) keys.push(['asset tag', tagKey(c.assetTag)]);
  if (c.serial) keys.push(['serial number', tagKey(c.serial)]);
  if (c.mac) keys.push(['MAC address', c.mac]);
  if (keys.length === 0 && c.model && c.location) keys.push(['model and location', modelLocationKey(c.model, c.location, c.site)]);
  return keys;
}

export class DeviceIndex {
  private maps = new Map<MatchKey, Map<string, number>>([
    ['asset tag', new Map()],
    ['serial number', new Map()],
    ['MAC address', new Map()],
    ['model and location', new Map()],
  ]);

  constructor(rows: readonly DeviceKeyRow[]) {
    for (const r of rows) {
      // First device wins when the plan already holds duplicates: matching stays deterministic.
      const add = (k: MatchKey, v: string) => {
        const m = this.maps.get(k)!;
        if (!m.has(v)) m.set(v, r.id);
      };
      if (r.asset_tag) add('asset tag', tagKey(r.asset_tag));
      if (r.serial) add('serial number', tagKey(r.serial));
      if (r.mac) add('MAC address', r.mac);
      if (r.model && r.location) add('model and location', modelLocationKey(r.model, r.location, r.site_name));
    }
  }

  find(c: Candidate): { id: number; by: MatchKey } | null {
    for (const [k, v] of candidateKeys(c)) {
      const id = this.maps.get(k)!.get(v);
      if (id !== undefined) return { id, by: k };
    }
    return null;
  }
}

/** Whether applying `c` to the stored row would change nothing. */
export type SameAsStored = (deviceId: number, c: Candidate) => boolean;

export function planActions(
  candidates: readonly Candidate[],
  index: DeviceIndex,
  onDuplicate: 'update' | 'skip',
  sameAsStored: SameAsStored,
  silentRepeatTools: ReadonlySet<string>,
): { actions: PlannedAction[]; warnings: Problem[] } {
  const actions: PlannedAction[] = [];
  const warnings: Problem[] = [];
  const seenInFile = new Map<string, Candidate>();
  const devicesTaken = new Map<number, Candidate>();
  for (const cand of candidates) {
    const keys = candidateKeys(cand);
    const repeatOf = keys.map(([k, v]) => [k, seenInFile.get(`${k}\u0000${v}`)] as const).find(([, c]) => c);
    const match = index.find(cand);
    const earlier = repeatOf?.[1] ?? (match ? devicesTaken.get(match.id) : undefined);
    if (earlier) {
      if (!cand.sourceTool || !silentRepeatTools.has(cand.sourceTool)) {
        const by = repeatOf?.[0] ?? match?.by ?? 'asset tag';
        warnings.push({
          sheet: cand.sheet,
          row: cand.row,
          column: null,
          message: `Same ${by} as ${earlier.sheet === cand.sheet ? '' : `sheet ${earlier.sheet}, `}row ${earlier.row}: this repeat was skipped.`,
          code: 'repeat-in-file',
          params: { by, row: earlier.row, ...(earlier.sheet === cand.sheet ? {} : { sheet: earlier.sheet }) },
        });
      }
      actions.push({ kind: 'skip', cand, deviceId: match?.id ?? null, matchedBy: match?.by ?? null });
      continue;
    }
    for (const [k, v] of keys) seenInFile.set(`${k}\u0000${v}`, cand);
    if (!match) {
      actions.push({ kind: 'insert', cand, deviceId: null, matchedBy: null });
      continue;
    }
    devicesTaken.set(match.id, cand);
    const same = sameAsStored(match.id, cand);
    const kind: ActionKind = same ? 'unchanged' : onDuplicate === 'update' ? 'update' : 'skip';
    actions.push({ kind, cand, deviceId: match.id, matchedBy: match.by });
  }
  return { actions, warnings };
}

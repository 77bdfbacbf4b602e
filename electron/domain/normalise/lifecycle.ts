// Lifecycle status words (EN/FR) -> in_service / spare / retired.
import { foldKey } from './text';

export type LifecycleState = 'in_service' | 'spare' | 'retired';

const WORDS: Array<[LifecycleState, RegExp]> = [
  ['retired', /\b(retired|removed|decommissioned|disposed|out of service|dead|broken|retire|retiree|hors service|mis hors service|desaffecte|enleve|elimine|deinstalled)\b/],
  ['spare', /\b(spare|stock|in stock|inventory|storage|reserve|en reserve|de rechange|rechange|entrepose|en stock|ready to deploy|pending)\b/],
  ['in_service', /\b(in service|active|actif|active|installed|installe|en service|operational|operationnel|online|en ligne|in use|en fonction|deployed|deploye|ok)\b/],
];

export function lifecycleFromWords(raw: string): LifecycleState | null {
  const key = foldKey(raw);
  for (const [state, re] of WORDS) if (re.test(key)) return state;
  return null;
}

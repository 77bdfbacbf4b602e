// The matcher's entry points. Pure: the caller supplies the rule data, the
// IEEE registry (already read) and the active policy ids.
import type { PolicyData } from '../policies/types';
import { decide, type TagResult } from './decide';
import { collectFindings, newEvidenceCache, type EvidenceCache, type RegistryLookup, type TagInput } from './evidence';
import { compileRules, lookupName, type RuleSet } from './rules';

export { applyOverride, type OverrideInfo, type TagResult } from './decide';
export { newEvidenceCache, type EvidenceCache, type RegistryLookup, type TagInput } from './evidence';
export { compileRules, type RuleSet } from './rules';
export { identityKey, normaliseMac } from './normalise';
export { newTagMemo, parseExtra, tagDeviceJson, type StoredTagInput, type TagMemo, type TaggedJson } from './memo';

export function tagDevice(
  rules: RuleSet,
  device: TagInput,
  active: ReadonlySet<string>,
  registry: RegistryLookup | null = null,
  cache: EvidenceCache = newEvidenceCache(),
): TagResult {
  return decide(rules, collectFindings(rules, device, registry, cache), active);
}

/**
 * Keeps, out of the whole IEEE registry (prefix -> "Org\naddress\ncountry"),
 * only the blocks whose registrant the rule set can name: listed companies,
 * their brands and makers no policy lists. The rest says nothing to the matcher.
 */
export function relevantRegistry(rules: RuleSet, registry: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, boolean>();
  for (const [prefix, value] of Object.entries(registry)) {
    const org = value.split('\n', 1)[0].trim();
    let known = seen.get(org);
    if (known === undefined) {
      known = lookupName(rules, org).length > 0;
      seen.set(org, known);
    }
    if (known) out.set(prefix.toUpperCase(), org);
  }
  return out;
}

export function registryLookup(subset: Map<string, string>): RegistryLookup {
  return (hex12) => {
    for (const prefix of [hex12.slice(0, 9), hex12.slice(0, 7), hex12.slice(0, 6)]) {
      const org = subset.get(prefix);
      if (org) return { prefix, org };
    }
    return null;
  };
}

export function compilePolicyData(data: PolicyData): RuleSet {
  return compileRules(data);
}

// Tagging a whole plan: real registers repeat a few makers and models across
// thousands of rows, so a run evaluates each distinct input once and reuses the
// verdict and its evidence JSON for every other device that reads the same.
//
// What makes two devices "the same" is exactly what the matcher reads: the
// manufacturer text, the unmapped columns, the normalised model, the MAC
// block's class (not the address) and the source tool. The MAC address itself
// appears in the evidence only as the `value` of its items, so the stored
// JSON is kept split around that value and the device's own address is put
// back in. A serial the matcher recognises puts its own model and date in the
// notes, so those devices (and overridden ones, which the caller handles) are
// evaluated one by one as before. The output is byte for byte what
// `JSON.stringify(tagDevice(...).evidence)` gives (tests/electron/tagging/tag-memo.test.ts).
import type { DeviceStatus, Evidence } from '../../api/types';
import { decide, type TagResult } from './decide';
import { classifyMac, collectFindings, macClassKey, newEvidenceCache, serialFindings, type EvidenceCache, type RegistryLookup } from './evidence';
import { formatMac, normaliseMac, normaliseModel } from './normalise';
import type { RuleSet } from './rules';

/** A device as its row stores it: `extra` is the JSON text of the unmapped columns. */
export interface StoredTagInput {
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  sourceTool: string | null;
  extra: string;
}

export interface TaggedJson {
  status: DeviceStatus;
  company: string | null;
  /** The evidence as stored in `devices.evidence`. */
  evidenceJson: string;
}

interface Verdict {
  status: DeviceStatus;
  company: string | null;
  /** The evidence JSON cut where each MAC item's value goes; one part when no item shows the MAC. */
  parts: string[];
}

/** One tagging run's memo: valid for one rule set, registry and set of active policies. */
export interface TagMemo {
  names: EvidenceCache;
  verdicts: Map<string, Verdict>;
}

export function newTagMemo(): TagMemo {
  return { names: newEvidenceCache(), verdicts: new Map() };
}

/** The unmapped columns as the matcher reads them: none when empty or unreadable. */
export function parseExtra(text: string): Record<string, string> | null {
  if (text === '{}' || text === '') return null;
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch {
    return null;
  }
}

const MAC_ITEM_HEAD = '{"field":"mac","value":';

/** The evidence JSON split around every MAC item's value, or null if an item is not shaped as expected. */
function splitAroundMac(evidence: Evidence[], shown: string): string[] | null {
  const parts: string[] = [];
  let current = '[';
  for (let i = 0; i < evidence.length; i++) {
    const ev = evidence[i];
    if (i > 0) current += ',';
    if (ev.field !== 'mac') {
      current += JSON.stringify(ev);
      continue;
    }
    if (ev.value !== shown) return null;
    const text = JSON.stringify(ev);
    const head = MAC_ITEM_HEAD + JSON.stringify(shown);
    if (!text.startsWith(head)) return null;
    parts.push(current + MAC_ITEM_HEAD);
    current = text.slice(head.length);
  }
  parts.push(current + ']');
  return parts;
}

/** `${length}:${text}`, so that no two lists of texts give the same key. */
const part = (text: string) => `${text.length}:${text}`;

/** The device's status, company and evidence JSON; equal to tagDevice's result, stringified. */
export function tagDeviceJson(rules: RuleSet, device: StoredTagInput, active: ReadonlySet<string>, registry: RegistryLookup | null, memo: TagMemo): TaggedJson {
  const serial = normaliseModel(device.serial);
  const hex = device.mac ? normaliseMac(device.mac) : null;
  if (serial !== null && serialFindings(rules, serial).length > 0) return plain(stringified(evaluate(rules, device, active, registry, memo)));
  const macClass = hex === null ? null : classifyMac(rules, hex, registry);
  const key =
    part(device.manufacturer ?? '') + part(device.extra) + part(normaliseModel(device.model) ?? '') + part(device.sourceTool ?? '') + macClassKey(macClass);
  let verdict = memo.verdicts.get(key);
  // The address is shown only when its class yields findings.
  const shown = hex !== null && macClass !== null ? formatMac(hex) : '';
  if (!verdict) {
    const result = stringified(evaluate(rules, device, active, registry, memo));
    const parts = splitAroundMac(result.evidence, shown);
    if (!parts || parts.join(JSON.stringify(shown)) !== result.evidenceJson) return plain(result); // never reused unless exact
    verdict = { status: result.status, company: result.company, parts };
    memo.verdicts.set(key, verdict);
  }
  const evidenceJson = verdict.parts.length === 1 ? verdict.parts[0] : verdict.parts.join(JSON.stringify(shown));
  return { status: verdict.status, company: verdict.company, evidenceJson };
}


function evaluate(rules: RuleSet, device: StoredTagInput, active: ReadonlySet<string>, registry: RegistryLookup | null, memo: TagMemo): TagResult {
  const input = { manufacturer: device.manufacturer, model: device.model, serial: device.serial, mac: device.mac, sourceTool: device.sourceTool, extra: parseExtra(device.extra) };
  return decide(rules, collectFindings(rules, input, registry, memo.names), active);
}

const plain = (r: TaggedJson): TaggedJson => ({ status: r.status, company: r.company, evidenceJson: r.evidenceJson });

function stringified(result: TagResult): TaggedJson & { evidence: Evidence[] } {
  return { status: result.status, company: result.company, evidence: result.evidence, evidenceJson: JSON.stringify(result.evidence) };
}

// Tagging a whole plan: real registers repeat a few makers and models across
// thousands of rows, so a run evaluates each distinct input once and reuses the
// verdict and its evidence JSON for every other device that reads the same.
//
// What makes two devices "the same" is exactly what the matcher reads: the
// manufacturer text, the unmapped columns, the normalised model, the source
// tool, which serial patterns recognise the serial (not the serial itself) and
// the MAC block's class (not the address). The device's own texts appear in
// the evidence only in the items of those two fields: a MAC item shows the
// address as its `value`, a serial item shows the serial and the model and
// date it embeds. So the stored JSON is kept cut around those items, and each
// device's own are put back in: the address as the value, the serial item as
// the matcher builds it for this serial, with the policy the verdict gave it.
// The output is byte for byte `JSON.stringify(tagDevice(...).evidence)`
// (tests/electron/tagging/tag-memo.test.ts); a verdict that cannot be cut that
// way is never reused.
import type { DeviceStatus, Evidence } from '../../api/types';
import { decide, type TagResult } from './decide';
import { classifyMac, collectFindings, macClassKey, newEvidenceCache, serialFindings, type EvidenceCache, type Finding, type RegistryLookup } from './evidence';
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

/** Where a serial item goes: the n-th serial finding, with the policy the verdict put on it. */
interface SerialHole {
  index: number;
  policy: string | null;
  policyVersion: string | null;
  citation: Evidence['citation'];
}
/** Where a MAC item's value goes. */
const MAC_VALUE = 'mac';
type Hole = typeof MAC_VALUE | SerialHole;

interface Verdict {
  status: DeviceStatus;
  company: string | null;
  /** The evidence JSON cut at each hole: parts.length === holes.length + 1. */
  parts: string[];
  holes: Hole[];
}

/** One tagging run's memo: valid for one rule set, registry and set of active policies. */
export interface TagMemo {
  names: EvidenceCache;
  verdicts: Map<string, Verdict>;
  models: Map<string, string | null>;
}

export function newTagMemo(): TagMemo {
  return { names: newEvidenceCache(), verdicts: new Map(), models: new Map() };
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

/** The verdict's evidence cut at its holes, or null if an item is not shaped as expected. */
function cut(result: TagResult, shown: string, serialHits: Finding[]): Verdict | null {
  const parts: string[] = [];
  const holes: Hole[] = [];
  let current = '[';
  let serials = 0;
  const evidence = result.evidence;
  for (let i = 0; i < evidence.length; i++) {
    const ev = evidence[i];
    if (i > 0) current += ',';
    if (ev.field === 'mac') {
      const head = MAC_ITEM_HEAD + JSON.stringify(shown);
      const text = JSON.stringify(ev);
      if (ev.value !== shown || !text.startsWith(head)) return null;
      parts.push(current + MAC_ITEM_HEAD);
      holes.push(MAC_VALUE);
      current = text.slice(head.length);
    } else if (ev.field === 'serial') {
      const hit = serialHits[serials];
      if (!hit || hit.ev.rule !== ev.rule || hit.ev.value !== ev.value) return null;
      parts.push(current);
      holes.push({ index: serials++, policy: ev.policy, policyVersion: ev.policyVersion, citation: ev.citation });
      current = '';
    } else current += JSON.stringify(ev);
  }
  if (serials !== serialHits.length) return null;
  parts.push(current + ']');
  return { status: result.status, company: result.company, parts, holes };
}

/** The evidence JSON of one device from a verdict: its own MAC and serial items put in the holes. */
function fill(v: Verdict, shown: string, serialHits: Finding[]): string {
  if (v.holes.length === 0) return v.parts[0];
  let json = v.parts[0];
  for (let i = 0; i < v.holes.length; i++) {
    const hole = v.holes[i];
    if (hole === MAC_VALUE) json += JSON.stringify(shown);
    else {
      const ev = serialHits[hole.index].ev; // this device's own, fresh: decide() would only have set its policy
      ev.policy = hole.policy;
      ev.policyVersion = hole.policyVersion;
      ev.citation = hole.citation;
      json += JSON.stringify(ev);
    }
    json += v.parts[i + 1];
  }
  return json;
}

/** `${length}:${text}`, so that no two lists of texts give the same key. */
const part = (text: string) => `${text.length}:${text}`;
const NO_FINDINGS: Finding[] = [];

/** The device's status, company and evidence JSON; equal to tagDevice's result, stringified. */
export function tagDeviceJson(rules: RuleSet, device: StoredTagInput, active: ReadonlySet<string>, registry: RegistryLookup | null, memo: TagMemo): TaggedJson {
  const serial = normaliseModel(device.serial);
  const serialHits = serial === null ? NO_FINDINGS : serialFindings(rules, serial);
  const hex = device.mac ? normaliseMac(device.mac) : null;
  const macClass = hex === null ? null : classifyMac(rules, hex, registry);
  // The address is shown only when its class yields findings.
  const shown = hex !== null && macClass !== null ? formatMac(hex) : '';
  let model: string | null | undefined = null;
  if (device.model) {
    model = memo.models.get(device.model);
    if (model === undefined) memo.models.set(device.model, (model = normaliseModel(device.model)));
  }
  let key = part(device.manufacturer ?? '') + part(device.extra) + part(model ?? '') + part(device.sourceTool ?? '') + part(String(serialHits.length));
  for (const f of serialHits) key += part(f.ev.rule) + part(f.ev.company ?? '');
  key += macClassKey(macClass);

  const verdict = memo.verdicts.get(key);
  if (verdict) return { status: verdict.status, company: verdict.company, evidenceJson: fill(verdict, shown, serialHits) };

  const input = { manufacturer: device.manufacturer, model: device.model, serial: device.serial, mac: device.mac, sourceTool: device.sourceTool, extra: parseExtra(device.extra) };
  const result = decide(rules, collectFindings(rules, input, registry, memo.names), active);
  const evidenceJson = JSON.stringify(result.evidence);
  const made = cut(result, shown, serialHits);
  // Kept only when it gives back this very device's JSON (the fresh serial findings are this device's too).
  if (made && fill(made, shown, serialHits) === evidenceJson) memo.verdicts.set(key, made);
  return { status: result.status, company: result.company, evidenceJson };
}

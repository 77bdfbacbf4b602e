// Evidence collection: each field a register holds is checked against the rule
// set and yields findings. A finding names an identity (a listed company or a
// clear maker) and a grade; decide.ts turns the findings into a status.
import type { Evidence } from '../../api/types';
import type { ClearMakerDef, Confidence, Grade, OuiBlock } from '../policies/types';
import { formatMac, isLocallyAdministered, normaliseMac, normaliseModel } from './normalise';
import { appendNote, DATA_NOTE_PREFIXES, setNote } from './note-keys';
import { companyLabel, lookupName, type NameTarget, type RuleSet } from './rules';

/** The fields of a device the matcher reads. */
export interface TagInput {
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  sourceTool: string | null;
  /** Unmapped columns; vendor/manufacturer-like ones are read as maker text. */
  extra?: Record<string, string> | null;
}

/** Registrant of a MAC prefix in the IEEE registry, longest prefix first. */
export type RegistryLookup = (hex12: string) => { prefix: string; org: string } | null;

export interface Finding {
  ev: Evidence;
  /** `company:<id>` or `clear:<id>`; null for a note that points nowhere. */
  identity: string | null;
  grade: Grade | 'clear' | 'note';
  /** For a shape shared with other makers: the grade it takes once a name or MAC agrees. */
  contextGrade?: Grade;
}

export function strengthOf(c: Confidence): Evidence['strength'] {
  return c === 'confirmed' ? 'strong' : c === 'reported' ? 'medium' : 'weak';
}

function blank(field: string, value: string, rule: string): Evidence {
  return { field, value, rule, company: null, policy: null, policyVersion: null, citation: null, strength: 'weak' };
}

/** A MAC block's registrant read as a name: the note starts by saying where the name came from. */
interface Via {
  text: string;
  prefix: string;
  org: string;
}

function fromName(field: string, value: string, t: NameTarget, via?: Via): Finding {
  const ev = blank(field, value, '');
  const viaText = via?.text ?? '';
  const note = (key: string, params: Record<string, string | undefined>, english: string) =>
    setNote(ev, via ? `registry-via+${key}` : key, via ? { prefix: via.prefix, org: via.org, ...params } : params, `${viaText}${english}`);
  if (t.target === 'clear') {
    ev.rule = t.kind === 'lookalike' ? 'lookalike' : 'clear-maker';
    ev.kind = t.kind === 'lookalike' ? 'lookalike' : 'clear-maker';
    ev.strength = strengthOf(t.confidence);
    note('clear-maker', { name: t.name, detail: t.note }, `${t.name} is not named by any policy in the rule set${t.note ? `. ${t.note}` : '.'}`);
    return { ev, identity: `clear:${t.id}`, grade: 'clear' };
  }
  ev.company = t.id;
  ev.rule = `name:${t.kind}`;
  ev.strength = strengthOf(t.confidence);
  ev.kind = t.grade === 'relabel' ? 'relabel' : t.kind === 'brand' || t.kind === 'entity' ? 'brand' : 'maker';
  const rel = t.relation ? ` (${t.relation})` : '';
  const company = companyLabel(t.id);
  if (t.grade === 'relabel') note('relabel', { name: t.name, company }, `${t.name} is a reported OEM relabel of ${company}: likely ${company}-made, verify.`);
  else if (t.grade === 'review') {
    note(
      'review-link',
      { name: t.name, relation: t.relation, company, confidence: t.confidence, timeScope: t.timeScope },
      `${t.name}${rel} is linked to ${company} only with ${t.confidence} confidence${t.timeScope ? `; ${t.timeScope}` : ''}: review.`,
    );
  } else if (t.kind === 'brand' || t.kind === 'entity') note('brand-match', { name: t.name, company, relation: t.relation }, `Matches "${t.name}", a ${company} brand${rel}.`);
  else note('name-match', { name: t.name, company }, `Matches "${t.name}", a name of ${company}.`);
  return { ev, identity: `company:${t.id}`, grade: t.grade };
}

function nameFindings(rules: RuleSet, field: string, text: string | null | undefined, cache: Map<string, NameTarget[]>): Finding[] {
  if (!text || !text.trim()) return [];
  let targets = cache.get(text);
  if (!targets) {
    targets = lookupName(rules, text);
    cache.set(text, targets);
  }
  return targets.map((t) => fromName(field, text.trim(), t));
}

function modelFindings(rules: RuleSet, model: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const p of rules.modelPatterns) {
    if (seen.has(p.company) || !p.re.test(model)) continue;
    seen.add(p.company);
    const ev = blank('model', model, p.def.id);
    ev.company = p.company;
    ev.strength = strengthOf(p.def.confidence);
    ev.kind = p.def.grade === 'relabel' ? 'relabel' : p.def.grade === 'review' ? 'brand' : 'maker';
    setNote(ev, 'model-pattern', { company: companyLabel(p.company), pattern: p.def.id, covers: p.def.covers },
      `Model matches the ${companyLabel(p.company)} pattern ${p.def.id}${p.def.covers ? ` (${p.def.covers})` : ''}.`);
    // Too-generic shapes count only when a name or MAC says the same company (decide.ts checks).
    const needsContext = p.def.needsManufacturerContext;
    out.push({ ev, identity: `company:${p.company}`, grade: needsContext ? 'note' : p.def.grade, contextGrade: needsContext ? p.def.grade : undefined });
    if (p.def.needsManufacturerContext) appendNote(ev, 'shared-shape', ' This shape is shared with other makers, so it counts only with a matching maker name or MAC.');
  }
  for (const g of rules.guards) {
    if (!g.re.test(model)) continue;
    const ev = blank('model', model, g.def.id);
    ev.kind = 'lookalike';
    setNote(ev, `${DATA_NOTE_PREFIXES.modelGuards}.${g.def.id}`, {}, g.def.note);
    out.push({ ev, identity: null, grade: 'note' });
  }
  return out;
}

export function serialFindings(rules: RuleSet, serial: string): Finding[] {
  const out: Finding[] = [];
  for (const p of rules.serialPatterns) {
    const m = p.re.exec(serial);
    if (!m) continue;
    const embedded = m[1];
    const modelHit = rules.modelPatterns.find((mp) => mp.company === p.company && !mp.def.needsManufacturerContext && mp.re.test(embedded));
    if (!modelHit) continue;
    const ev = blank('serial', serial, p.def.id);
    ev.company = p.company;
    ev.strength = strengthOf(p.def.confidence);
    ev.kind = 'maker';
    setNote(ev, 'serial-model', { company: companyLabel(p.company), model: embedded, pattern: modelHit.def.id, date: m[2] },
      `Serial embeds the ${companyLabel(p.company)} model ${embedded} (${modelHit.def.id}) followed by the date ${m[2]}.`);
    out.push({ ev, identity: `company:${p.company}`, grade: 'maker' });
  }
  return out;
}

function registryOf(prefix: string): string {
  return prefix.length === 6 ? 'MA-L' : prefix.length === 7 ? 'MA-M' : 'MA-S';
}

function prefixesOf(hex12: string): string[] {
  return [hex12.slice(0, 9), hex12.slice(0, 7), hex12.slice(0, 6)];
}

/**
 * What a MAC address says is decided by its block alone: software-made, a block
 * the rule data excludes, lists or clears, or a registrant the rule set can name.
 * The rest of the address only appears as the evidence's value, which lets a
 * tagging run reuse one device's verdict for every device of the same block.
 */
export type MacClass =
  | { kind: 'local' }
  | { kind: 'excluded'; prefix: string; excluded: { company: string; registrant: string; reason: string } }
  | { kind: 'listed'; prefix: string; listed: { company: string; entry: OuiBlock } }
  | { kind: 'clear'; prefix: string; clear: ClearMakerDef }
  | { kind: 'registry'; prefix: string; org: string };

/** The class of a normalised (12 hex digit) address, or null when it says nothing. */
export function classifyMac(rules: RuleSet, hex: string, registry: RegistryLookup | null): MacClass | null {
  if (isLocallyAdministered(hex)) return { kind: 'local' };
  for (const prefix of prefixesOf(hex)) {
    const excluded = rules.ouiExcluded.get(prefix);
    if (excluded) return { kind: 'excluded', prefix, excluded };
    const listed = rules.ouiListed.get(prefix);
    if (listed) return { kind: 'listed', prefix, listed };
    const clear = rules.ouiClear.get(prefix);
    if (clear) return { kind: 'clear', prefix, clear };
  }
  const reg = registry?.(hex);
  return reg ? { kind: 'registry', prefix: reg.prefix, org: reg.org } : null;
}

/** A short text that is equal for two classes exactly when they give the same findings. */
export function macClassKey(c: MacClass | null): string {
  if (!c) return '';
  return c.kind === 'local' ? 'local' : `${c.kind}:${c.prefix}`;
}

/** The findings of a MAC of class `c`, shown as `shown` (aa:bb:cc:dd:ee:ff). */
export function macClassFindings(rules: RuleSet, c: MacClass | null, shown: string, nameCache: Map<string, NameTarget[]>): Finding[] {
  if (!c) return [];
  if (c.kind === 'local') {
    const ev = blank('mac', shown, 'oui:local');
    ev.kind = 'note';
    setNote(ev, 'mac-local', {}, 'Locally administered (software-made) address: it names no maker.');
    return [{ ev, identity: null, grade: 'note' }];
  }
  const prefix = c.prefix;
  if (c.kind === 'excluded') {
    const excluded = c.excluded;
    const ev = blank('mac', shown, `oui-exclusion:${prefix}`);
    ev.kind = 'lookalike';
    setNote(ev, 'mac-excluded', { prefix, registrant: excluded.registrant, reason: excluded.reason, company: companyLabel(excluded.company) },
      `MAC block ${prefix} is registered to ${excluded.registrant}: ${excluded.reason}; not ${companyLabel(excluded.company)}.`);
    return [{ ev, identity: null, grade: 'note' }];
  }
  if (c.kind === 'listed') {
    const listed = c.listed;
    const e = listed.entry;
    const ev = blank('mac', shown, `oui:${registryOf(prefix)}`);
    ev.company = listed.company;
    ev.strength = strengthOf(e.confidence);
    ev.kind = e.grade === 'maker' ? 'maker' : 'brand';
    setNote(ev, 'mac-listed', { prefix, registry: registryOf(prefix), registrant: e.registrant, relation: e.relation, status: e.status },
      `MAC block ${prefix} (${registryOf(prefix)}) is registered to ${e.registrant}: ${e.relation}, ${e.status}.`);
    return [{ ev, identity: `company:${listed.company}`, grade: e.grade }];
  }
  if (c.kind === 'clear') {
    const clear = c.clear;
    const ev = blank('mac', shown, `oui:${registryOf(prefix)}`);
    ev.kind = clear.kind === 'lookalike' ? 'lookalike' : 'clear-maker';
    ev.strength = strengthOf(clear.confidence);
    setNote(ev, 'mac-clear', { prefix, name: clear.name }, `MAC block ${prefix} is registered to ${clear.name}, which no policy names.`);
    return [{ ev, identity: `clear:${clear.id}`, grade: 'clear' }];
  }
  const org = c.org;
  let targets = nameCache.get(org);
  if (!targets) {
    targets = lookupName(rules, org);
    nameCache.set(org, targets);
  }
  return targets.map((t) => {
    const f = fromName('mac', shown, t, { text: `MAC block ${prefix} is registered to ${org}; `, prefix, org });
    f.ev.rule = `oui-registry:${registryOf(prefix)}`;
    return f;
  });
}

function macFindings(rules: RuleSet, raw: string, registry: RegistryLookup | null, nameCache: Map<string, NameTarget[]>): Finding[] {
  const hex = normaliseMac(raw);
  if (!hex) return [];
  return macClassFindings(rules, classifyMac(rules, hex, registry), formatMac(hex), nameCache);
}

function sourceToolFindings(rules: RuleSet, tool: string): Finding[] {
  const def = rules.sourceTools.get(tool) ?? [...rules.sourceTools.values()].find((d) => d.id.startsWith(`${tool}-`) || tool.startsWith(`${d.id}-`));
  if (!def) return [];
  const ev = blank('source_tool', tool, `source-tool:${def.id}`);
  ev.company = def.company;
  ev.strength = def.grade === 'note' ? 'weak' : strengthOf(def.confidence);
  ev.kind = def.grade === 'maker' ? 'maker' : 'note';
  setNote(ev, `${DATA_NOTE_PREFIXES.sourceTools}.${def.id}`, {}, def.note);
  return [{ ev, identity: def.grade === 'note' ? null : `company:${def.company}`, grade: def.grade }];
}

const MAKER_LIKE_COLUMN = /vendor|manufacturer|maker|brand|make\b|oem/i;

/** Per-tagging-run memo of name lookups (same text, same answer). */
export interface EvidenceCache {
  names: Map<string, NameTarget[]>;
}

export function newEvidenceCache(): EvidenceCache {
  return { names: new Map() };
}

/** All findings for one device, in a fixed field order (never depends on other rows). */
export function collectFindings(rules: RuleSet, d: TagInput, registry: RegistryLookup | null, cache: EvidenceCache): Finding[] {
  const out: Finding[] = [];
  out.push(...nameFindings(rules, 'manufacturer', d.manufacturer, cache.names));
  if (d.extra) {
    for (const key of Object.keys(d.extra).sort()) {
      if (MAKER_LIKE_COLUMN.test(key)) out.push(...nameFindings(rules, `extra.${key}`, d.extra[key], cache.names));
    }
  }
  const model = normaliseModel(d.model);
  if (model) out.push(...modelFindings(rules, model));
  const serial = normaliseModel(d.serial);
  if (serial) out.push(...serialFindings(rules, serial));
  if (d.mac) out.push(...macFindings(rules, d.mac, registry, cache.names));
  if (d.sourceTool) out.push(...sourceToolFindings(rules, d.sourceTool));
  return out;
}

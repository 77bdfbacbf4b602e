// Compiles the policy data into lookup structures once: name index, OUI maps,
// compiled regexes. Everything the matcher needs per device is a Map lookup or
// a precompiled regex, so tagging 100k devices stays well under two seconds.
import type {
  ClearMakerDef,
  CompanyDef,
  Confidence,
  Grade,
  ModelGuardDef,
  ModelPatternDef,
  OuiBlock,
  PolicyData,
  PolicyDef,
  SourceToolDef,
} from '../policies/types';
import { hasCjk, nameTokens } from './normalise';

/** What a matched name points at. */
export interface NameTarget {
  /** A listed company id, or a clear maker id. */
  id: string;
  target: 'company' | 'clear';
  grade: Grade | 'clear';
  confidence: Confidence;
  kind: string;
  /** The name as written in the rule data. */
  name: string;
  relation?: string;
  timeScope?: string;
  note?: string;
}

export interface CompiledPattern {
  company: string;
  def: ModelPatternDef;
  re: RegExp;
}

export interface RuleSet {
  data: PolicyData;
  names: Map<string, NameTarget[]>;
  /** Multi-word names with the spaces removed ("hik vision" is "hikvision"). */
  compactNames: Map<string, NameTarget[]>;
  cjkNames: Array<[string, NameTarget]>;
  maxNameTokens: number;
  ouiListed: Map<string, { company: string; entry: OuiBlock }>;
  ouiExcluded: Map<string, { company: string; registrant: string; reason: string }>;
  ouiClear: Map<string, ClearMakerDef>;
  modelPatterns: CompiledPattern[];
  serialPatterns: CompiledPattern[];
  guards: Array<{ def: ModelGuardDef; re: RegExp }>;
  sourceTools: Map<string, SourceToolDef>;
  policies: PolicyDef[];
  companies: Map<string, CompanyDef>;
  clearMakers: Map<string, ClearMakerDef>;
}

function add(map: Map<string, NameTarget[]>, key: string, t: NameTarget): void {
  const list = map.get(key);
  if (!list) map.set(key, [t]);
  else if (!list.some((x) => x.id === t.id && x.grade === t.grade && x.kind === t.kind)) list.push(t);
}

export function compileRules(data: PolicyData): RuleSet {
  const names = new Map<string, NameTarget[]>();
  const compactNames = new Map<string, NameTarget[]>();
  const cjkNames: Array<[string, NameTarget]> = [];
  let maxNameTokens = 1;
  const index = (text: string, t: NameTarget) => {
    if (hasCjk(text)) {
      cjkNames.push([text.trim(), t]);
      return;
    }
    const tokens = nameTokens(text);
    if (tokens.length === 0) return;
    maxNameTokens = Math.max(maxNameTokens, tokens.length);
    add(names, tokens.join(' '), t);
    if (tokens.length > 1) add(compactNames, tokens.join(''), t);
  };
  for (const c of data.companies) {
    for (const n of c.names) {
      index(n.name, { id: c.id, target: 'company', grade: n.grade, confidence: n.confidence, kind: n.kind, name: n.name, relation: n.relation, timeScope: n.timeScope });
    }
  }
  for (const m of data.clearMakers) {
    for (const n of m.names) index(n, { id: m.id, target: 'clear', grade: 'clear', confidence: m.confidence, kind: m.kind, name: m.name, note: m.note });
  }

  const ouiListed = new Map<string, { company: string; entry: OuiBlock }>();
  const ouiExcluded = new Map<string, { company: string; registrant: string; reason: string }>();
  const modelPatterns: CompiledPattern[] = [];
  const serialPatterns: CompiledPattern[] = [];
  for (const c of data.companies) {
    for (const block of c.oui) for (const prefix of block.prefixes) ouiListed.set(prefix, { company: c.id, entry: block });
    for (const x of c.ouiExclusions) ouiExcluded.set(x.prefix.toUpperCase(), { company: c.id, ...x });
    for (const p of c.modelPatterns) {
      const compiled = { company: c.id, def: p, re: new RegExp(p.regex, p.flags) };
      (p.appliesTo === 'serial' ? serialPatterns : modelPatterns).push(compiled);
    }
  }
  const ouiClear = new Map<string, ClearMakerDef>();
  for (const m of data.clearMakers) for (const p of m.oui) ouiClear.set(p.toUpperCase(), m);

  return {
    data,
    names,
    compactNames,
    cjkNames,
    maxNameTokens,
    ouiListed,
    ouiExcluded,
    ouiClear,
    modelPatterns,
    serialPatterns,
    guards: data.modelGuards.map((def) => ({ def, re: new RegExp(def.regex, def.flags) })),
    sourceTools: new Map(data.sourceTools.map((s) => [s.id, s])),
    policies: data.policies,
    companies: new Map(data.companies.map((c) => [c.id, c])),
    clearMakers: new Map(data.clearMakers.map((m) => [m.id, m])),
  };
}

/**
 * The targets of the longest rule name found in `text` at word boundaries
 * ("Shanghai Dahua Scale Factory" finds the look-alike, not Dahua), or [].
 */
export function lookupName(rules: RuleSet, text: string): NameTarget[] {
  const cjk = hasCjk(text) ? rules.cjkNames.filter(([n]) => text.includes(n)) : [];
  if (cjk.length) {
    const longest = Math.max(...cjk.map(([n]) => n.length));
    return cjk.filter(([n]) => n.length === longest).map(([, t]) => t);
  }
  const tokens = nameTokens(text);
  const maxN = Math.min(rules.maxNameTokens, tokens.length);
  for (let n = maxN; n >= 1; n--) {
    let found: NameTarget[] = [];
    for (let i = 0; i + n <= tokens.length; i++) {
      const hit = rules.names.get(tokens.slice(i, i + n).join(' '));
      if (hit) found = found.concat(hit);
    }
    // Words written apart ("Hik Vision") are compared with the spaces removed.
    if (found.length === 0 && n >= 2) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const joined = tokens.slice(i, i + n).join('');
        const hit = rules.names.get(joined) ?? rules.compactNames.get(joined);
        if (hit) found = found.concat(hit);
      }
    }
    if (found.length) return found;
  }
  return [];
}

const COMPANY_LABELS: Record<string, string> = { hikvision: 'Hikvision', dahua: 'Dahua', huawei: 'Huawei', zte: 'ZTE', hytera: 'Hytera' };

/** The short name used in evidence sentences. */
export function companyLabel(id: string): string {
  return COMPANY_LABELS[id] ?? id;
}

// From findings to a status, under the active policies.
//   restricted — a listed company (or its confirmed brand) matched, and an active binding policy names it for sure;
//   review     — a relabel, a brand only reported, conflicting evidence, a company no active policy names, or nothing;
//   clear      — a maker no policy lists, with nothing pointing elsewhere.
// Unknown devices are never clear; conflicts are always written as an evidence item.
import type { DeviceStatus, Evidence } from '../../api/types';
import type { PolicyDef } from '../policies/types';
import type { Finding } from './evidence';
import { companyLabel, type RuleSet } from './rules';

export interface TagResult {
  status: DeviceStatus;
  company: string | null;
  evidence: Evidence[];
}

const WEIGHT: Record<Evidence['strength'], number> = { strong: 3, medium: 2, weak: 1, conflict: 0 };

function item(field: string, value: string, rule: string, kind: Evidence['kind'], note: string, company: string | null = null): Evidence {
  return { field, value, rule, company, policy: null, policyVersion: null, citation: null, strength: kind === 'conflict' ? 'conflict' : 'weak', note, kind };
}

function withPolicy(ev: Evidence, p: PolicyDef): void {
  ev.policy = p.id;
  ev.policyVersion = p.version;
  ev.citation = { ...p.citation };
}

function policyItem(p: PolicyDef, company: string, binding: boolean): Evidence {
  const cover = p.covers.find((c) => c.company === company);
  const ev = item('policy', p.name, `policy:${p.id}`, 'policy', '', company);
  ev.strength = binding ? 'strong' : 'medium';
  ev.note = binding
    ? `${p.name} (${p.jurisdiction}, ${p.date}, version ${p.version}) names ${companyLabel(company)}.`
    : `${p.name} (${p.jurisdiction}, ${p.date}) ${p.kind === 'guidance' ? 'is guidance that names no company' : `covers ${companyLabel(company)} only by report`}${cover?.note ? `: ${cover.note}` : '.'}`;
  withPolicy(ev, p);
  return ev;
}

function label(rules: RuleSet, identity: string): string {
  const [kind, id] = identity.split(':');
  return kind === 'clear' ? (rules.clearMakers.get(id)?.name ?? id) : companyLabel(id);
}

export function decide(rules: RuleSet, findings: Finding[], active: ReadonlySet<string>): TagResult {
  const named = new Set(findings.filter((f) => f.grade !== 'note' && f.identity).map((f) => f.identity));
  for (const f of findings) {
    if (f.contextGrade && named.has(f.identity)) {
      f.grade = f.contextGrade;
      f.ev.note = `${f.ev.note} A maker name or MAC agrees.`;
    }
  }
  const counted = findings.filter((f) => f.grade !== 'note' && f.identity);
  const evidence = findings.map((f) => f.ev);
  const identities = [...new Set(counted.map((f) => f.identity!))];

  if (identities.length === 0) {
    evidence.push(item('*', '', 'no-evidence', 'none', 'Nothing in this row names a maker the rule set knows: review until the maker is known.'));
    return { status: 'review', company: null, evidence };
  }

  const companyScores = new Map<string, number>();
  for (const f of counted) {
    if (!f.identity!.startsWith('company:')) continue;
    const id = f.identity!.slice(8);
    companyScores.set(id, (companyScores.get(id) ?? 0) + WEIGHT[f.ev.strength] * (f.grade === 'maker' ? 2 : 1));
  }
  const bestCompany = [...companyScores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

  if (identities.length > 1) {
    const says = identities.map((idn) => {
      const fields = [...new Set(counted.filter((f) => f.identity === idn).map((f) => f.ev.field))].join(', ');
      return `${fields} says ${label(rules, idn)}`;
    });
    evidence.push(item('*', identities.map((i) => label(rules, i)).join(' / '), 'conflict', 'conflict', `Evidence disagrees: ${says.join('; ')}. Review.`, bestCompany));
    return { status: 'review', company: bestCompany, evidence };
  }

  const only = identities[0];
  if (only.startsWith('clear:')) return { status: 'clear', company: null, evidence };

  const company = only.slice(8);
  const makerGrade = counted.some((f) => f.grade === 'maker');
  const covering = rules.policies.filter((p) => p.covers.some((c) => c.company === company));
  const activeCovering = covering.filter((p) => active.has(p.id));
  const binding = activeCovering.filter((p) => p.kind === 'binding' && p.covers.some((c) => c.company === company && c.confidence === 'confirmed'));
  const ofCompany = evidence.filter((e) => e.company === company);

  if (makerGrade && binding.length > 0) {
    for (const e of ofCompany) withPolicy(e, binding[0]);
    for (const p of binding) evidence.push(policyItem(p, company, true));
    for (const p of activeCovering.filter((p) => !binding.includes(p))) evidence.push(policyItem(p, company, false));
    return { status: 'restricted', company, evidence };
  }

  if (activeCovering.length > 0) for (const e of ofCompany) withPolicy(e, binding[0] ?? activeCovering[0]);
  for (const p of activeCovering) evidence.push(policyItem(p, company, binding.includes(p)));
  let why: string;
  if (!makerGrade) why = `Only a relabel, a reported brand or a time-scoped link points at ${companyLabel(company)}: confirm who made it.`;
  else if (activeCovering.length === 0) {
    why = covering.length
      ? `${companyLabel(company)} is named by ${covering.map((p) => p.id).join(', ')}, none of which is active.`
      : `No policy in the rule set names ${companyLabel(company)}.`;
  } else why = `The active policies name ${companyLabel(company)} only as guidance or by report.`;
  evidence.push(item('*', company, 'review-reason', 'note', why, company));
  return { status: 'review', company, evidence };
}

export interface OverrideInfo {
  id: number;
  status: 'restricted' | 'clear';
  reason: string;
  user: string;
  at: string;
}

/** A user's decision replaces the computed status; the computed evidence stays beside it. */
export function applyOverride(result: TagResult, o: OverrideInfo): TagResult {
  const ev = item('override', o.status, 'override', 'override', `Set to ${o.status} by ${o.user} on ${o.at}: ${o.reason}`, result.company);
  ev.strength = 'strong';
  return { status: o.status, company: result.company, evidence: [ev, ...result.evidence] };
}

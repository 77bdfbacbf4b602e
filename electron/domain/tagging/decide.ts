// From findings to a status, under the active policies.
//   restricted — a listed company (or its confirmed brand) matched, and an active binding policy names it for sure;
//   review     — a relabel, a brand only reported, conflicting evidence, a company no active policy names, or nothing;
//   clear      — a maker no policy lists, with nothing pointing elsewhere.
// Unknown devices are never clear; conflicts are always written as an evidence item.
import type { DeviceStatus, Evidence } from '../../api/types';
import type { PolicyDef } from '../policies/types';
import type { Finding } from './evidence';
import { appendNote, setNote } from './note-keys';
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
  const params = { policy: p.name, jurisdiction: p.jurisdiction, date: p.date, company: companyLabel(company) };
  if (binding) setNote(ev, 'policy-binding', { ...params, version: p.version }, `${p.name} (${p.jurisdiction}, ${p.date}, version ${p.version}) names ${companyLabel(company)}.`);
  else {
    setNote(
      ev,
      p.kind === 'guidance' ? 'policy-guidance' : 'policy-by-report',
      { ...params, company: p.kind === 'guidance' ? undefined : params.company, detail: cover?.note },
      `${p.name} (${p.jurisdiction}, ${p.date}) ${p.kind === 'guidance' ? 'is guidance that names no company' : `covers ${companyLabel(company)} only by report`}${cover?.note ? `: ${cover.note}` : '.'}`,
    );
  }
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
      appendNote(f.ev, 'context-agrees', ' A maker name or MAC agrees.');
    }
  }
  const counted = findings.filter((f) => f.grade !== 'note' && f.identity);
  const evidence = findings.map((f) => f.ev);
  const identities = [...new Set(counted.map((f) => f.identity!))];

  if (identities.length === 0) {
    const none = item('*', '', 'no-evidence', 'none', '');
    setNote(none, 'no-evidence', {}, 'Nothing in this row names a maker the rule set knows: review until the maker is known.');
    evidence.push(none);
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
    const params: Record<string, string> = {};
    const says = identities.map((idn, i) => {
      const fields = [...new Set(counted.filter((f) => f.identity === idn).map((f) => f.ev.field))].join(', ');
      params[`fields${i + 1}`] = fields;
      params[`company${i + 1}`] = label(rules, idn);
      return `${fields} says ${label(rules, idn)}`;
    });
    const conflict = item('*', identities.map((i) => label(rules, i)).join(' / '), 'conflict', 'conflict', '', bestCompany);
    const english = `Evidence disagrees: ${says.join('; ')}. Review.`;
    // Two or three identities have a sentence in the catalogue; more stay in English.
    if (says.length <= 3) setNote(conflict, `conflict.${says.length}`, params, english);
    else conflict.note = english;
    evidence.push(conflict);
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
  const name = companyLabel(company);
  const reason = item('*', company, 'review-reason', 'note', '', company);
  if (!makerGrade) setNote(reason, 'review-relabel-only', { company: name }, `Only a relabel, a reported brand or a time-scoped link points at ${name}: confirm who made it.`);
  else if (activeCovering.length === 0) {
    const policies = covering.map((p) => p.id).join(', ');
    if (covering.length) setNote(reason, 'review-inactive', { company: name, policies }, `${name} is named by ${policies}, none of which is active.`);
    else setNote(reason, 'review-no-policy', { company: name }, `No policy in the rule set names ${name}.`);
  } else setNote(reason, 'review-guidance-only', { company: name }, `The active policies name ${name} only as guidance or by report.`);
  evidence.push(reason);
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
  const ev = item('override', o.status, 'override', 'override', '', result.company);
  setNote(ev, 'override', { status: o.status, user: o.user, at: o.at, reason: o.reason }, `Set to ${o.status} by ${o.user} on ${o.at}: ${o.reason}`);
  ev.strength = 'strong';
  return { status: o.status, company: result.company, evidence: [ev, ...result.evidence] };
}

// Small pure helpers of the Restricted view: how a company, a device, a brand
// and a review reason are named on screen.
import type { DeviceRow, Evidence, SiteRow } from '../../../../electron/api/types';
import type { MessageKey } from '../../i18n';
import { en } from '../../i18n/en';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const KNOWN_COMPANIES = new Set(['hikvision', 'dahua', 'huawei', 'zte', 'hytera']);

export function companyLabel(t: T, company: string | null): string {
  if (company === null) return t('restricted.company.unknown');
  return KNOWN_COMPANIES.has(company) ? t(`restricted.company.${company}` as MessageKey) : company;
}

/** What a person calls the device: its asset tag, else its model, else its number. */
export function deviceLabel(t: T, d: Pick<DeviceRow, 'id' | 'assetTag' | 'model'>): string {
  return d.assetTag ?? d.model ?? t('restricted.deviceFallback', { id: d.id });
}

/** The brand that named the device (EZVIZ, HiLook, …), or null when it carries the company's own name. */
export function brandOf(d: Pick<DeviceRow, 'evidence'>): string | null {
  return d.evidence.find((e) => e.kind === 'brand')?.value ?? null;
}

export function siteLabel(lang: string, s: Pick<SiteRow, 'name' | 'nameFr'>): string {
  return lang === 'fr' && s.nameFr ? s.nameFr : s.name;
}

export type ReviewReason = 'conflict' | 'relabel' | 'nothing' | 'notCovered';

/**
 * Why the tagger left a device in review, read from its evidence: conflicting
 * signals, an OEM relabel, nothing to go on, or a company that no active
 * binding policy names for sure (e.g. Dahua while only the Canadian order is on).
 */
export function reviewReasons(evidence: Evidence[]): ReviewReason[] {
  const kinds = new Set(evidence.map((e) => e.kind));
  const reasons: ReviewReason[] = [];
  if (kinds.has('conflict')) reasons.push('conflict');
  if (kinds.has('relabel')) reasons.push('relabel');
  if (kinds.has('none') || evidence.length === 0) reasons.push('nothing');
  if (reasons.length === 0) reasons.push('notCovered');
  return reasons;
}

/** The signals worth showing beside a review item: what each field said. */
export function reviewSignals(evidence: Evidence[]): Evidence[] {
  return evidence.filter((e) => e.kind !== 'policy' && e.kind !== 'note' && e.kind !== 'none' && e.field !== '*');
}

/** The items in which the tagger explains the decision (conflict, review reason); say them with evidenceNote(). */
export function reviewNotes(evidence: Evidence[]): Evidence[] {
  return evidence.filter((e) => (e.kind === 'conflict' || e.kind === 'note' || e.kind === 'none') && e.note);
}

const FIELD_KEYS: Record<string, MessageKey> = {
  manufacturer: 'col.manufacturer',
  model: 'col.model',
  serial: 'col.serial',
  mac: 'col.mac',
};

export function fieldLabel(t: T, field: string): string {
  return field in FIELD_KEYS ? t(FIELD_KEYS[field]) : field;
}

/** A policy's name or issuer in the UI language; the data's English when the catalogue has no entry (a new policy). */
export function policyText(t: T, p: { id: string; name: string; issuer: string }, field: 'name' | 'issuer'): string {
  const key = `policies.${field}.${p.id}`;
  return key in en ? t(key as MessageKey) : p[field];
}

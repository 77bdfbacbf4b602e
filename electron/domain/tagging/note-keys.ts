// The evidence notes as catalogue keys. Each note keeps its English sentence
// (CLI, exports, stored JSON) and also names the key and values the UI uses to
// say it in the user's language: renderer/src/i18n/backend.*.ts holds
// `evidence.note.<key>` for every key below. A note made of several sentences
// joins its parts with '+'.
import type { Evidence } from '../../api/types';

/** Every note part the matcher writes (data-driven ones add `.<rule id>`: see DATA_NOTE_PREFIXES). */
export const EVIDENCE_NOTE_KEYS = [
  'registry-via',
  'clear-maker',
  'relabel',
  'review-link',
  'name-match',
  'brand-match',
  'model-pattern',
  'shared-shape',
  'context-agrees',
  'serial-model',
  'mac-local',
  'mac-excluded',
  'mac-listed',
  'mac-clear',
  'no-evidence',
  'conflict.2',
  'conflict.3',
  'review-relabel-only',
  'review-inactive',
  'review-no-policy',
  'review-guidance-only',
  'policy-binding',
  'policy-guidance',
  'policy-by-report',
  'override',
] as const;

/**
 * Notes that are whole sentences of the rule data (model guards, source tools):
 * their key is `<prefix>.<id of the rule>`, one per rule in policy-data.json.
 */
export const DATA_NOTE_PREFIXES = { modelGuards: 'model-guard', sourceTools: 'source-tool' } as const;

export type EvidenceNoteKey = (typeof EVIDENCE_NOTE_KEYS)[number];
type NoteParams = Record<string, string | number | null | undefined>;

/** Set the English note and its key; blank or missing values are left out (their part of the sentence is optional). */
export function setNote(ev: Evidence, key: EvidenceNoteKey | string, params: NoteParams, english: string): void {
  ev.note = english;
  ev.noteKey = key;
  const kept: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') kept[k] = v;
  ev.noteParams = kept;
}

/** Append a sentence to a note already set. */
export function appendNote(ev: Evidence, key: EvidenceNoteKey, english: string, params: NoteParams = {}): void {
  const base = ev.note ?? '';
  if (base && !ev.noteKey) {
    ev.note = `${base}${english}`; // a note without a key stays English as a whole
    return;
  }
  setNote(ev, ev.noteKey ? `${ev.noteKey}+${key}` : key, { ...ev.noteParams, ...params }, `${base}${english}`);
}

// Sentences the backend writes (evidence notes, import problems, refusals, API
// errors) said in the UI's language. The backend sends its English sentence
// plus a key and values; the key is looked up in the catalogue
// (backend.en.ts / backend.fr.ts) and, when the catalogue does not know it (a
// message newer than this catalogue, or evidence stored before keys existed),
// the English sentence is shown as it came.
//
// Catalogue texts for backend messages may use, besides `{param}` and plurals:
//   [[text with {param}]]        kept only when every {param} inside has a value;
//   [[text with {param}|other]]  `other` when a value is missing.
// A value is itself translated when the catalogue has `backend.value.<param>.<value>`
// (a confidence, a status, the key a duplicate matched by). A value `X` that comes
// with `X__key` is a nested message: it is said from that key with the `X__*` values
// (its final full stop dropped, as the English does).
import type { Evidence } from '../../../electron/api/types';
import type { ApiError } from '../../../electron/api/types';
import type { ImportProblem, ImportSheet } from '../../../electron/api/import-types';
import { catalogues, formatMessage, type Lang } from './index';

export type Params = Record<string, string | number>;
/** Optional relabelling of values the caller knows how to say (field names, for instance). */
export type ValueLabel = (param: string, value: string | number) => string | undefined;

const OPTIONAL = /\[\[((?:(?!\]\]).)*?)\]\]/g;

function lookup(lang: Lang, key: string): string | undefined {
  const cat = catalogues[lang] as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(cat, key) ? cat[key] : undefined;
}

function resolveOptional(text: string, params: Params): string {
  return text.replace(OPTIONAL, (_m, body: string) => {
    const [yes, no = ''] = body.split('|');
    const names = [...yes.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    return names.every((n) => params[n] !== undefined && params[n] !== '') ? yes : no;
  });
}

function sayValues(lang: Lang, params: Params, label?: ValueLabel): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.includes('__')) continue;
    const nestedKey = params[`${name}__key`];
    if (typeof nestedKey === 'string') {
      const nested: Params = {};
      for (const [k, v] of Object.entries(params)) if (k.startsWith(`${name}__`) && k !== `${name}__key`) nested[k.slice(name.length + 2)] = v;
      const said = sayKey(lang, nestedKey, nested, label);
      out[name] = said === null ? value : said.replace(/\.$/, '');
      continue;
    }
    out[name] = label?.(name, value) ?? lookup(lang, `backend.value.${name}.${value}`) ?? value;
  }
  return out;
}

/** The catalogue's sentence for a key (parts joined by '+'), or null when any part is unknown. */
export function sayKey(lang: Lang, key: string, params: Params = {}, label?: ValueLabel): string | null {
  const parts = key.split('+').map((k) => lookup(lang, k));
  if (parts.some((p) => p === undefined)) return null;
  const values = sayValues(lang, params, label);
  return parts.map((p) => formatMessage(lang, resolveOptional(p!, values), values)).join('');
}

/** A backend sentence in the UI's language: the catalogue's when it knows the key, else the English as sent. */
export function backendMessage(lang: Lang, m: { key?: string | null; params?: Params; message: string }, label?: ValueLabel): string {
  if (!m.key) return m.message;
  return sayKey(lang, m.key, m.params, label) ?? m.message;
}

/** Each part of an evidence note key is `evidence.note.<part>`. */
export function evidenceNote(lang: Lang, ev: Pick<Evidence, 'note' | 'noteKey' | 'noteParams'>, label?: ValueLabel): string | null {
  if (!ev.note) return null;
  const key = ev.noteKey?.split('+').map((k) => `evidence.note.${k}`).join('+');
  return backendMessage(lang, { key, params: ev.noteParams, message: ev.note }, label);
}

export function problemMessage(lang: Lang, p: Pick<ImportProblem, 'message' | 'code' | 'params'>): string {
  return backendMessage(lang, { key: p.code ? `problem.${p.code}` : null, params: p.params, message: p.message });
}

export function sheetReason(lang: Lang, s: Pick<ImportSheet, 'ignoredReason' | 'ignoredCode'>): string {
  return backendMessage(lang, { key: s.ignoredCode ? `sheetReason.${s.ignoredCode}` : null, message: s.ignoredReason ?? '' });
}

/**
 * An API error in the UI's language. A precise sentence (`apiError.<key>` with its values) when the
 * catalogue has one; otherwise, outside English, the code's general sentence (`apiError.<CODE>`) — a
 * general sentence in the user's language beats a precise one in the other — and in English the
 * backend's own sentence.
 */
export function apiErrorMessage(lang: Lang, e: ApiError): string {
  const precise = sayKey(lang, `apiError.${e.key ?? e.code}`, e.params);
  if (precise !== null && (e.params || e.key || lang !== 'en' || !e.message)) return precise;
  if (lang !== 'en') return sayKey(lang, `apiError.${e.code}`) ?? e.message;
  return e.message;
}

/** The UI's language as the page declares it (I18nProvider sets <html lang>): for code outside React, such as the API client. */
export function documentLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

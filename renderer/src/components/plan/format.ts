// Plan-page conversions between what a person types (dollars, hours, fiscal
// years, in English or French habits) and what the API takes (integer cents,
// minutes, '2026-27'). Pure functions so the tests can pin them down.
import type { Lang } from '../../i18n';

/** '2026-27' in English, '2026-2027' in French (« exercice 2026-2027 »). */
export function fyText(fy: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(fy);
  if (!m || lang === 'en') return fy;
  return `${m[1]}-${Number(m[1]) + 1}`;
}

/** Start year of a fiscal-year label when it is well formed ('2026-27' -> 2026), else null. */
export function fyStartYear(label: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(label.trim());
  if (!m) return null;
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? start : null;
}

export function fyOfYear(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The fiscal year a 'YYYY-MM-DD' date falls in (1 April – 31 March). */
export function fyOfDate(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return Number(m[2]) >= 4 ? Number(m[1]) : Number(m[1]) - 1;
}

/**
 * A decimal number as typed: '250000', '250,000.50' (English), '250 000,50'
 * (French), with an optional '$'. Returns [whole, fraction digits] or null.
 * A lone comma followed by one or two digits is a decimal comma; followed by
 * three digits it groups thousands.
 */
function splitDecimal(text: string): [string, string] | null {
  let s = text.replace(/[\s\u00a0\u202f$]/g, '');
  if (s === '') return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
  else if (lastDot >= 0) decimalAt = s.indexOf('.') === lastDot ? lastDot : -2;
  else if (lastComma >= 0) decimalAt = s.indexOf(',') === lastComma && s.length - lastComma - 1 <= 2 ? lastComma : -1;
  if (decimalAt === -2) return null; // '1.234.567' is not an amount we can read safely
  const whole = (decimalAt >= 0 ? s.slice(0, decimalAt) : s).replace(/[,.]/g, '');
  const frac = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  s = whole;
  if (!/^\d+$/.test(s) && !(s === '' && frac !== '')) return null;
  if (!/^\d*$/.test(frac)) return null;
  return [s || '0', frac];
}

/** Dollars as typed -> integer cents, or null when it is not an amount with at most two decimals. */
export function dollarsToCents(text: string): number | null {
  const parts = splitDecimal(text);
  if (!parts) return null;
  const [whole, frac] = parts;
  if (frac.length > 2) return null;
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}

/** A number with at most `decimals` decimals as typed, in hundredths (2.5 -> 250), or null. */
export function toHundredths(text: string, decimals = 2): number | null {
  const parts = splitDecimal(text);
  if (!parts || parts[1].length > decimals) return null;
  const v = Number(parts[0]) * 100 + Number(parts[1].padEnd(2, '0') || '0');
  return Number.isSafeInteger(v) ? v : null;
}

/** A percentage 0–100 with at most two decimals, or null. */
export function parsePct(text: string): number | null {
  const h = toHundredths(text);
  if (h === null || h > 10_000) return null;
  return h / 100;
}

export function parseWhole(text: string, min = 0): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) && n >= min ? n : null;
}

/** Cents -> the plain dollar figure put in an input ('250000' or '1234.5' / '1234,5'). */
export function centsToInput(cents: number, lang: Lang): string {
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  if (frac === 0) return String(whole);
  return `${whole}${lang === 'fr' ? ',' : '.'}${String(frac).padStart(2, '0')}`;
}

/** Hundredths -> input text (150 -> '1.5'). */
export function hundredthsToInput(h: number, lang: Lang): string {
  return centsToInput(h, lang).replace(/([.,]\d)0$/, '$1');
}

export function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

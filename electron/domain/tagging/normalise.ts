// Normalisation of the identifying fields a register holds. Pure functions.

// Legal-form words dropped before comparing maker names ("Co., Ltd." and kin).
const LEGAL_SUFFIXES = new Set([
  'co', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'company', 'llc', 'llp', 'lp', 'gmbh', 'ag',
  'ab', 'sa', 'sarl', 'plc', 'pvt', 'private', 'pte', 'kft', 'srl', 'spa', 'bv', 'nv', 'oy', 'kk', 'pty',
]);

/** Lower-case, accents off, punctuation to spaces, legal suffixes dropped: the tokens of a maker name. */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t !== '' && !LEGAL_SUFFIXES.has(t));
}

export function normaliseName(text: string): string {
  return nameTokens(text).join(' ');
}

const CJK = /[\u3400-\u9fff]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Trimmed, upper-case, single-spaced model string; null when empty. */
export function normaliseModel(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = text.trim().replace(/\s+/g, ' ').toUpperCase();
  return m === '' ? null : m;
}

/** Twelve upper-case hex digits, or null when the text is not a MAC address. */
export function normaliseMac(text: string | null | undefined): string | null {
  if (!text) return null;
  const hex = text.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  if (hex.length !== 12) return null;
  if (/^0+$/.test(hex) || /^F+$/.test(hex)) return null;
  return hex;
}

export function formatMac(hex12: string): string {
  return hex12.match(/../g)!.join(':');
}

/** A locally administered address (second hex digit 2, 6, A or E) was made up by software: it has no maker. */
export function isLocallyAdministered(hex12: string): boolean {
  return (parseInt(hex12[1], 16) & 0x2) !== 0;
}

const PLACEHOLDER_IDS = new Set(['', 'NA', 'N/A', 'NONE', 'NULL', 'UNKNOWN', 'TBD', '-', '0', '?']);

/** A serial or asset tag as an identity key: upper-case, no spaces; null for placeholders. */
export function identityKey(text: string | null | undefined): string | null {
  if (!text) return null;
  const k = text.trim().replace(/\s+/g, '').toUpperCase();
  return PLACEHOLDER_IDS.has(k) ? null : k;
}

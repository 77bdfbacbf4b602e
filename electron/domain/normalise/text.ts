// Generic text normalisers shared by the importer (and anyone comparing names).

/** Trimmed text with inner whitespace collapsed; null for blank. */
export function cleanText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return s === '' ? null : s;
}

/** Lower case, accents and punctuation removed, spaces collapsed: "Numéro de série" -> "numero de serie". */
export function foldKey(v: string): string {
  return v
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A key for comparing maker names case- and punctuation-insensitively
 * ("HIKVISION", "Hik-Vision", "hikvision." -> "hikvision"). The original text
 * is what we store; this is only for comparison.
 */
export function makerKey(v: string): string {
  return foldKey(v).replace(/ /g, '');
}

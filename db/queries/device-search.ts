// The inventory's free-text search as a WHERE fragment over `devices d`.
// Every word must match somewhere (maker, model, serial, location, building,
// asset tag, IP or MAC). Words of three characters or more go through the
// FTS5 trigram index (migration 0050); shorter words fall back to a scan,
// which is only used together with a longer word or on small plans.

export interface SearchClause {
  sql: string;
  params: Record<string, unknown>;
  /** When the search is the only filter: the count straight from the index (devices_fts rowids are device ids). */
  countSql: string | null;
}

/** Quote a word as an FTS5 phrase: a trigram phrase is an exact substring. */
function phrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** The hex digits of a word that looks like a piece of a MAC address ("5a:98", "bc-ad", "bcad.28"), else null. */
export function macDigits(word: string): string | null {
  if (!/^[0-9a-f:.\-]+$/i.test(word)) return null;
  const hex = word.replace(/[^0-9a-f]/gi, '');
  return hex.length >= 4 ? hex.toUpperCase() : null;
}

export function searchClause(search: string, prefix = 's'): SearchClause | null {
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return null;
  const fts: string[] = [];
  const scans: string[] = [];
  const params: Record<string, unknown> = {};
  words.forEach((word, i) => {
    const hex = macDigits(word);
    const alternatives = [phrase(word)];
    if (hex && hex !== word.toUpperCase()) alternatives.push(phrase(hex));
    if (word.length >= 3) {
      fts.push(alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]);
    } else {
      const name = `${prefix}Word${i}`;
      params[name] = word.toLowerCase();
      scans.push(
        `instr(lower(coalesce(d.manufacturer,'') || ' ' || coalesce(d.model,'') || ' ' || coalesce(d.serial,'') || ' ' ||
          coalesce(d.location,'') || ' ' || coalesce(d.building,'') || ' ' || coalesce(d.asset_tag,'') || ' ' ||
          coalesce(d.ip,'') || ' ' || coalesce(d.mac,'')), @${name}) > 0`,
      );
    }
  });
  const parts: string[] = [];
  if (fts.length) {
    params[`${prefix}Match`] = fts.join(' AND ');
    parts.push(`d.id IN (SELECT rowid FROM devices_fts WHERE devices_fts MATCH @${prefix}Match)`);
  }
  parts.push(...scans);
  const countSql = fts.length && !scans.length ? `SELECT COUNT(*) AS n FROM devices_fts WHERE devices_fts MATCH @${prefix}Match` : null;
  return { sql: parts.join(' AND '), params, countSql };
}

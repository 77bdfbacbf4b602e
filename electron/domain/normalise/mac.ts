// MAC addresses in any common spelling -> one canonical form AA:BB:CC:DD:EE:FF.

export type MacResult = { ok: true; mac: string } | { ok: false; reason: string; code: 'not-mac' | 'placeholder' };

/**
 * Accepts aa:bb:cc:dd:ee:ff, aa-bb-…, aabb.ccdd.eeff (Cisco), aabbccddeeff
 * (bare hex) in any case, with surrounding spaces. Anything else is invalid.
 */
export function normaliseMac(raw: string): MacResult {
  const s = raw.trim();
  let hex: string | null = null;
  if (/^[0-9a-f]{1,2}([:-])[0-9a-f]{1,2}(\1[0-9a-f]{1,2}){4}$/i.test(s)) {
    hex = s
      .split(/[:-]/)
      .map((p) => p.padStart(2, '0'))
      .join('');
  } else if (/^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(s)) hex = s.replace(/\./g, '');
  else if (/^[0-9a-f]{12}$/i.test(s)) hex = s;
  else if (/^[0-9a-f]{2}( [0-9a-f]{2}){5}$/i.test(s)) hex = s.replace(/ /g, '');
  if (!hex) return { ok: false, code: 'not-mac', reason: `"${raw}" is not a MAC address (expected six pairs of hex digits such as BC:5E:33:57:5A:98)` };
  hex = hex.toUpperCase();
  if (hex === '000000000000' || hex === 'FFFFFFFFFFFF') return { ok: false, code: 'placeholder', reason: `"${raw}" is a placeholder, not a device's MAC address` };
  return { ok: true, mac: hex.match(/../g)!.join(':') };
}

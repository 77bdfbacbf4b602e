// Money and numbers as French and English spreadsheets write them:
// "1 234,56 $", "$1,234.56", "1.234,56", "1234".

export type CentsResult = { ok: true; cents: number } | { ok: false; reason: string; code: 'not-amount' };

/**
 * Parse an amount into integer cents. `decimalComma` says how to read a lone
 * comma followed by three digits ("1,500"): thousands in English files,
 * a decimal in French ones (semicolon CSVs come from French Excel).
 */
export function parseCents(raw: string | number, decimalComma = false): CentsResult {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, cents: Math.round(raw * 100) } : { ok: false, code: 'not-amount', reason: `"${raw}" is not an amount` };
  }
  let s = raw.replace(/[\s\u00a0\u202f$€£]|CAD|CA|EUR|USD/gi, '');
  const negative = /^\(.*\)$/.test(s) || s.startsWith('-');
  s = s.replace(/^[(-]|\)$/g, '');
  if (!/^[\d.,']+$/.test(s) || !/\d/.test(s)) return { ok: false, code: 'not-amount', reason: `"${raw}" is not an amount` };
  s = s.replace(/'/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    normal = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const decimals = s.length - lastComma - 1;
    const single = s.indexOf(',') === lastComma;
    normal = single && (decimals !== 3 || decimalComma) ? s.replace(',', '.') : s.replace(/,/g, '');
  } else if (lastDot >= 0 && s.indexOf('.') !== lastDot) {
    normal = s.replace(/\./g, ''); // 1.234.567 : dots as thousands
  } else normal = s;
  const value = Number(normal);
  if (!Number.isFinite(value)) return { ok: false, code: 'not-amount', reason: `"${raw}" is not an amount` };
  return { ok: true, cents: Math.round((negative ? -value : value) * 100) };
}

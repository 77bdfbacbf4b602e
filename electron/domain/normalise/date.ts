// Dates as registers hold them: Excel serials, ISO, YYYY/MM/DD, month names
// (EN/FR), and the ambiguous DD/MM/YYYY vs MM/DD/YYYY — decided once per file
// from the values that can only be read one way.

export type DateOrder = 'DMY' | 'MDY';
export type DateResult = { ok: true; date: string } | { ok: false; reason: string; code: 'not-date' | 'not-date-number' | 'ambiguous' | 'not-valid'; ambiguous?: boolean };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, janv: 1,
  feb: 2, february: 2, fevrier: 2, fev: 2, fevr: 2,
  mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juin: 6,
  jul: 7, july: 7, juillet: 7, juil: 7,
  aug: 8, august: 8, aout: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, decembre: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/** Excel serial day number -> ISO date (1900 date system, as Windows Excel writes). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** For values like 05/04/2019: which readings are possible. */
export function slashDateEvidence(raw: string): 'dmy-only' | 'mdy-only' | 'ambiguous' | null {
  const m = SLASH.exec(raw.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = fullYear(m[3]);
  const dmy = ymd(y, b, a) !== null;
  const mdy = ymd(y, a, b) !== null;
  if (dmy && mdy) return a === b ? null : 'ambiguous'; // 05/05/2019 reads the same both ways
  if (dmy) return 'dmy-only';
  if (mdy) return 'mdy-only';
  return null;
}

/** Decide a file's day/month order from its values; 'conflict' when both orders occur. */
export function decideDateOrder(values: Iterable<string>): DateOrder | 'conflict' | null {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const e = slashDateEvidence(v);
    if (e === 'dmy-only') dmy = true;
    else if (e === 'mdy-only') mdy = true;
  }
  if (dmy && mdy) return 'conflict';
  return dmy ? 'DMY' : mdy ? 'MDY' : null;
}

/**
 * Normalise to ISO 'YYYY-MM-DD' (or 'YYYY' / 'YYYY-MM' when only that is
 * known — reduced-precision ISO 8601). Slash dates need `order`; without it an
 * ambiguous one is refused with `ambiguous: true`.
 */
export function normaliseDate(raw: string | number, order: DateOrder | null): DateResult {
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1900 && raw <= 2100) return { ok: true, date: String(raw) };
    const iso = excelSerialToIso(raw);
    return iso ? { ok: true, date: iso } : { ok: false, code: 'not-date-number', reason: `${raw} is not a date` };
  }
  const s = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(s);
  if (m) return done(ymd(+m[1], +m[2], +m[3]), raw);
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[1] >= 1900 && +m[1] <= 2100) return { ok: true, date: `${m[1]}-${pad(+m[2])}` };
  if (/^(19|20)\d{2}$/.test(s)) return { ok: true, date: s };
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const iso = excelSerialToIso(Number(s));
    if (iso && Number(s) >= 20000 && Number(s) <= 80000) return { ok: true, date: iso };
  }
  m = SLASH.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3]);
    const dmy = ymd(y, b, a);
    const mdy = ymd(y, a, b);
    if (dmy && mdy && dmy !== mdy) {
      if (!order) {
        return { ok: false, code: 'ambiguous', ambiguous: true, reason: `"${raw}" could be day/month or month/day and the file does not say which` };
      }
      return { ok: true, date: order === 'DMY' ? dmy : mdy };
    }
    return done(dmy ?? mdy, raw);
  }
  return monthNameDate(s, raw);
}

function monthNameDate(s: string, raw: string): DateResult {
  const folded = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})$/.exec(folded); // 5 April 2019, 1er avril 2019
  if (m && MONTHS[m[2]]) return done(ymd(+m[3], MONTHS[m[2]], +m[1]), raw);
  m = /^([a-z]+)\.? (\d{1,2}) (\d{4})$/.exec(folded); // April 5 2019
  if (m && MONTHS[m[1]]) return done(ymd(+m[3], MONTHS[m[1]], +m[2]), raw);
  m = /^([a-z]+)\.?[ -](\d{4})$/.exec(folded); // Apr-2019, avril 2019
  if (m && MONTHS[m[1]]) return { ok: true, date: `${m[2]}-${pad(MONTHS[m[1]])}` };
  m = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4}|\d{2})$/.exec(folded); // 05-Apr-19
  if (m && MONTHS[m[2]]) return done(ymd(fullYear(m[3]), MONTHS[m[2]], +m[1]), raw);
  return { ok: false, code: 'not-date', reason: `"${raw}" is not a date` };
}

function done(iso: string | null, raw: string): DateResult {
  return iso ? { ok: true, date: iso } : { ok: false, code: 'not-valid', reason: `"${raw}" is not a valid date` };
}

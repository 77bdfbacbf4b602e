// Canadian federal fiscal years (1 April – 31 March, labelled '2026-27') and
// month arithmetic. Months are handled as integers (year * 12 + month - 1) so
// the scheduler can index arrays by month; labels are 'YYYY-MM'.

/** Month number: year * 12 + (month - 1). January 2026 = 24312. */
export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FY_RE = /^(\d{4})-(\d{2})$/;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function monthLabel(m: MonthIndex): string {
  const year = Math.floor(m / 12);
  return `${String(year).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' -> month index, or null when malformed. */
export function parseMonth(label: string): MonthIndex | null {
  const m = MONTH_RE.exec(label);
  return m ? monthIndex(Number(m[1]), Number(m[2])) : null;
}

/** A real calendar date 'YYYY-MM-DD' (29 February only in leap years), or null. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Month index of a 'YYYY-MM-DD' (or 'YYYY-MM') date, or null. */
export function dateMonth(text: string): MonthIndex | null {
  const d = parseDate(text);
  if (d) return monthIndex(d.year, d.month);
  return parseMonth(text);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Last calendar day of a month, 'YYYY-MM-DD'. */
export function monthEndDate(m: MonthIndex): string {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return `${monthLabel(m)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** Starting calendar year of the fiscal year a month falls in: April 2026 – March 2027 -> 2026. */
export function fiscalYearOfMonth(m: MonthIndex): number {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return month >= 4 ? year : year - 1;
}

/** Fiscal year of a 'YYYY-MM-DD' date: 2027-03-31 -> 2026, 2027-04-01 -> 2027. */
export function fiscalYearOfDate(text: string): number | null {
  const m = dateMonth(text);
  return m === null ? null : fiscalYearOfMonth(m);
}

export function fyLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** '2026-27' -> 2026; null unless the second part is the year after the first. */
export function parseFyLabel(label: string): number | null {
  const m = FY_RE.exec(label.trim());
  if (!m) return null;
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? start : null;
}

/** April of the fiscal year. */
export function fyFirstMonth(startYear: number): MonthIndex {
  return monthIndex(startYear, 4);
}

/** March of the following calendar year. */
export function fyLastMonth(startYear: number): MonthIndex {
  return monthIndex(startYear + 1, 3);
}

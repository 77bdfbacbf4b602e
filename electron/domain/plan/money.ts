// Integer-cent arithmetic. Every rounding in the plan goes through here and is
// half-up (away from zero for the non-negative amounts a plan handles), so a
// figure can be checked by hand: $1,234.565 -> $1,234.57.

const DOLLARS_RE = /^(\d{1,12})(?:\.(\d{1,2}))?$/;
const PERCENT_RE = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** '1234.56' or '150000' (dollars) -> cents; null when not a non-negative amount with at most 2 decimals. */
export function parseDollars(text: string): number | null {
  const m = DOLLARS_RE.exec(text.trim().replace(/^\$/, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Cents -> dollars as a number with at most 2 decimals (for JSON that people script). */
export function centsToDollars(cents: number): number {
  return cents / 100;
}

/** '3.5' -> 350 basis points; null unless 0 ≤ pct ≤ 999.99 with at most 2 decimals. */
export function parsePercent(text: string): number | null {
  const m = PERCENT_RE.exec(text.trim().replace(/%$/, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** A percentage number (3.5) -> basis points (350), rounding any third decimal away. */
export function percentToBp(pct: number): number {
  return Math.round(pct * 100);
}

/** round(a * b / d) half-up, for non-negative integers, exact via BigInt. */
export function mulDivRound(a: bigint, b: bigint, d: bigint): bigint {
  return (a * b * 2n + d) / (d * 2n);
}

/** cents × bp / 10 000, half-up. */
export function applyBp(cents: number, bp: number): number {
  return Number(mulDivRound(BigInt(cents), BigInt(bp), 10000n));
}

/**
 * cents × (1 + bp/10 000)^years, compounded exactly and rounded once, half-up.
 * Rounding once (not year by year) keeps the result independent of how the
 * years are grouped.
 */
export function compound(cents: number, bp: number, years: number): number {
  if (years <= 0 || bp === 0) return cents;
  const n = BigInt(years);
  return Number(mulDivRound(BigInt(cents), (10000n + BigInt(bp)) ** n, 10000n ** n));
}

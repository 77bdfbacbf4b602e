import { describe, expect, it } from 'vitest';
import {
  fiscalYearOfDate,
  fiscalYearOfMonth,
  fyLabel,
  monthEndDate,
  monthIndex,
  parseDate,
  parseFyLabel,
} from '../../../electron/domain/plan/fiscal';
import { centsToDollars, parseDollars, parsePercent } from '../../../electron/domain/plan/money';

describe('Canadian federal fiscal years', () => {
  it.each([
    ['2027-03-31', 2026],
    ['2027-04-01', 2027],
    ['2026-04-01', 2026],
    ['2026-03-31', 2025],
    ['2026-12-31', 2026],
    ['2027-01-01', 2026],
  ])('%s falls in the fiscal year starting in %i', (date, fy) => {
    expect(fiscalYearOfDate(date)).toBe(fy);
  });

  it('labels years like 2026-27, including across a century', () => {
    expect(fyLabel(2026)).toBe('2026-27');
    expect(fyLabel(2099)).toBe('2099-00');
    expect(parseFyLabel('2026-27')).toBe(2026);
    expect(parseFyLabel('2099-00')).toBe(2099);
    expect(parseFyLabel('2026-28')).toBeNull();
    expect(parseFyLabel('2026')).toBeNull();
  });

  it('March is the last month and April the first of a fiscal year', () => {
    expect(fiscalYearOfMonth(monthIndex(2027, 3))).toBe(2026);
    expect(fiscalYearOfMonth(monthIndex(2027, 4))).toBe(2027);
  });

  it('knows month ends and refuses impossible dates', () => {
    expect(monthEndDate(monthIndex(2028, 2))).toBe('2028-02-29');
    expect(monthEndDate(monthIndex(2027, 2))).toBe('2027-02-28');
    expect(monthEndDate(monthIndex(2027, 3))).toBe('2027-03-31');
    expect(parseDate('2027-02-29')).toBeNull();
    expect(parseDate('2027-13-01')).toBeNull();
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('money parsing', () => {
  it('reads dollars with up to two decimals as integer cents', () => {
    expect(parseDollars('150000')).toBe(15_000_000);
    expect(parseDollars('1234.56')).toBe(123_456);
    expect(parseDollars('1234.5')).toBe(123_450);
    expect(parseDollars('0.07')).toBe(7);
    expect(parseDollars('1234.567')).toBeNull();
    expect(parseDollars('-5')).toBeNull();
    expect(parseDollars('12a')).toBeNull();
    expect(parseDollars('')).toBeNull();
  });

  it('writes cents back as dollars with at most two decimals', () => {
    expect(JSON.stringify(centsToDollars(123_456))).toBe('1234.56');
    expect(JSON.stringify(centsToDollars(10))).toBe('0.1');
    expect(JSON.stringify(centsToDollars(100_000_001))).toBe('1000000.01');
  });

  it('reads percentages as basis points', () => {
    expect(parsePercent('3.5')).toBe(350);
    expect(parsePercent('10')).toBe(1000);
    expect(parsePercent('0.25')).toBe(25);
    expect(parsePercent('1.234')).toBeNull();
    expect(parsePercent('-1')).toBeNull();
  });
});

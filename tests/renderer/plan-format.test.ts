// Amounts, percentages and fiscal years as people type them, in English and French.
import { describe, expect, it } from 'vitest';
import { centsToInput, dollarsToCents, fyOfDate, fyStartYear, fyText, parsePct } from '../../renderer/src/components/plan/format';
import { checkParamsText } from '../../renderer/src/components/plan/paramsForm';

describe('dollarsToCents', () => {
  it.each([
    ['250000', 25_000_000],
    ['250,000', 25_000_000],
    ['250,000.5', 25_000_050],
    ['$1,234,567.89', 123_456_789],
    ['250 000,50', 25_000_050],
    ['250\u202f000 $', 25_000_000],
    ['0.07', 7],
    ['12,5', 1_250],
  ])('reads %s as %i cents', (text, cents) => expect(dollarsToCents(text)).toBe(cents));

  it.each(['', 'ten', '1.234.567', '10.123', '-5', '1e6'])('refuses %j', (text) => expect(dollarsToCents(text)).toBeNull());

  it('writes cents back the way each language types them', () => {
    expect(centsToInput(25_000_050, 'en')).toBe('250000.50');
    expect(centsToInput(25_000_050, 'fr')).toBe('250000,50');
    expect(dollarsToCents(centsToInput(123_456_789, 'fr'))).toBe(123_456_789);
  });
});

describe('percentages and fiscal years', () => {
  it('takes 0–100 with two decimals at most', () => {
    expect(parsePct('7,25')).toBe(7.25);
    expect(parsePct('100')).toBe(100);
    expect(parsePct('100.01')).toBeNull();
    expect(parsePct('3.125')).toBeNull();
  });

  it('knows 31 March from 1 April and writes « exercice 2026-2027 » in French', () => {
    expect(fyOfDate('2027-03-31')).toBe(2026);
    expect(fyOfDate('2027-04-01')).toBe(2027);
    expect(fyStartYear('2026-27')).toBe(2026);
    expect(fyStartYear('2026-28')).toBeNull();
    expect(fyStartYear('2099-00')).toBe(2099);
    expect(fyText('2026-27', 'fr')).toBe('2026-2027');
    expect(fyText('2026-27', 'en')).toBe('2026-27');
  });
});

describe('checkParamsText', () => {
  const ok = { start: '2026-04-01', capacity: '8', contingency: '10', escalation: '3', includeReview: true, phaseMode: 'manual' as const };

  it('turns dollars into cents and sorts the years', () => {
    const r = checkParamsText({ ...ok, budgets: [{ key: 1, fy: '2027-28', cap: '100,000' }, { key: 2, fy: '2026-27', cap: '50000.25' }] });
    expect(r.errors).toEqual({});
    expect(r.params).toEqual({
      start: '2026-04-01',
      budgets: [
        { fy: '2026-27', capCents: 5_000_025 },
        { fy: '2027-28', capCents: 10_000_000 },
      ],
      capacity: 8,
      contingencyPct: 10,
      escalationPct: 3,
      includeReview: true,
      phaseMode: 'manual',
    });
  });

  it('names each problem: a year twice, a year before the start, a bad cap, a capacity of 0', () => {
    const r = checkParamsText({
      ...ok,
      capacity: '0',
      budgets: [
        { key: 1, fy: '2026-27', cap: '1' },
        { key: 2, fy: '2026-27', cap: 'lots' },
        { key: 3, fy: '2025-26', cap: '1' },
      ],
    });
    expect(r.params).toBeNull();
    expect(r.errors).toEqual({
      'fy-2': { key: 'plan.err.fyDuplicate', params: { fy: '2026-27' } },
      'cap-2': { key: 'plan.err.amount' },
      'fy-3': { key: 'plan.err.fyBeforeStart', params: { fy: '2025-26' } },
      capacity: { key: 'plan.err.capacity' },
    });
  });
});

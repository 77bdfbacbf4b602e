// Expected figures are worked out by hand (shown in the comments), never by the code under test.
import { describe, expect, it } from 'vitest';
import { catalogueLookup, escalationYears, itemCost } from '../../../electron/domain/plan/cost';
import { monthIndex } from '../../../electron/domain/plan/fiscal';
import { schedule } from '../../../electron/domain/plan/schedule';
import { device, entry, params, site } from './plan-fixtures';

const camera = entry(1, 'camera', 85_000, {
  labourMinutes: 50,
  labourRateCentsPerHour: 11_537,
  licenceCentsPerChannel: 18_000,
  channels: 1,
  disposalCents: 2_500,
  priceDate: '2025-04-01',
});

describe('cost of one item, to the cent', () => {
  it('compounds escalation over full years and adds contingency on the escalated cost', () => {
    // labour = 50 min × $115.37/h = $96.141666… -> $96.14 (9 614 ¢)
    // base = 85 000 + 9 614 + 18 000 + 2 500 = 115 114 ¢
    // escalated (3.5 %, 2 years) = 115 114 × 1.035² = 115 114 × 1.071225 = 123 312.99465 -> 123 313 ¢
    // contingency 7.5 % = 123 313 × 0.075 = 9 248.475 -> 9 248 ¢
    const c = itemCost(camera, 'replace', 2, { escalationBp: 350, contingencyBp: 750, unitCosts: {} });
    expect(c).toEqual({
      hardwareCents: 85_000,
      labourCents: 9_614,
      licenceCents: 18_000,
      disposalCents: 2_500,
      escalationCents: 8_199,
      contingencyCents: 9_248,
      totalCents: 132_561,
    });
  });

  it('rounds a half cent up', () => {
    // 1 000 ¢ × 0.05 % = 0.5 ¢ -> 1 ¢
    const c = itemCost(entry(9, 'other', 1_000), 'replace', 0, { escalationBp: 0, contingencyBp: 5, unitCosts: {} });
    expect(c.contingencyCents).toBe(1);
    expect(c.totalCents).toBe(1_001);
    // 100 000 ¢ × 1.03³ = 109 272.7 -> 109 273 ¢ (one rounding, not one per year)
    const e = itemCost(entry(9, 'other', 100_000), 'replace', 3, { escalationBp: 300, contingencyBp: 0, unitCosts: {} });
    expect(e.escalationCents).toBe(9_273);
  });

  it('costs an excluded device its disposal only', () => {
    // disposal 2 500 ¢ + 10 % contingency 250 ¢ = 2 750 ¢
    const c = itemCost(camera, 'dispose', 0, { escalationBp: 0, contingencyBp: 1_000, unitCosts: {} });
    expect(c).toMatchObject({ hardwareCents: 0, labourCents: 0, licenceCents: 0, disposalCents: 2_500, contingencyCents: 250, totalCents: 2_750 });
  });

  it('uses the unit-cost override of the type instead of the catalogue hardware price', () => {
    const c = itemCost(camera, 'replace', 0, { escalationBp: 0, contingencyBp: 0, unitCosts: { camera: 70_000 } });
    expect(c.hardwareCents).toBe(70_000);
    expect(c.totalCents).toBe(70_000 + 9_614 + 18_000 + 2_500);
  });

  it('counts escalation years from the price month: 11 months is 0 years, 12 is 1', () => {
    const priced = monthIndex(2025, 4);
    expect(escalationYears(priced, monthIndex(2026, 3))).toBe(0);
    expect(escalationYears(priced, monthIndex(2026, 4))).toBe(1);
    expect(escalationYears(priced, monthIndex(2027, 4))).toBe(2);
    expect(escalationYears(priced, monthIndex(2024, 4))).toBe(0);
  });

  it('finds the sub-type entry first, then the type entry', () => {
    const cat = [entry(1, 'camera', 1), entry(2, 'camera', 2, { subtype: 'PTZ' })];
    const find = catalogueLookup(cat);
    expect(find('camera', 'ptz')).toBe(1);
    expect(find('camera', 'dome')).toBe(0);
    expect(find('camera', null)).toBe(0);
    expect(find('recorder', null)).toBe(-1);
  });
});

describe('escalation inside a schedule', () => {
  it('prices an item in April 2027 two years after an April 2025 price date', () => {
    // Capacity 1 a month, start March 2027: the first camera is in 2027-03 (1 year: 100 000 × 1.03 = 103 000 ¢),
    // the second in 2027-04 (2 years: 100 000 × 1.03² = 106 090 ¢).
    const cat = [entry(1, 'camera', 100_000, { priceDate: '2025-04-01' })];
    const r = schedule({
      devices: [device(1, 1), device(2, 1)],
      sites: [site(1)],
      catalogue: cat,
      params: params({
        start: '2027-03-01',
        capacity: 1,
        escalationPct: 3,
        budgets: [
          { fy: '2026-27', capCents: 1_000_000 },
          { fy: '2027-28', capCents: 1_000_000 },
        ],
      }),
    });
    expect(r.items.map((i) => [i.month, i.cost.totalCents])).toEqual([
      ['2027-03', 103_000],
      ['2027-04', 106_090],
    ]);
  });
});

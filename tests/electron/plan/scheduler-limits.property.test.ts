// Property: whatever the inventory, budgets and capacity, an automatic plan
// never exceeds a month's capacity or a year's cap, accounts for every device
// in scope exactly once (funded or unfunded), and keeps recorders first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule, type ScheduleDevice } from '../../../electron/domain/plan/schedule';
import { entry, params, site } from './plan-fixtures';

const catalogue = [
  entry(1, 'camera', 97_531, { labourMinutes: 90, labourRateCentsPerHour: 11_500, disposalCents: 1_999, priceDate: '2025-06-15' }),
  entry(2, 'recorder', 650_000, { labourMinutes: 480, labourRateCentsPerHour: 11_500, priceDate: '2025-06-15' }),
  entry(3, 'encoder', 120_000, { channels: 4, licenceCentsPerChannel: 18_000, priceDate: '2025-06-15' }),
];

const deviceArb = fc.record({
  site: fc.integer({ min: 1, max: 6 }),
  type: fc.constantFrom('camera', 'camera', 'camera', 'recorder', 'encoder') as fc.Arbitrary<ScheduleDevice['type']>,
  status: fc.constantFrom('restricted', 'restricted', 'review', 'clear') as fc.Arbitrary<ScheduleDevice['status']>,
  excluded: fc.boolean(),
  hasIp: fc.boolean(),
  year: fc.option(fc.integer({ min: 2005, max: 2024 }), { nil: null }),
});

const planArb = fc.record({
  devices: fc.array(deviceArb, { maxLength: 150 }),
  criticality: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }),
  capacity: fc.integer({ min: 1, max: 15 }),
  caps: fc.array(fc.integer({ min: 0, max: 6_000_000 }), { minLength: 1, maxLength: 4 }),
  startMonth: fc.integer({ min: 1, max: 12 }),
  escalation: fc.integer({ min: 0, max: 800 }),
  contingency: fc.integer({ min: 0, max: 2500 }),
  includeReview: fc.boolean(),
  phaseMode: fc.constantFrom('fiscalYear', 'criticality', 'manual') as fc.Arbitrary<'fiscalYear' | 'criticality' | 'manual'>,
});

describe('scheduler limits (property)', () => {
  it('never exceeds capacity or caps and accounts for every device in scope', () => {
    fc.assert(
      fc.property(planArb, (g) => {
        const devices: ScheduleDevice[] = g.devices.map((d, i) => ({
          id: i + 1,
          siteId: d.site,
          type: d.type,
          subtype: null,
          status: d.status,
          excluded: d.excluded,
          hasIp: d.hasIp,
          installDate: d.year === null ? null : `${d.year}-06-01`,
          recorderId: null,
        }));
        const sites = g.criticality.map((c, i) => site(i + 1, { criticality: c }));
        const p = params({
          start: `2026-${String(g.startMonth).padStart(2, '0')}-01`,
          capacity: g.capacity,
          budgets: g.caps.map((capCents, k) => ({ fy: `${2026 + k}-${27 + k}`, capCents })),
          escalationPct: g.escalation / 100,
          contingencyPct: g.contingency / 100,
          includeReview: g.includeReview,
          phaseMode: g.phaseMode,
        });
        const r = schedule({ devices, sites, catalogue, params: p });

        const perMonth = new Map<string, number>();
        const perFy = new Map<string, number>();
        for (const item of r.items) {
          if (item.month === null) continue;
          perMonth.set(item.month, (perMonth.get(item.month) ?? 0) + 1);
          perFy.set(item.fy!, (perFy.get(item.fy!) ?? 0) + item.cost.totalCents);
        }
        for (const n of perMonth.values()) expect(n).toBeLessThanOrEqual(g.capacity);
        for (const b of p.budgets) expect(perFy.get(b.fy) ?? 0).toBeLessThanOrEqual(b.capCents);
        // A year without a budget has a cap of 0: only free items (e.g. a disposal with no cost) can go there.
        for (const [fy, cents] of perFy) if (!p.budgets.some((b) => b.fy === fy)) expect(cents).toBe(0);
        expect(r.warnings).toEqual([]);

        const scope = devices.filter((d) => d.status === 'restricted' || (g.includeReview && d.status === 'review'));
        expect(r.items.map((i) => i.deviceId).sort((a, b) => a - b)).toEqual(scope.map((d) => d.id));
        expect(r.fundedDevices + r.unfundedDevices).toBe(scope.length);
        const unfundedCost = r.items.filter((i) => i.month === null).reduce((s, i) => s + i.cost.totalCents, 0);
        expect(r.unfundedCostCents).toBe(unfundedCost);
        const fyTotal = r.byFiscalYear.reduce((s, y) => s + y.spend.totalCents, 0);
        expect(fyTotal).toBe(r.fundedCostCents);

        // Recorders of a site: never after any of its cameras, and never unfunded while a camera is funded.
        for (const s of sites) {
          const own = r.items.filter((i) => i.siteId === s.id);
          const recorders = own.filter((i) => i.type === 'recorder');
          for (const cam of own.filter((i) => i.type !== 'recorder' && i.month !== null)) {
            for (const rec of recorders) {
              expect(rec.month).not.toBeNull();
              expect(rec.month! <= cam.month!).toBe(true);
            }
          }
        }
        // Burn-down never increases and ends at what is left unfunded.
        const remaining = r.byMonth.map((m) => m.restrictedRemaining);
        for (let k = 1; k < remaining.length; k++) expect(remaining[k]).toBeLessThanOrEqual(remaining[k - 1]);
        const unfundedRestricted = r.items.filter((i) => i.month === null && i.status === 'restricted').length;
        expect(remaining[remaining.length - 1]).toBe(unfundedRestricted);
      }),
      { numRuns: 300, seed: 20260401 },
    );
  });
});

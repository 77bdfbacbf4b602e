import { describe, expect, it } from 'vitest';
import { schedule } from '../../../electron/domain/plan/schedule';
import { device, FLAT_CATALOGUE, params, site } from './plan-fixtures';

const run = (devices: ReturnType<typeof device>[], sites: ReturnType<typeof site>[], p = params(), moves = []) =>
  schedule({ devices, sites, catalogue: FLAT_CATALOGUE, params: p, moves });

describe('the scheduler', () => {
  it('puts work on 31 March in the old fiscal year and on 1 April in the new one', () => {
    const r = run([device(1, 1), device(2, 1)], [site(1)], params({
      start: '2027-03-31',
      capacity: 1,
      budgets: [{ fy: '2026-27', capCents: 100_000 }, { fy: '2027-28', capCents: 100_000 }],
    }));
    expect(r.items.map((i) => [i.month, i.fy, i.phase])).toEqual([
      ['2027-03', '2026-27', 1],
      ['2027-04', '2027-28', 2],
    ]);
    expect(r.byFiscalYear.map((y) => [y.fy, y.devices, y.spend.totalCents, y.restrictedRemaining])).toEqual([
      ['2026-27', 1, 100_000, 1],
      ['2027-28', 1, 100_000, 0],
    ]);
    expect(r.finishDate).toBe('2027-04-30');
  });

  it('schedules a site\'s recorder no later than its cameras, even when the cameras are older', () => {
    const devices = [
      device(1, 1, { installDate: '2010-01-01' }),
      device(2, 1, { installDate: '2011-01-01' }),
      device(3, 1, { type: 'recorder', installDate: '2022-01-01', hasIp: false }),
    ];
    const r = run(devices, [site(1)], params({ capacity: 1 }));
    const month = new Map(r.items.map((i) => [i.deviceId, i.month]));
    expect(month.get(3)).toBe('2026-04');
    expect(month.get(1)).toBe('2026-05');
    expect(month.get(2)).toBe('2026-06');
  });

  it('leaves a camera unfunded when its recorder could not be funded', () => {
    // $5,000 recorder does not fit a $4,000 cap; its cameras ($1,000 each) would, but must not go first.
    const devices = [device(1, 1, { type: 'recorder' }), device(2, 1), device(3, 2, { recorderId: null })];
    const r = run(devices, [site(1, { criticality: 1 }), site(2)], params({ budgets: [{ fy: '2026-27', capCents: 400_000 }] }));
    const byId = new Map(r.items.map((i) => [i.deviceId, i]));
    expect(byId.get(1)!.month).toBeNull();
    expect(byId.get(2)!.month).toBeNull();
    expect(byId.get(3)!.month).toBe('2026-04'); // another site's camera still uses the money
    expect(r.unfundedDevices).toBe(2);
    expect(r.unfundedCostCents).toBe(600_000);
  });

  it('orders sites by criticality, then exposure, then age', () => {
    const devices = [
      device(1, 1, { hasIp: true, installDate: '2010-01-01' }), // criticality 3
      device(2, 2, { hasIp: false, installDate: '2010-01-01' }), // criticality 1, not exposed
      device(3, 3, { hasIp: true, installDate: '2015-01-01' }), // criticality 1, exposed, newer
      device(4, 4, { hasIp: true, installDate: '2012-01-01' }), // criticality 1, exposed, older
    ];
    const sites = [site(1), site(2, { criticality: 1 }), site(3, { criticality: 1 }), site(4, { criticality: 1 })];
    const r = run(devices, sites, params({ capacity: 1 }));
    expect(r.items.map((i) => [i.deviceId, i.month])).toEqual([
      [4, '2026-04'],
      [3, '2026-05'],
      [2, '2026-06'],
      [1, '2026-07'],
    ]);
  });

  it('moves on to the next fiscal year when the cap is spent and reports the unfunded backlog', () => {
    const devices = Array.from({ length: 7 }, (_, i) => device(i + 1, 1));
    const r = run(devices, [site(1)], params({
      capacity: 100,
      escalationPct: 0,
      budgets: [{ fy: '2026-27', capCents: 250_000 }, { fy: '2027-28', capCents: 300_000 }],
    }));
    expect(r.items.map((i) => i.month)).toEqual(['2026-04', '2026-04', '2027-04', '2027-04', '2027-04', null, null]);
    expect(r.unfundedDevices).toBe(2);
    expect(r.unfundedCostCents).toBe(200_000);
    expect(r.finishDate).toBeNull();
    expect(r.lastMonth).toBe('2027-04');
    expect(r.byFiscalYear.map((y) => [y.fy, y.capCents, y.spend.totalCents, y.restrictedRemaining, y.cumulativeSpendCents])).toEqual([
      ['2026-27', 250_000, 200_000, 5, 200_000],
      ['2027-28', 300_000, 300_000, 2, 500_000],
    ]);
  });

  it('gives an empty plan, not an error, for an empty or fully clear inventory', () => {
    for (const devices of [[], [device(1, 1, { status: 'clear' }), device(2, 1, { status: 'review' })]]) {
      const r = run(devices, [site(1)]);
      expect(r.items).toEqual([]);
      expect(r.unfundedDevices).toBe(0);
      expect(r.finishDate).toBeNull();
      expect(r.warnings).toEqual([]);
      expect(r.byFiscalYear.map((y) => [y.fy, y.spend.totalCents, y.restrictedRemaining])).toEqual([['2026-27', 0, 0]]);
      expect(r.byMonth).toHaveLength(12);
    }
  });

  it('includes review devices only when asked, and costs excluded devices their disposal only', () => {
    const devices = [device(1, 1), device(2, 1, { status: 'review' }), device(3, 1, { excluded: true })];
    expect(run(devices, [site(1)]).items.map((i) => [i.deviceId, i.kind])).toEqual([[1, 'replace'], [3, 'dispose']]);
    const withReview = run(devices, [site(1)], params({ includeReview: true }));
    expect(withReview.items.map((i) => i.deviceId).sort()).toEqual([1, 2, 3]);
    expect(withReview.restrictedTotal).toBe(2);
    expect(withReview.items.find((i) => i.deviceId === 3)!.cost.totalCents).toBe(0); // flat catalogue: no disposal cost
  });

  it('keeps a site pinned to a month there and warns when that breaks capacity or cap', () => {
    const devices = [device(1, 1), device(2, 1), device(3, 1), device(4, 2)];
    const r = run(devices, [site(1, { pinnedMonth: '2026-09' }), site(2, { criticality: 1 })], params({
      capacity: 2,
      budgets: [{ fy: '2026-27', capCents: 300_000 }],
    }));
    expect(r.items.filter((i) => i.siteId === 1).map((i) => i.month)).toEqual(['2026-09', '2026-09', '2026-09']);
    expect(r.items.find((i) => i.deviceId === 4)!.month).toBeNull(); // the pinned site used the whole cap
    expect(r.warnings).toContainEqual({ kind: 'overCapacity', month: '2026-09', devices: 3, capacity: 2 });
    expect(r.sites.find((s) => s.siteId === 1)).toMatchObject({ firstMonth: '2026-09', lastMonth: '2026-09', placement: 'pinnedMonth' });
  });

  it('lets a scenario move override a pin, and warns when the move overruns the cap', () => {
    const devices = [device(1, 1), device(2, 1)];
    const r = schedule({
      devices,
      sites: [site(1, { pinnedMonth: '2026-09' })],
      catalogue: FLAT_CATALOGUE,
      params: params({ budgets: [{ fy: '2026-27', capCents: 100_000 }] }),
      moves: [{ siteId: 1, month: '2026-05', phase: null }],
    });
    expect(r.items.map((i) => i.month)).toEqual(['2026-05', '2026-05']);
    expect(r.warnings).toContainEqual({ kind: 'overCap', fy: '2026-27', spendCents: 200_000, capCents: 100_000 });
    expect(r.sites[0].placement).toBe('movedMonth');
  });

  it('starts a site pinned to fiscal-year phase 2 no earlier than the second fiscal year', () => {
    const r = run([device(1, 1), device(2, 2)], [site(1, { phase: 2, criticality: 1 }), site(2)], params({
      start: '2026-06-15',
      budgets: [{ fy: '2026-27', capCents: 1_000_000 }, { fy: '2027-28', capCents: 1_000_000 }],
    }));
    expect(r.items.map((i) => [i.deviceId, i.month, i.phase])).toEqual([
      [1, '2027-04', 2],
      [2, '2026-06', 1],
    ]);
  });

  it('groups sites by criticality tier or by manual phase', () => {
    const devices = [device(1, 1), device(2, 2), device(3, 3)];
    const sites = [site(1, { criticality: 2 }), site(2, { criticality: 1, phase: 3 }), site(3, { criticality: 4, phase: 1 })];
    const tiers = run(devices, sites, params({ capacity: 1, phaseMode: 'criticality' }));
    // Tiers: site 3 pinned to phase 1, site 1 is tier 2, site 2 pinned to phase 3.
    expect(tiers.items.map((i) => [i.siteId, i.phase, i.month])).toEqual([[3, 1, '2026-04'], [1, 2, '2026-05'], [2, 3, '2026-06']]);
    const manual = run(devices, sites, params({ capacity: 1, phaseMode: 'manual' }));
    // Manual: site 3 phase 1, site 2 phase 3, site 1 unassigned -> after the last phase (4).
    expect(manual.items.map((i) => [i.siteId, i.phase])).toEqual([[3, 1], [2, 3], [1, 4]]);
  });

  it('holds a camera linked to an unfunded recorder in another site, and warns when a link is broken by a move', () => {
    // Camera 2 (site 2, criticality 1) records to recorder 1 (site 1, criticality 4).
    const devices = [device(1, 1, { type: 'recorder' }), device(2, 2, { recorderId: 1 })];
    const sites = [site(1, { criticality: 4 }), site(2, { criticality: 1 })];
    const poor = run(devices, sites, params({ budgets: [{ fy: '2026-27', capCents: 100_000 }] }));
    // Site 2 comes first, and the recorder is not placed yet: the camera goes ahead (a cross-site link is only checked).
    expect(poor.items.map((i) => [i.deviceId, i.month])).toEqual([[2, '2026-04'], [1, null]]);
    expect(poor.warnings).toContainEqual({ kind: 'recorderAfterCamera', cameraId: 2, recorderId: 1, cameraMonth: '2026-04', recorderMonth: null });
    const moved = schedule({ devices, sites, catalogue: FLAT_CATALOGUE, params: params(), moves: [{ siteId: 1, month: '2026-08', phase: null }] });
    expect(moved.warnings).toContainEqual({ kind: 'recorderAfterCamera', cameraId: 2, recorderId: 1, cameraMonth: '2026-04', recorderMonth: '2026-08' });
  });

  it('shapes the roll-ups the charts draw: monthly burn-down, spend by category, cumulative caps, site bars', () => {
    // 3 restricted cameras at HQ (criticality 1), 2 at the depot, and one excluded device (disposal only),
    // 2 devices a month; the review device is out of scope and never counted as restricted.
    const cat = FLAT_CATALOGUE.map((e) => (e.type === 'camera' ? { ...e, disposalCents: 5_000 } : e));
    const devices = [device(1, 1), device(2, 1), device(3, 1), device(4, 2), device(5, 2, { excluded: true }), device(6, 2, { status: 'review' })];
    const r = schedule({
      devices,
      sites: [site(1, { criticality: 1, name: 'HQ' }), site(2, { name: 'Depot' })],
      catalogue: cat,
      params: params({ start: '2027-01-01', capacity: 2, budgets: [{ fy: '2026-27', capCents: 1_000_000 }, { fy: '2027-28', capCents: 500_000 }] }),
    });
    expect(r.byMonth.slice(0, 5).map((m) => [m.month, m.fy, m.devices, m.spendCents, m.restrictedRemaining])).toEqual([
      ['2027-01', '2026-27', 2, 210_000, 3],
      ['2027-02', '2026-27', 2, 210_000, 1],
      ['2027-03', '2026-27', 1, 5_000, 0],
      ['2027-04', '2027-28', 0, 0, 0],
      ['2027-05', '2027-28', 0, 0, 0],
    ]);
    expect(r.byMonth).toHaveLength(15); // January 2027 to March 2028, the end of the last budgeted year
    const [y1, y2] = r.byFiscalYear;
    expect(y1).toMatchObject({ fy: '2026-27', capCents: 1_000_000, devices: 5, restrictedRemaining: 0, cumulativeSpendCents: 425_000, cumulativeCapCents: 1_000_000 });
    expect(y1.spend).toMatchObject({ hardwareCents: 400_000, disposalCents: 25_000, totalCents: 425_000 });
    expect(y2).toMatchObject({ fy: '2027-28', devices: 0, cumulativeSpendCents: 425_000, cumulativeCapCents: 1_500_000 });
    expect(r.sites.map((s) => [s.siteName, s.phase, s.firstMonth, s.lastMonth, s.devices, s.costCents])).toEqual([
      ['HQ', 1, '2027-01', '2027-02', 3, 315_000],
      ['Depot', 1, '2027-02', '2027-03', 2, 110_000],
    ]);
    expect(r.finishDate).toBe('2027-03-31');
  });

  it('gives the same plan whatever the order of its input', () => {
    const devices = Array.from({ length: 60 }, (_, i) =>
      device(i + 1, 1 + (i % 5), { type: i % 12 === 0 ? 'recorder' : 'camera', installDate: `201${i % 10}-01-01`, hasIp: i % 3 !== 0 }),
    );
    const sites = [1, 2, 3, 4, 5].map((id) => site(id, { criticality: 1 + (id % 3) }));
    const p = params({ capacity: 4, budgets: [{ fy: '2026-27', capCents: 2_500_000 }, { fy: '2027-28', capCents: 2_000_000 }] });
    const a = run(devices, sites, p);
    const b = run([...devices].reverse(), [...sites].reverse(), p);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('refuses a budget year that ends before the plan starts, in a sentence', () => {
    expect(() => run([], [], params({ start: '2027-04-01', budgets: [{ fy: '2026-27', capCents: 1 }] }))).toThrow(
      /budget for 2026-27 ends before the plan starts/,
    );
  });
});

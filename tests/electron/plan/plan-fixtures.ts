// Small builders for scheduler inputs. Prices are round numbers so expected
// figures can be worked out by hand in the tests.
import type { CatalogueEntry, PlanParams } from '../../../electron/api/plan-types';
import type { ScheduleDevice, ScheduleSite } from '../../../electron/domain/plan/schedule';

/** A camera that costs exactly $1,000.00 and a recorder exactly $5,000.00, no labour, licence or disposal. */
export const FLAT_CATALOGUE: CatalogueEntry[] = [
  entry(1, 'camera', 100_000),
  entry(2, 'recorder', 500_000),
  entry(3, 'encoder', 100_000),
  entry(4, 'access_control', 100_000),
  entry(5, 'intercom', 100_000),
  entry(6, 'other', 100_000),
];

export function entry(id: number, type: CatalogueEntry['type'], hardwareCents: number, more: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    id,
    type,
    subtype: '',
    replacement: `Test ${type}`,
    hardwareCents,
    labourMinutes: 0,
    labourRateCentsPerHour: 0,
    licenceCentsPerChannel: 0,
    channels: 0,
    disposalCents: 0,
    leadTimeDays: 0,
    currency: 'CAD',
    priceDate: '2026-04-01',
    ...more,
  };
}

export function params(more: Partial<PlanParams> = {}): PlanParams {
  return {
    start: '2026-04-01',
    budgets: [{ fy: '2026-27', capCents: 100_000_000 }],
    capacity: 10,
    contingencyPct: 0,
    escalationPct: 0,
    includeReview: false,
    phaseMode: 'fiscalYear',
    unitCosts: {},
    ...more,
  };
}

export function site(id: number, more: Partial<ScheduleSite> = {}): ScheduleSite {
  return { id, name: `Site ${String(id).padStart(3, '0')}`, criticality: 3, phase: null, pinnedMonth: null, ...more };
}

export function device(id: number, siteId: number | null, more: Partial<ScheduleDevice> = {}): ScheduleDevice {
  return {
    id,
    siteId,
    type: 'camera',
    subtype: null,
    status: 'restricted',
    excluded: false,
    hasIp: true,
    installDate: '2018-01-01',
    recorderId: null,
    ...more,
  };
}

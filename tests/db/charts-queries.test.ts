// The dashboard's SQL aggregates on a real SQLite database: counts by status,
// site and company/brand, under the region and site filters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanDb, type Db } from '../../db/open';
import { brandKey, inventoryAggregates, restrictedByCompanyBrand, statusBySite } from '../../db/queries/charts';
import { prepareInsertDevice } from '../../db/queries/devices';
import { ensureSite } from '../../db/queries/sites';

let db: Db;
let ott: number;
let mtl: number;
let van: number;

/** `ownName`: the tagger's evidence says the manufacturer field is the company's own name. */
function device(siteId: number | null, manufacturer: string | null, status: 'restricted' | 'review' | 'clear', company: string | null, ownName = false): void {
  const id = prepareInsertDevice(db)({ siteId, type: 'camera', manufacturer });
  const evidence = ownName ? [{ field: 'manufacturer', value: manufacturer, kind: 'maker', company }] : [{ field: 'manufacturer', value: manufacturer, kind: 'brand', company }];
  db.prepare('UPDATE devices SET status = ?, company = ?, evidence = ? WHERE id = ?').run(status, company, JSON.stringify(evidence), id);
}

beforeEach(() => {
  db = openPlanDb(':memory:');
  ott = ensureSite(db, { name: 'Ottawa HQ', region: 'NCR' });
  mtl = ensureSite(db, { name: 'Montréal', region: 'Quebec' });
  van = ensureSite(db, { name: 'Vancouver', region: 'Pacific' });
  device(ott, 'Hikvision', 'restricted', 'hikvision', true);
  device(ott, 'Hikvision', 'restricted', 'hikvision', true);
  device(ott, 'HIKVISION', 'restricted', 'hikvision');
  device(ott, 'Hik Vision', 'restricted', 'hikvision');
  device(ott, 'Hangzhou Hikvision Digital Technology Co., Ltd.', 'restricted', 'hikvision', true);
  device(ott, 'EZVIZ', 'restricted', 'hikvision');
  device(ott, null, 'restricted', 'hikvision');
  device(ott, 'Axis', 'clear', null);
  device(mtl, 'Dahua', 'restricted', 'dahua');
  device(mtl, 'Annke', 'review', 'hikvision');
  device(mtl, 'Bosch', 'clear', null);
  device(van, 'Axis', 'clear', null);
  device(null, 'Dahua', 'restricted', 'dahua');
});
afterEach(() => db.close());

describe('dashboard aggregates', () => {
  it('merges spellings of one maker, and every spelling of the company’s own name, under the most frequent one', () => {
    expect(brandKey('Hik Vision')).toBe(brandKey('HIKVISION'));
    const rows = restrictedByCompanyBrand(db).map((r) => [r.company, r.brand, r.devices]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['hikvision', 'Hikvision', 3], // 2 × "Hikvision" + the Hangzhou legal name, all the maker's own name
        ['hikvision', expect.stringMatching(/^hik/i), 2], // HIKVISION + Hik Vision: same letters, no own-name evidence
        ['hikvision', 'EZVIZ', 1],
        ['hikvision', null, 1],
        ['dahua', 'Dahua', 2],
      ]),
    );
    expect(rows).toHaveLength(5);
  });

  it.each([
    // filter, devices, restricted, review, clear, sites affected, site ids
    ['everything', {}, 13, 9, 1, 3, 2, 'all'],
    ['a region', { region: 'Quebec' }, 3, 1, 1, 1, 1, 'mtl'],
    ['a site', { siteId: -1 }, 8, 7, 0, 1, 1, 'ott'],
    ['a region without restricted devices', { region: 'Pacific' }, 1, 0, 0, 1, 0, 'van'],
  ] as const)('counts under a filter: %s', (_name, filter, devices, restricted, review, clear, affected, sites) => {
    const f = 'siteId' in filter ? { siteId: ott } : filter;
    const agg = inventoryAggregates(db, f);
    expect([agg.devices, agg.status.restricted, agg.status.review, agg.status.clear, agg.sitesAffected]).toEqual([devices, restricted, review, clear, affected]);
    const expectedIds = { all: [ott, mtl, van], mtl: [mtl], ott: [ott], van: [van] }[sites];
    expect(agg.siteIds).toEqual(expectedIds);
    // The filter menus always list everything.
    expect(agg.options.regions).toEqual(['NCR', 'Pacific', 'Quebec']);
    expect(agg.options.sites).toHaveLength(3);
  });

  it('counts each site by status, with devices without a site kept apart', () => {
    const bySite = statusBySite(db);
    expect(bySite.map((s) => [s.siteName, s.restricted, s.review, s.clear])).toEqual([
      [null, 1, 0, 0],
      ['Montréal', 1, 1, 1],
      ['Ottawa HQ', 7, 0, 1],
      ['Vancouver', 0, 0, 1],
    ]);
  });

  it('binds filter values, so a quote in a region name is only a name', () => {
    expect(inventoryAggregates(db, { region: "x' OR 1=1 --" }).devices).toBe(0);
  });
});

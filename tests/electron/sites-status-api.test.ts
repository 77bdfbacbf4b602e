import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/gate';
import { Backend } from '../../electron/backend';
import { openPlanDb, type Db } from '../../db/open';
import { listAudit } from '../../db/queries/audit';
import { prepareInsertDevice } from '../../db/queries/devices';
import { ensureSite, listSites } from '../../db/queries/sites';
import { UserError } from '../../db/errors';
import { restrictedBrands, setSiteStatus, sitesStatusSchemas } from '../../electron/api/sites-status-api';
import { retagAll } from '../../electron/services/tagging';

function plan(): { db: Db; hq: number; empty: number } {
  const db = openPlanDb(':memory:');
  const hq = ensureSite(db, { name: 'Headquarters' });
  const empty = ensureSite(db, { name: 'Remote Depot' });
  const insert = prepareInsertDevice(db);
  insert({ siteId: hq, type: 'camera', manufacturer: 'Hikvision', model: 'DS-2CD2043G2-I' });
  insert({ siteId: hq, type: 'camera', manufacturer: 'EZVIZ', model: 'CS-C6N' });
  insert({ siteId: hq, type: 'camera', manufacturer: 'Axis', model: 'P3265-LVE' });
  retagAll(db);
  return { db, hq, empty };
}

describe('sites:setStatus', () => {
  it('marks a site without devices "not yet reported" and audits old → new with the user', () => {
    const { db, empty } = plan();
    const row = setSiteStatus(db, 'jdoe', empty, 'not_reported');
    expect(row.status).toBe('not_reported');
    expect(listSites(db).find((s) => s.id === empty)?.status).toBe('not_reported');
    const audit = listAudit(db, {}).find((a) => a.action === 'site.status');
    expect(audit).toMatchObject({ user: 'jdoe', entity: 'site', entityId: empty, oldValue: 'active', newValue: 'not_reported' });
  });

  it('refuses a site that has devices, with a sentence naming the site, and changes nothing', () => {
    const { db, hq } = plan();
    expect(() => setSiteStatus(db, 'jdoe', hq, 'not_reported')).toThrow(UserError);
    expect(() => setSiteStatus(db, 'jdoe', hq, 'not_reported')).toThrow(/Headquarters.*only a site without devices/);
    expect(listSites(db).find((s) => s.id === hq)?.status).toBe('active');
    expect(listAudit(db, {}).some((a) => a.action === 'site.status')).toBe(false);
  });

  it('sets a site back to reported, and writes no audit line when nothing changes', () => {
    const { db, empty } = plan();
    setSiteStatus(db, 'jdoe', empty, 'not_reported');
    setSiteStatus(db, 'jdoe', empty, 'active');
    setSiteStatus(db, 'jdoe', empty, 'active');
    expect(listAudit(db, {}).filter((a) => a.action === 'site.status').map((a) => a.newValue).sort()).toEqual(['active', 'not_reported']);
  });

  it('refuses an unknown site and a status outside the two', () => {
    const { db } = plan();
    expect(() => setSiteStatus(db, 'jdoe', 999, 'active')).toThrow(/no site 999/);
    expect(sitesStatusSchemas['sites:setStatus'].safeParse({ siteId: 1, status: 'gone' }).success).toBe(false);
  });
});

describe('restricted:brands', () => {
  it('counts restricted devices by company and by the brand that named them', () => {
    const { db } = plan();
    const counts = restrictedBrands(db);
    expect(counts).toContainEqual({ company: 'hikvision', brand: 'EZVIZ', devices: 1 });
    expect(counts).toContainEqual({ company: 'hikvision', brand: null, devices: 1 });
    expect(counts.reduce((n, c) => n + c.devices, 0)).toBe(2);
  });
});

describe('through the API gate', () => {
  it('is registered: a valid call marks the site and is audited with the OS user; a bad status is refused by the schema', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-sites-status-'));
    const backend = new Backend({ mode: 'cli', userDataDir: dir });
    try {
      backend.open(path.join(dir, 'p.sqlite'));
      const site = ensureSite(backend.db, { name: 'Far North Station' });
      expect(await dispatch(backend, 'sites:setStatus', { siteId: site, status: 'gone' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
      expect(await dispatch(backend, 'sites:setStatus', { siteId: site, status: 'not_reported' })).toMatchObject({ ok: true, value: { id: site, status: 'not_reported' } });
      expect(listAudit(backend.db, {}).find((a) => a.action === 'site.status')?.user).toBe(backend.user);
      expect(await dispatch(backend, 'restricted:brands', {})).toEqual({ ok: true, value: [] });
    } finally {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

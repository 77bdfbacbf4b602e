// Re-tagging on a real SQLite plan: the "Done when" on a realistic
// register, determinism, policy switching with its diff, overrides that
// survive re-tagging and re-import, and the audit trail.
import { describe, expect, it } from 'vitest';
import { openPlanDb, type Db } from '../../../db/open';
import { listAudit } from '../../../db/queries/audit';
import { prepareInsertDevice, type DeviceInput } from '../../../db/queries/devices';
import { ensureSite } from '../../../db/queries/sites';
import type { Evidence } from '../../../electron/api/types';
import { revokeOverride, setOverride } from '../../../electron/services/overrides';
import { listPolicies, setActivePolicies } from '../../../electron/services/policies';
import { restrictedGroups, retagAll } from '../../../electron/services/tagging';

type Row = Omit<DeviceInput, 'siteId' | 'type'> & { label: string; type?: DeviceInput['type']; site?: string };

// A register as facilities staff keep them: every way a Hikvision unit shows up,
// the makers that must stay clear, relabels, and the other listed companies.
const REGISTER: Row[] = [
  { label: 'hik-name', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I' },
  { label: 'hik-legal', manufacturer: 'Hangzhou Hikvision Digital Technology Co., Ltd.', model: null },
  { label: 'hik-spaced', manufacturer: 'Hik Vision', model: null },
  { label: 'hik-brand', manufacturer: 'EZVIZ', model: 'CS-C6N' },
  { label: 'hik-model', manufacturer: null, model: 'DS-7608NI-K2', type: 'recorder' },
  { label: 'hik-mac', manufacturer: null, model: null, mac: 'C0:56:E3:12:34:56' },
  { label: 'hik-serial', manufacturer: null, model: null, serial: 'DS-2CD2387G2-LU20231105AAWRJ12345678' },
  { label: 'hik-sadp', manufacturer: null, model: 'DS-2DE4A425IWG-E', serial: 'DS-2DE4A425IWG-E20220101CCWRK11111111', mac: '4c-bd-8f-00-00-01', sourceTool: 'hikvision-sadp', site: 'Annex' },
  { label: 'axis', manufacturer: 'Axis Communications', model: 'P3265-LVE', mac: 'AC:CC:8E:01:02:03' },
  { label: 'bosch', manufacturer: 'Bosch', model: 'NDE-3502-AL' },
  { label: 'hanwha', manufacturer: 'Hanwha Vision', model: 'XNV-8080R', mac: '00:09:18:01:02:03' },
  { label: 'avigilon', manufacturer: 'Avigilon', model: '5.0C-H5A-BO2-IR' },
  { label: 'ipro', manufacturer: 'i-PRO', model: 'WV-S1536LA' },
  { label: 'uniview', manufacturer: 'Uniview', model: 'IPC2122LB-SF28-A', mac: '48:EA:63:01:02:03', site: 'Annex' },
  { label: 'uniview-nvr', manufacturer: 'Uniview', model: 'NVR301-08S3', type: 'recorder' },
  { label: 'lts', manufacturer: 'LTS', model: 'CMIP3C42W-28' },
  { label: 'annke', manufacturer: 'Annke', model: 'C800' },
  { label: 'dahua', manufacturer: 'Dahua Technology', model: 'DH-IPC-HFW2831S-S-S2', serial: 'SN-DAHUA-1' },
  { label: 'huawei', manufacturer: 'Huawei', model: 'HG8245H', type: 'other' },
  { label: 'zte', manufacturer: 'ZTE', model: 'ZXHN F670L', type: 'other' },
  { label: 'hytera', manufacturer: 'Hytera', model: 'PD785', type: 'other' },
  { label: 'unknown', manufacturer: 'Acme Security', model: 'AC-100' },
];

const HIKVISION = REGISTER.filter((r) => r.label.startsWith('hik')).map((r) => r.label);
const MUST_STAY_CLEAR = ['axis', 'bosch', 'hanwha', 'avigilon', 'ipro', 'uniview', 'uniview-nvr'];

function planWith(rows: Row[]): { db: Db; ids: Map<string, number> } {
  const db = openPlanDb(':memory:');
  const insert = prepareInsertDevice(db);
  const ids = new Map<string, number>();
  for (const { label, site, type, ...r } of rows) {
    const siteId = ensureSite(db, { name: site ?? 'Headquarters' });
    ids.set(label, insert({ ...r, siteId, type: type ?? 'camera', notes: label }));
  }
  return { db, ids };
}

function stateByLabel(db: Db): Map<string, { status: string; company: string | null; evidence: Evidence[] }> {
  const rows = db.prepare('SELECT notes, status, company, evidence FROM devices').all() as Array<{ notes: string; status: string; company: string | null; evidence: string }>;
  return new Map(rows.map((r) => [r.notes, { status: r.status, company: r.company, evidence: JSON.parse(r.evidence) as Evidence[] }]));
}

describe('tagging a realistic register (issue 4, "Done when")', () => {
  it('restricts every Hikvision-made device with evidence and a citation, flags no Axis/Bosch/Hanwha/Avigilon/i-PRO/Uniview device, sends relabels to review', () => {
    const { db } = planWith(REGISTER);
    retagAll(db);
    const s = stateByLabel(db);
    for (const label of HIKVISION) {
      const d = s.get(label)!;
      expect(d.status, label).toBe('restricted');
      expect(d.company, label).toBe('hikvision');
      const cited = d.evidence.filter((e) => e.policy === 'ca-federal-2025' && e.citation?.url && e.citation.title && e.citation.date);
      expect(cited.length, label).toBeGreaterThan(0);
    }
    for (const label of MUST_STAY_CLEAR) expect(s.get(label)!.status, label).toBe('clear');
    for (const label of ['lts', 'annke']) expect(s.get(label)).toMatchObject({ status: 'review', company: 'hikvision' });
    expect(s.get('unknown')!.status).toBe('review');
    db.close();
  });

  it('switching on the FCC Covered List adds Dahua, Huawei, ZTE and Hytera, and reports the diff', () => {
    const { db } = planWith(REGISTER);
    retagAll(db);
    const change = setActivePolicies(db, { enable: ['us-fcc-covered'] }, 'tester');
    const s = stateByLabel(db);
    for (const [label, company] of [['dahua', 'dahua'], ['huawei', 'huawei'], ['zte', 'zte'], ['hytera', 'hytera']]) {
      expect(s.get(label), label).toMatchObject({ status: 'restricted', company });
    }
    for (const label of MUST_STAY_CLEAR) expect(s.get(label)!.status, label).toBe('clear');
    expect(change.diff).toMatchObject({ devices: REGISTER.length, newlyRestricted: 4, cleared: 0 });
    expect(change.policies.find((p) => p.id === 'us-fcc-covered')?.active).toBe(true);

    const off = setActivePolicies(db, { disable: ['us-fcc-covered'] }, 'tester');
    expect(off.diff).toMatchObject({ newlyRestricted: 0, cleared: 4 });
    expect(listAudit(db, { entity: 'policy' }).map((a) => a.newValue)).toEqual(['ca-federal-2025', 'ca-federal-2025, us-fcc-covered']);
    db.close();
  });

  it('lists every policy with jurisdiction, version and citation; only the Canadian one on by default', () => {
    const { db } = planWith([]);
    const policies = listPolicies(db);
    expect(policies.map((p) => p.id)).toEqual(['ca-federal-2025', 'qc-2023', 'us-fcc-covered', 'us-ndaa-889', 'uk-2022', 'au-2023']);
    expect(policies.filter((p) => p.active).map((p) => p.id)).toEqual(['ca-federal-2025']);
    expect(policies.find((p) => p.id === 'uk-2022')?.kind).toBe('guidance');
    for (const p of policies) {
      expect(p.citation.url).toMatch(/^https?:\/\//);
      expect(p.citation.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.version).not.toBe('');
    }
    expect(() => setActivePolicies(db, { enable: ['no-such-policy'] }, 'tester')).toThrow(/no policy "no-such-policy"/);
    db.close();
  });

  it('gives the same result whatever the row order, and a second pass changes nothing', () => {
    const a = planWith(REGISTER);
    const b = planWith([...REGISTER].reverse());
    retagAll(a.db);
    retagAll(b.db);
    const sa = stateByLabel(a.db);
    const sb = stateByLabel(b.db);
    for (const r of REGISTER) expect(sb.get(r.label), r.label).toEqual(sa.get(r.label));
    expect(retagAll(a.db)).toMatchObject({ changed: 0, newlyRestricted: 0, cleared: 0 });
    a.db.close();
    b.db.close();
  });

  it('groups restricted devices by company and by site', () => {
    const { db } = planWith(REGISTER);
    retagAll(db);
    const g = restrictedGroups(db);
    expect(g.total).toBe(HIKVISION.length);
    expect(g.byCompany).toEqual([{ company: 'hikvision', devices: HIKVISION.length, cameras: HIKVISION.length - 1, recorders: 1, sites: 2 }]);
    expect(g.bySite.map((s) => [s.site, s.devices])).toEqual([['Headquarters', HIKVISION.length - 1], ['Annex', 1]]);
    db.close();
  });
});

describe('overrides', () => {
  it('need a reason, are audited with user, old and new status, and survive re-tagging', () => {
    const { db, ids } = planWith(REGISTER);
    retagAll(db);
    const lts = ids.get('lts')!;
    expect(() => setOverride(db, { deviceId: lts, status: 'clear', reason: '  ', user: 'alice' })).toThrow(/reason/);
    expect(() => setOverride(db, { deviceId: 999999, status: 'clear', reason: 'x', user: 'alice' })).toThrow(/no device 999999/);

    const r = setOverride(db, { deviceId: lts, status: 'clear', reason: 'Checked on site: Axis firmware, relabelled case', user: 'alice' });
    expect(r.device).toMatchObject({ status: 'clear', overridden: true });
    expect(r.device.evidence[0]).toMatchObject({ kind: 'override', rule: 'override' });
    setActivePolicies(db, { enable: ['us-fcc-covered', 'us-ndaa-889'] }, 'bob');
    retagAll(db);
    expect(stateByLabel(db).get('lts')!.status).toBe('clear');

    const audit = listAudit(db, { entity: 'device', entityId: lts });
    expect(audit[0]).toMatchObject({ user: 'alice', action: 'device.override', oldValue: 'review', newValue: 'clear', reason: 'Checked on site: Axis firmware, relabelled case' });
    expect(audit[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    db.close();
  });

  it('re-attach to the device a re-import creates with the same serial, and can be revoked (also audited)', () => {
    const { db, ids } = planWith(REGISTER);
    retagAll(db);
    const dahua = ids.get('dahua')!;
    setOverride(db, { deviceId: dahua, status: 'restricted', reason: 'Department rule: no Dahua on site', user: 'alice' });
    expect(stateByLabel(db).get('dahua')!.status).toBe('restricted');

    // A re-import that drops and re-creates the row: same serial, new id (after another row, so the id is not reused).
    db.prepare('DELETE FROM devices WHERE id = ?').run(dahua);
    const insert = prepareInsertDevice(db);
    insert({ siteId: null, type: 'camera', manufacturer: 'Dahua', notes: 'other' });
    const again = insert({ siteId: null, type: 'camera', manufacturer: 'Dahua Technology', model: 'DH-IPC-HFW2831S-S-S2', serial: ' sn-dahua-1 ', notes: 'dahua' });
    expect(again).not.toBe(dahua);
    retagAll(db);
    const s = stateByLabel(db);
    expect(s.get('dahua')!.status).toBe('restricted');
    expect(s.get('other')!.status).toBe('review');

    const revoked = revokeOverride(db, { deviceId: again, reason: 'Rule withdrawn', user: 'carol' });
    expect(revoked.device).toMatchObject({ status: 'review', overridden: false });
    expect(revoked.override).toMatchObject({ revokedBy: 'carol', revokeReason: 'Rule withdrawn' });
    expect(listAudit(db, { entity: 'device', entityId: again })[0]).toMatchObject({ user: 'carol', action: 'device.override.revoke', oldValue: 'restricted', newValue: 'review' });
    retagAll(db);
    expect(stateByLabel(db).get('dahua')!.status).toBe('review');
    db.close();
  });

  it('re-attach by MAC when the serial is missing', () => {
    const { db, ids } = planWith(REGISTER);
    retagAll(db);
    const hikMac = ids.get('hik-mac')!;
    setOverride(db, { deviceId: hikMac, status: 'clear', reason: 'Decommissioned, kept offline as evidence', user: 'alice' });
    db.prepare('DELETE FROM devices WHERE id = ?').run(hikMac);
    prepareInsertDevice(db)({ siteId: null, type: 'camera', mac: 'c0-56-e3-12-34-56', notes: 'hik-mac' });
    retagAll(db);
    expect(stateByLabel(db).get('hik-mac')!.status).toBe('clear');
    db.close();
  });
});

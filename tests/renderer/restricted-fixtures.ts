// A small stateful fake of the backend for the Restricted view and the Policies page.
import type { PlannerBridge } from '../../electron/api/contract';
import type { PolicyInfo } from '../../electron/api/tagging-types';
import type { DeviceQuery, DeviceRow, Evidence, SiteRow } from '../../electron/api/types';

export const citation = { title: 'Order under the Investment Canada Act, s. 25.4(1)', issuer: 'Governor in Council', date: '2025-06-27', url: 'https://example.gc.ca/order' };
const ev = (over: Partial<Evidence>): Evidence => ({ field: 'manufacturer', value: 'Hikvision', rule: 'name:alias', company: 'hikvision', policy: 'ca-federal-2025', policyVersion: '1', citation, strength: 'strong', kind: 'maker', ...over });

export const row = (id: number, over: Partial<DeviceRow>): DeviceRow => ({
  id, assetTag: `GC-${id}`, site: 'Headquarters', siteId: 1, building: null, location: null, type: 'camera', manufacturer: 'Hikvision',
  model: 'DS-2CD2043G2-I', serial: null, mac: null, ip: null, firmware: null, installDate: null, lifecycle: null,
  status: 'restricted', company: 'hikvision', evidence: [ev({})], overridden: false, excluded: false, ...over,
});

export function sampleDevices(): DeviceRow[] {
  return [
    row(1, {}),
    row(2, { manufacturer: 'EZVIZ', evidence: [ev({ value: 'EZVIZ', rule: 'name:brand', kind: 'brand' })] }),
    row(3, { siteId: 2, site: 'Depot', type: 'recorder', model: 'DS-7608NI-K2' }),
    row(10, { status: 'review', company: 'hikvision', manufacturer: 'LTS', model: 'CMIP3042', evidence: [ev({ value: 'LTS', rule: 'name:oem', kind: 'relabel', strength: 'weak', policy: null, citation: null }), ev({ field: '*', value: 'hikvision', rule: 'review-reason', kind: 'note', note: 'Only a relabel points at Hikvision: confirm who made it.', policy: null, citation: null })] }),
    row(11, { status: 'review', company: 'hikvision', manufacturer: 'Axis', evidence: [ev({ field: 'mac', value: 'BC:AD:28:00:00:01', rule: 'oui:MA-L' }), ev({ field: '*', value: 'Axis / Hikvision', rule: 'conflict', kind: 'conflict', strength: 'conflict', note: 'Evidence disagrees: manufacturer says Axis; mac says Hikvision. Review.' })] }),
    row(12, { status: 'review', company: null, manufacturer: null, model: null, assetTag: 'GC-12', evidence: [ev({ field: '*', value: '', rule: 'no-evidence', kind: 'none', company: null, policy: null, citation: null })] }),
    row(20, { status: 'review', company: 'dahua', manufacturer: 'Dahua', model: 'IPC-HFW2431S', evidence: [ev({ value: 'Dahua', company: 'dahua', policy: null, citation: null })] }),
  ];
}

export const sites = (): SiteRow[] => [
  { id: 1, name: 'Headquarters', nameFr: 'Administration centrale', region: null, address: null, criticality: 1, status: 'active', devices: 9, restricted: 2 },
  { id: 2, name: 'Depot', nameFr: 'Dépôt', region: null, address: null, criticality: 3, status: 'active', devices: 4, restricted: 1 },
  { id: 3, name: 'Remote Station', nameFr: 'Station éloignée', region: null, address: null, criticality: 4, status: 'active', devices: 0, restricted: 0 },
  { id: 4, name: 'Arctic Outpost', nameFr: 'Poste arctique', region: null, address: null, criticality: 4, status: 'not_reported', devices: 0, restricted: 0 },
];

export const policy = (id: string, over: Partial<PolicyInfo> = {}): PolicyInfo => ({
  id, name: id, jurisdiction: 'Canada', issuer: 'Governor in Council', date: '2025-06-27', version: '2025-06-27.1', kind: 'binding', active: false,
  companies: ['hikvision'], citation, sources: [{ title: citation.title, url: citation.url }], confidence: 'high', scope: 'federal', ...over,
});

export interface FakeBackend {
  bridge: PlannerBridge;
  calls: Array<{ name: string; args: unknown }>;
  devices: DeviceRow[];
  sites: SiteRow[];
  policies: PolicyInfo[];
}

export function fakeBackend(): FakeBackend {
  const state: FakeBackend = { bridge: null as unknown as PlannerBridge, calls: [], devices: sampleDevices(), sites: sites(), policies: [policy('ca-federal-2025', { active: true, name: 'Canada federal 2025' }), policy('us-fcc-covered', { name: 'FCC Covered List', jurisdiction: 'United States', companies: ['huawei', 'zte', 'hytera', 'hikvision', 'dahua'] })] };
  const value = (name: string, args: Record<string, unknown>): unknown => {
    const restricted = state.devices.filter((d) => d.status === 'restricted');
    switch (name) {
      case 'summary:get':
        return { devices: state.devices.length, restricted: restricted.length, review: state.devices.filter((d) => d.status === 'review').length, clear: 0, sites: state.sites.length, policies: [] };
      case 'restricted:groups':
        return {
          total: restricted.length,
          byCompany: [{ company: 'hikvision', devices: restricted.length, cameras: 2, recorders: 1, sites: 2 }],
          bySite: [{ siteId: 1, site: 'Headquarters', devices: 2, companies: [{ company: 'hikvision', devices: 2 }] }, { siteId: 2, site: 'Depot', devices: 1, companies: [{ company: 'hikvision', devices: 1 }] }],
        };
      case 'restricted:brands':
        return [{ company: 'hikvision', brand: null, devices: 2 }, { company: 'hikvision', brand: 'EZVIZ', devices: 1 }];
      case 'sites:list':
        return state.sites;
      case 'history:list':
        return { entries: [], undo: null, redo: null };
      case 'devices:list': {
        const q = args as DeviceQuery;
        const rows = state.devices.filter((d) => (!q.status || d.status === q.status) && (!q.company || d.company === q.company) && (q.siteId === undefined || d.siteId === q.siteId));
        return { total: rows.length, rows: rows.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 100)) };
      }
      case 'devices:get': {
        const d = state.devices.find((x) => x.id === args.id)!;
        return { device: d, subtype: null, notes: null, macRaw: null, costCents: null, extra: {}, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', provenance: { importId: null, file: null, sheet: null, row: null, importedAt: null, format: null, sourceTool: null }, overrides: [], audit: [] };
      }
      case 'devices:bulkUpdate': {
        const a = args as { ids: number[]; override: { status: 'restricted' | 'clear' } };
        for (const d of state.devices) if (a.ids.includes(d.id)) d.status = a.override.status;
        return { devices: a.ids.length, sites: 0, historyId: 7 };
      }
      case 'sites:setStatus': {
        const s = state.sites.find((x) => x.id === args.siteId)!;
        s.status = args.status as SiteRow['status'];
        return s;
      }
      case 'policies:list':
        return state.policies;
      case 'policies:setActive': {
        const a = args as { enable?: string[]; disable?: string[] };
        state.policies = state.policies.map((p) => ({ ...p, active: a.enable?.includes(p.id) ? true : a.disable?.includes(p.id) ? false : p.active }));
        return { policies: state.policies, diff: { devices: 598, newlyRestricted: 12, cleared: 3, changed: 15, statusChanged: 15 } };
      }
      default:
        throw new Error(`no ${name}`);
    }
  };
  state.bridge = {
    call: async (name, args) => {
      state.calls.push({ name, args });
      try {
        return { ok: true, value: value(name, args as Record<string, unknown>) as never };
      } catch (e) {
        return { ok: false, error: { code: 'X', message: (e as Error).message } };
      }
    },
    on: () => () => {},
  };
  return state;
}

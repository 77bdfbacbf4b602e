// Re-tagging: every device re-evaluated against the rule data and the active
// policies in one transaction; only rows whose status, company, evidence or
// override changed are written. Called after the sample is generated, after an
// import, when policies are switched and when an override is set or revoked.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Db } from '../../db/open';
import { setSetting } from '../../db/queries/settings';
import { activeOverrides, prepareTagUpdate, reattachOverride, restrictedBySiteAndCompany, taggingTupleBatches, type OverrideRow } from '../../db/queries/tagging';
import type { RestrictedGroups } from '../api/tagging-types';
import type { DeviceStatus } from '../api/types';
import policyDataJson from '../domain/policies/policy-data.json' with { type: 'json' };
import type { PolicyData } from '../domain/policies/types';
import {
  applyOverride,
  compileRules,
  identityKey,
  newTagMemo,
  normaliseMac,
  parseExtra,
  registryLookup,
  relevantRegistry,
  tagDevice,
  tagDeviceJson,
  type RegistryLookup,
  type RuleSet,
  type StoredTagInput,
  type TaggedJson,
} from '../domain/tagging';
import { activePolicyIds } from './policies';

export interface RetagDiff {
  devices: number;
  /** Devices restricted now that were not before. */
  newlyRestricted: number;
  /** Devices restricted before that are not any more (now review or clear). */
  cleared: number;
  /** Rows rewritten: status, company, evidence or override changed. */
  changed: number;
  /** Rows whose status changed. */
  statusChanged: number;
}

export const policyData = policyDataJson as unknown as PolicyData;

let rules: RuleSet | null = null;
/** The compiled rule set, built once per process. */
export function ruleSet(): RuleSet {
  rules ??= compileRules(policyData);
  return rules;
}

let registry: { lookup: RegistryLookup | null; version: string | null } | null = null;
/**
 * The IEEE registry from the `oui-data` package, read once on first use and
 * cut down to the blocks whose registrant the rule set can name. Without it the
 * matcher still knows every listed company's blocks from the policy data.
 */
export function ouiRegistry(): { lookup: RegistryLookup | null; version: string | null } {
  if (registry) return registry;
  try {
    const req = createRequire(import.meta.url);
    const file = req.resolve('oui-data');
    const full = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    let version: string | null = null;
    try {
      version = (JSON.parse(fs.readFileSync(req.resolve('oui-data/package.json'), 'utf8')) as { version?: string }).version ?? null;
    } catch {
      version = null; // the package's exports may hide package.json; the data still loads
    }
    registry = { lookup: registryLookup(relevantRegistry(ruleSet(), full)), version };
  } catch {
    registry = { lookup: null, version: null };
  }
  return registry;
}

interface OverrideIndex {
  bySerial: Map<string, OverrideRow>;
  byMac: Map<string, OverrideRow>;
  byAssetTag: Map<string, OverrideRow>;
  byDeviceOnly: Map<number, OverrideRow>;
}

function indexOverrides(rows: OverrideRow[]): OverrideIndex {
  const idx: OverrideIndex = { bySerial: new Map(), byMac: new Map(), byAssetTag: new Map(), byDeviceOnly: new Map() };
  for (const o of rows) {
    // rows come oldest first, so a later decision on the same identity wins
    if (o.serial_key) idx.bySerial.set(o.serial_key, o);
    if (o.mac_key) idx.byMac.set(o.mac_key, o);
    if (o.asset_tag_key) idx.byAssetTag.set(o.asset_tag_key, o);
    if (!o.serial_key && !o.mac_key && !o.asset_tag_key && o.device_id != null) idx.byDeviceOnly.set(o.device_id, o);
  }
  return idx;
}

/** The newest active override whose identity (serial, MAC or asset tag) is this device's. */
export function findOverride(idx: OverrideIndex, d: { id: number; serial: string | null; mac: string | null; asset_tag: string | null }): OverrideRow | null {
  const serial = identityKey(d.serial);
  const mac = normaliseMac(d.mac);
  const tag = identityKey(d.asset_tag);
  const candidates = [
    serial ? idx.bySerial.get(serial) : undefined,
    mac ? idx.byMac.get(mac) : undefined,
    tag ? idx.byAssetTag.get(tag) : undefined,
    idx.byDeviceOnly.get(d.id),
  ].filter((o): o is OverrideRow => o !== undefined);
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.id > a.id ? b : a));
}

/** What one tagging pass reads once: the rules, the registry, a fresh memo, the active policies and overrides. */
function taggingPass(db: Db) {
  const overrideRows = activeOverrides(db);
  return {
    rs: ruleSet(),
    registry: ouiRegistry(),
    memo: newTagMemo(),
    active: new Set(activePolicyIds(db)),
    overrideRows,
    overrides: indexOverrides(overrideRows),
  };
}

/**
 * Tags devices as an import inserts them, so each row is written once rather
 * than inserted and then re-tagged. Gives the verdict and evidence JSON
 * retagAll would; a device an active override may name (by serial, MAC or
 * asset tag) gets null, and the caller re-tags it with retagAll({ ids }).
 */
export function prepareNewDeviceTagger(db: Db): (device: StoredTagInput & { assetTag: string | null }) => TaggedJson | null {
  const { rs, registry, memo, active, overrideRows, overrides } = taggingPass(db);
  return (device) =>
    overrideRows.length > 0 && findOverride(overrides, { id: -1, serial: device.serial, mac: device.mac, asset_tag: device.assetTag })
      ? null
      : tagDeviceJson(rs, device, active, registry.lookup, memo);
}

/** Re-evaluate all devices (or only `ids`) in one transaction and write what changed. */
export function retagAll(db: Db, opts: { ids?: readonly number[] } = {}): RetagDiff {
  const diff: RetagDiff = { devices: 0, newlyRestricted: 0, cleared: 0, changed: 0, statusChanged: 0 };
  db.transaction(() => {
    const { rs, registry, memo, active, overrideRows, overrides } = taggingPass(db);
    const { lookup, version } = registry;
    const update = prepareTagUpdate(db);
    for (const batch of taggingTupleBatches(db, opts.ids)) {
      diff.devices += batch.length;
      for (const [id, manufacturer, model, serial, mac, sourceTool, extra, assetTag, storedStatus, storedCompany, storedOverride] of batch) {
        const device = { manufacturer, model, serial, mac, sourceTool, extra };
        const o = overrideRows.length > 0 ? findOverride(overrides, { id, serial, mac, asset_tag: assetTag }) : null;
        let status: DeviceStatus;
        let company: string | null;
        let evidence: string;
        if (o) {
          // Overridden devices are few: their evidence gains the override item, so they are evaluated one by one.
          const result = applyOverride(tagDevice(rs, { ...device, extra: parseExtra(extra) }, active, lookup, memo.names), { id: o.id, status: o.status, reason: o.reason, user: o.user, at: o.at });
          if (o.device_id !== id) reattachOverride(db, o.id, id);
          status = result.status;
          company = result.company;
          evidence = JSON.stringify(result.evidence);
        } else {
          ({ status, company, evidenceJson: evidence } = tagDeviceJson(rs, device, active, lookup, memo));
        }
        const overrideStatus = o ? o.status : null;
        if (!update(id, status, company, evidence, overrideStatus, { status: storedStatus, company: storedCompany, overrideStatus: storedOverride })) continue;
        diff.changed++;
        if (status !== storedStatus) diff.statusChanged++;
        if (status === 'restricted' && storedStatus !== 'restricted') diff.newlyRestricted++;
        if (storedStatus === 'restricted' && status !== 'restricted') diff.cleared++;
      }
    }
    if (!opts.ids) setSetting(db, 'tagging.ruleSet', { ruleSetVersion: policyData.ruleSetVersion, ouiData: version, at: new Date().toISOString() });
  })();
  return diff;
}


/** Restricted devices grouped by company and by site, for the Restricted view. */
export function restrictedGroups(db: Db): RestrictedGroups {
  const rows = restrictedBySiteAndCompany(db);
  const byCompany = new Map<string | null, RestrictedGroups['byCompany'][number]>();
  const bySite = new Map<number | null, RestrictedGroups['bySite'][number]>();
  let total = 0;
  for (const r of rows) {
    total += r.devices;
    const c = byCompany.get(r.company) ?? { company: r.company, devices: 0, cameras: 0, recorders: 0, sites: 0 };
    c.devices += r.devices;
    c.cameras += r.cameras;
    c.recorders += r.recorders;
    c.sites += 1;
    byCompany.set(r.company, c);
    const s = bySite.get(r.site_id) ?? { siteId: r.site_id, site: r.site_name, devices: 0, companies: [] };
    s.devices += r.devices;
    s.companies.push({ company: r.company, devices: r.devices });
    bySite.set(r.site_id, s);
  }
  return {
    total,
    byCompany: [...byCompany.values()].sort((a, b) => b.devices - a.devices || String(a.company).localeCompare(String(b.company))),
    bySite: [...bySite.values()].sort((a, b) => b.devices - a.devices || String(a.site).localeCompare(String(b.site))),
  };
}

// Re-tagging: every device re-evaluated against the rule data and the active
// policies in one transaction; only rows whose status, company, evidence or
// override changed are written. Called after the sample is generated, after an
// import, when policies are switched and when an override is set or revoked.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Db } from '../../db/open';
import { setSetting } from '../../db/queries/settings';
import { activeOverrides, prepareTagUpdate, reattachOverride, restrictedBySiteAndCompany, selectTaggingRows, type OverrideRow } from '../../db/queries/tagging';
import type { RestrictedGroups } from '../api/tagging-types';
import policyDataJson from '../domain/policies/policy-data.json' with { type: 'json' };
import type { PolicyData } from '../domain/policies/types';
import {
  applyOverride,
  compileRules,
  identityKey,
  newEvidenceCache,
  normaliseMac,
  registryLookup,
  relevantRegistry,
  tagDevice,
  type RegistryLookup,
  type RuleSet,
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

function parseExtra(text: string): Record<string, string> | null {
  if (text === '{}' || text === '') return null;
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch {
    return null;
  }
}

/** Re-evaluate all devices (or only `ids`) in one transaction and write what changed. */
export function retagAll(db: Db, opts: { ids?: readonly number[] } = {}): RetagDiff {
  const rs = ruleSet();
  const { lookup, version } = ouiRegistry();
  const cache = newEvidenceCache();
  const diff: RetagDiff = { devices: 0, newlyRestricted: 0, cleared: 0, changed: 0, statusChanged: 0 };
  db.transaction(() => {
    const active = new Set(activePolicyIds(db));
    const overrides = indexOverrides(activeOverrides(db));
    const update = prepareTagUpdate(db);
    const rows = selectTaggingRows(db, opts.ids);
    diff.devices = rows.length;
    for (const row of rows) {
      let result = tagDevice(
        rs,
        { manufacturer: row.manufacturer, model: row.model, serial: row.serial, mac: row.mac, sourceTool: row.source_tool, extra: parseExtra(row.extra) },
        active,
        lookup,
        cache,
      );
      const o = findOverride(overrides, row);
      if (o) {
        result = applyOverride(result, { id: o.id, status: o.status, reason: o.reason, user: o.user, at: o.at });
        if (o.device_id !== row.id) reattachOverride(db, o.id, row.id);
      }
      const overrideStatus = o ? o.status : null;
      if (!update(row.id, result.status, result.company, JSON.stringify(result.evidence), overrideStatus)) continue;
      diff.changed++;
      if (result.status !== row.status) diff.statusChanged++;
      if (result.status === 'restricted' && row.status !== 'restricted') diff.newlyRestricted++;
      if (row.status === 'restricted' && result.status !== 'restricted') diff.cleared++;
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

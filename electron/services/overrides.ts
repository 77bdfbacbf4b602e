// A user's decision on a device's status: restricted or clear, with a reason
// that is required, kept in device_overrides (by identity, so it survives
// re-tagging and re-import) and in the audit log. Revocable, also audited.
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/queries/audit';
import { getDevice, toDeviceRow } from '../../db/queries/devices';
import { getOverride, insertOverride, markOverrideRevoked, overridesForDevice, type OverrideRow } from '../../db/queries/tagging';
import type { OverrideInfo, OverrideResult } from '../api/tagging-types';
import { identityKey, normaliseMac } from '../domain/tagging';
import { retagAll } from './tagging';

export function toOverrideInfo(o: OverrideRow): OverrideInfo {
  return {
    id: o.id,
    status: o.status,
    previousStatus: o.previous_status,
    reason: o.reason,
    user: o.user,
    at: o.at,
    revokedAt: o.revoked_at,
    revokedBy: o.revoked_by,
    revokeReason: o.revoke_reason,
  };
}

function requireDevice(db: Db, deviceId: number) {
  const d = getDevice(db, deviceId);
  if (!d) throw new UserError('NOT_FOUND', `There is no device ${deviceId} in this plan.`);
  return d;
}

export function setOverride(db: Db, args: { deviceId: number; status: 'restricted' | 'clear'; reason: string; user: string }): OverrideResult {
  return db.transaction(() => {
    const id = recordOverrides(db, [args.deviceId], args)[0];
    return { device: toDeviceRow(requireDevice(db, args.deviceId)), override: toOverrideInfo(getOverride(db, id)!) };
  })();
}

/**
 * Put the same decision on each device (replacing the one in force), audit each, then re-tag them all in one pass;
 * returns the new overrides' ids. One pass, not one per device: each pass reads every override in the plan, so a
 * bulk override of 10,000 devices device by device took 163 s.
 */
export function recordOverrides(db: Db, deviceIds: readonly number[], args: { status: 'restricted' | 'clear'; reason: string; user: string }): number[] {
  const reason = args.reason.trim();
  if (!reason) throw new UserError('REASON_REQUIRED', 'Give a reason for overriding the status of this device.');
  return db.transaction(() => {
    const ids = deviceIds.map((deviceId) => {
      const d = requireDevice(db, deviceId);
      // A new decision replaces the one in force for this device.
      for (const old of overridesForDevice(db, d.id).filter((o) => !o.revoked_at)) {
        markOverrideRevoked(db, old.id, args.user, `Replaced by a new override`);
      }
      const id = insertOverride(db, {
        deviceId: d.id,
        serialKey: identityKey(d.serial),
        macKey: normaliseMac(d.mac),
        assetTagKey: identityKey(d.asset_tag),
        status: args.status,
        previousStatus: d.status,
        reason,
        user: args.user,
      });
      appendAudit(db, { user: args.user, action: 'device.override', entity: 'device', entityId: d.id, oldValue: d.status, newValue: args.status, reason });
      return id;
    });
    retagAll(db, { ids: deviceIds });
    return ids;
  })();
}

/** Revoke an override (by its id, or the one in force on a device); the device is re-tagged. */
export function revokeOverride(db: Db, args: { overrideId?: number; deviceId?: number; reason?: string; user: string }): OverrideResult {
  return db.transaction(() => {
    let o: OverrideRow | undefined;
    if (args.overrideId !== undefined) {
      o = getOverride(db, args.overrideId);
      if (!o) throw new UserError('NOT_FOUND', `There is no override ${args.overrideId} in this plan.`);
    } else if (args.deviceId !== undefined) {
      requireDevice(db, args.deviceId);
      o = overridesForDevice(db, args.deviceId).find((x) => !x.revoked_at);
      if (!o) throw new UserError('NOT_FOUND', `Device ${args.deviceId} has no override to revoke.`);
    } else {
      throw new UserError('BAD_ARGS', 'Name the override or the device whose override to revoke.');
    }
    if (o.revoked_at) throw new UserError('ALREADY_REVOKED', `Override ${o.id} was already revoked on ${o.revoked_at}.`);
    if (o.device_id == null) throw new UserError('NOT_FOUND', `Override ${o.id} is not attached to any device in this plan.`);
    const before = requireDevice(db, o.device_id);
    markOverrideRevoked(db, o.id, args.user, args.reason?.trim() || null);
    retagAll(db, { ids: [o.device_id] });
    const after = requireDevice(db, o.device_id);
    appendAudit(db, {
      user: args.user, action: 'device.override.revoke', entity: 'device', entityId: o.device_id,
      oldValue: before.status, newValue: after.status, reason: args.reason?.trim() || null,
    });
    return { device: toDeviceRow(after), override: toOverrideInfo(getOverride(db, o.id)!) };
  })();
}

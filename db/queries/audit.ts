import type { AuditEntry } from '../../electron/api/types';
import type { Db } from '../open';

export interface AuditInput {
  user: string;
  action: string;
  entity: string;
  entityId?: number | null;
  oldValue?: string | null;
  newValue?: string | null;
  reason?: string | null;
}

export function appendAudit(db: Db, e: AuditInput): number {
  const r = db
    .prepare(
      `INSERT INTO audit_log (user, action, entity, entity_id, old_value, new_value, reason)
       VALUES (@user, @action, @entity, @entityId, @oldValue, @newValue, @reason)`,
    )
    .run({
      user: e.user,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId ?? null,
      oldValue: e.oldValue ?? null,
      newValue: e.newValue ?? null,
      reason: e.reason ?? null,
    });
  return Number(r.lastInsertRowid);
}

interface AuditRow {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  entity_id: number | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
}

export function listAudit(db: Db, opts: { limit?: number; entity?: string; entityId?: number } = {}): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: opts.limit ?? 500 };
  if (opts.entity) {
    where.push('entity = @entity');
    params.entity = opts.entity;
  }
  if (opts.entityId !== undefined) {
    where.push('entity_id = @entityId');
    params.entityId = opts.entityId;
  }
  const rows = db
    .prepare(
      `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`,
    )
    .all(params) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    user: r.user,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
  }));
}

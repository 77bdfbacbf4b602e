// Undo and redo over the command log. Edits, bulk edits and overrides are
// reverted from their before images; an import is reverted by the importer's
// own undo (new devices removed, updated ones restored), which cannot be redone.
import { appendAudit } from '../../db/queries/audit';
import { applyImages, forgetImportCommand, listCommands, markUndone, nextRedo, nextUndo, type CommandEntry } from '../../db/queries/command-log';
import { UserError } from '../../db/errors';
import type { Db } from '../../db/open';
import type { HistoryEntry, HistoryState } from '../api/inventory-types';

export interface HistoryHooks {
  /** Reverts a whole import; supplied once the import service offers it. */
  undoImport?: (importId: number) => void;
}

const entry = (c: CommandEntry): HistoryEntry => ({
  id: c.id,
  at: c.at,
  user: c.user,
  kind: c.kind,
  label: c.label,
  count: c.count,
  undone: c.undone,
});

export function historyState(db: Db, limit = 50): HistoryState {
  const u = nextUndo(db);
  const r = nextRedo(db);
  return { entries: listCommands(db, limit).map(entry), undo: u && entry(u), redo: r && entry(r) };
}

/** Revert the newest command; null when there is nothing to undo. */
export function undo(db: Db, user: string, hooks: HistoryHooks = {}): HistoryEntry | null {
  const c = nextUndo(db);
  if (!c) return null;
  if (c.kind === 'import') {
    if (c.refId == null || !hooks.undoImport) {
      throw new UserError('CANNOT_UNDO', 'This import cannot be undone from here; undo it from the import history.');
    }
    // The importer's undo runs its own transaction and removes the entry from the log (it cannot be redone).
    hooks.undoImport(c.refId);
    forgetImportCommand(db, c.refId);
    appendAudit(db, { user, action: 'history.undo', entity: 'command', entityId: c.id, newValue: c.label });
    return entry({ ...c, undone: true });
  }
  db.transaction(() => {
    applyImages(db, c.changes, 'before');
    markUndone(db, c.id, true);
    appendAudit(db, { user, action: 'history.undo', entity: 'command', entityId: c.id, newValue: c.label });
  })();
  return entry({ ...c, undone: true });
}

/** Replay the oldest undone command; null when there is nothing to redo. */
export function redo(db: Db, user: string): HistoryEntry | null {
  const c = nextRedo(db);
  if (!c) return null;
  if (c.kind === 'import') {
    throw new UserError('CANNOT_REDO', 'An undone import cannot be redone; import the file again.');
  }
  db.transaction(() => {
    applyImages(db, c.changes, 'after');
    markUndone(db, c.id, false);
    appendAudit(db, { user, action: 'history.redo', entity: 'command', entityId: c.id, newValue: c.label });
  })();
  return entry({ ...c, undone: false });
}

// Undo a whole import: devices it added are removed, devices it changed are
// restored from their before-images, sites it created are removed when empty.
// Refused when a later import (not undone) touched the same devices, since
// restoring would silently discard that later import's changes.
import { forgetImportCommand } from '../../../db/queries/command-log';
import { UserError } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { appendAudit } from '../../../db/queries/audit';
import { changesOf, getImport, laterImportsTouching, markUndone, prepareRestoreDevice } from '../../../db/queries/imports';
import type { UndoResult } from '../../api/import-types';
import { backupBeforeChange } from '../backup';
import { retagAll } from '../tagging';
import { suspendSearchIndexForBulkChange } from './bulk-search-index';

export function undoImport(db: Db, importId: number, user: string): UndoResult {
  const imp = getImport(db, importId);
  if (!imp) throw new UserError('NOT_FOUND', `There is no import number ${importId} in this plan.`, { id: importId }, 'NOT_FOUND.import');
  if (imp.undoneAt) throw new UserError('ALREADY_UNDONE', `Import ${importId} (${imp.fileName}) was already undone on ${imp.undoneAt}.`, {
      id: importId, file: imp.fileName, at: imp.undoneAt,
    });
  const later = laterImportsTouching(db, importId);
  if (later.length > 0) {
    throw new UserError(
      'UNDO_BLOCKED',
      `Import ${importId} (${imp.fileName}) cannot be undone while later import${later.length > 1 ? 's' : ''} ${later.join(', ')} changed the same devices: undo ${later.length > 1 ? 'those' : 'that one'} first.`,
      { id: importId, file: imp.fileName, count: later.length, later: later.join(', ') },
    );
  }
  backupBeforeChange(db, null, 'undo'); // rotating backup before the transaction
  return db.transaction(() => {
    const restore = prepareRestoreDevice(db);
    const removeDevice = db.prepare('DELETE FROM devices WHERE id = ?');
    const removeEmptySite = db.prepare('DELETE FROM sites WHERE id = ? AND NOT EXISTS (SELECT 1 FROM devices WHERE site_id = ?)');
    let removed = 0;
    let restored = 0;
    const changes = changesOf(db, importId); // newest first
    const reindex = suspendSearchIndexForBulkChange(db, changes.filter((ch) => ch.entity === 'device').length);
    for (const ch of changes) {
      if (ch.entity !== 'device') continue;
      if (ch.action === 'insert') removed += removeDevice.run(ch.entity_id).changes;
      else if (ch.before) {
        restore(JSON.parse(ch.before) as Record<string, unknown>);
        restored++;
      }
    }
    reindex();
    for (const ch of changes) if (ch.entity === 'site' && ch.action === 'insert') removeEmptySite.run(ch.entity_id, ch.entity_id);
    markUndone(db, importId, user);
    // An undone import cannot be redone: drop it from the undo history so it neither repeats nor blocks redo.
    forgetImportCommand(db, importId);
    retagAll(db);
    appendAudit(db, { user, action: 'import.undo', entity: 'import', entityId: importId, newValue: JSON.stringify({ removed, restored }) });
    return { importId, removed, restored };
  })();
}

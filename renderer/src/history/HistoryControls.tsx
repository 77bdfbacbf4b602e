import { useApi } from '../api/hooks';
import { useI18n } from '../i18n';
import { useHistoryActions } from './useUndo';

/** Undo / Redo buttons naming the step they would revert or replay. */
export function HistoryControls() {
  const { t } = useI18n();
  const state = useApi('history:list', { limit: 1 });
  const { undo, redo, describe } = useHistoryActions();
  const u = state.data?.undo ?? null;
  const r = state.data?.redo ?? null;
  return (
    <div className="history-controls">
      <button type="button" onClick={undo} disabled={!u} aria-keyshortcuts="Control+Z" title={u ? t('history.undoWhat', { what: describe(u) }) : undefined}>
        {t('history.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!r} aria-keyshortcuts="Control+Shift+Z" title={r ? t('history.redoWhat', { what: describe(r) }) : undefined}>
        {t('history.redo')}
      </button>
      {u && <span className="help">{t('history.undoWhat', { what: describe(u) })}</span>}
    </div>
  );
}

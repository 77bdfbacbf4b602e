// Plan-level undo and redo: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) outside text
// fields, and the Edit menu's commands (re-dispatched by useNativeMenu as
// `crp:undo` / `crp:redo`). Inside a text field the keys keep their usual
// meaning; a menu undo there undoes the typing, as users expect.
import { useCallback, useEffect } from 'react';
import type { HistoryEntry } from '../../../electron/api/inventory-types';
import { call } from '../api/client';
import { notifyPlanChanged } from '../api/hooks';
import { useI18n, type MessageKey } from '../i18n';
import { announce } from './announce';

export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

export function useHistoryActions() {
  const { t } = useI18n();
  const describe = useCallback(
    (e: HistoryEntry) => t(`history.kind.${e.kind}` as MessageKey, { count: e.count }),
    [t],
  );
  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      try {
        const done = await call(which === 'undo' ? 'history:undo' : 'history:redo', {});
        if (!done) announce(t(which === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo'));
        else {
          announce(t(which === 'undo' ? 'history.undone' : 'history.redone', { what: describe(done) }));
          notifyPlanChanged();
        }
      } catch (err) {
        announce((err as Error).message);
      }
    },
    [t, describe],
  );
  return { undo: () => run('undo'), redo: () => run('redo'), describe };
}

export function useUndoShortcuts(enabled: boolean): void {
  const { undo, redo } = useHistoryActions();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(document.activeElement)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) void undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') void redo();
      else return;
      e.preventDefault();
    };
    const fromMenu = (which: 'undo' | 'redo') => () => {
      if (isTextField(document.activeElement)) document.execCommand(which);
      else void (which === 'undo' ? undo() : redo());
    };
    const onUndo = fromMenu('undo');
    const onRedo = fromMenu('redo');
    window.addEventListener('keydown', onKey);
    window.addEventListener('crp:undo', onUndo);
    window.addEventListener('crp:redo', onRedo);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('crp:undo', onUndo);
      window.removeEventListener('crp:redo', onRedo);
    };
  }, [enabled, undo, redo]);
}

// Drop a file anywhere in the window to import it. The import wizard (issue 3)
// picks the file up: it listens for the `crp:import-file` window event, whose
// detail is the dropped File, and lives at '#/import'. This component only
// shows the drop target and hands the file over.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import '../inventory.css';

export const IMPORT_FILE_EVENT = 'crp:import-file';

/** The last file dropped, for a wizard that mounts after the event fired. */
export let pendingImportFile: File | null = null;
export function takePendingImportFile(): File | null {
  const f = pendingImportFile;
  pendingImportFile = null;
  return f;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function FileDropZone() {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allow the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // never let the window navigate to the file
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      pendingImportFile = file;
      window.location.hash = '#/import';
      window.dispatchEvent(new CustomEvent<File>(IMPORT_FILE_EVENT, { detail: file }));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overFn);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('drop.overlay')}</p>
    </div>
  ) : null;
}

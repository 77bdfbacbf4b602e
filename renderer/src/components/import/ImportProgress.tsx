// A progress bar fed by the backend's 'progress' events for the import task
// (read, check, write, done). The percentage is of rows written once writing
// starts; before that the bar shows the phase and rows read so far.
import { useEffect, useState } from 'react';
import type { ApiEvents } from '../../../../electron/api/contract';
import { onEvent } from '../../api/client';
import { useI18n } from '../../i18n';

type Progress = ApiEvents['progress'];

export function ImportProgress({ active }: { active: boolean }) {
  const { t, formatNumber } = useI18n();
  const [p, setP] = useState<Progress | null>(null);
  useEffect(() => {
    if (!active) return;
    setP(null);
    return onEvent('progress', (e) => {
      if (e.task === 'import') setP(e);
    });
  }, [active]);
  if (!active) return null;

  const total = p?.total ?? null;
  const pct = !p ? 0 : p.phase === 'done' ? 100 : total && total > 0 ? Math.min(100, Math.round((p.done / total) * 100)) : 0;
  const n = { done: formatNumber(p?.done ?? 0), total: formatNumber(total ?? 0) };
  const text = !p
    ? t('import.progress.start')
    : p.phase === 'write'
      ? t('import.progress.write', n)
      : p.phase === 'check'
        ? t('import.progress.check', n)
        : p.phase === 'done'
          ? t('import.progress.done')
          : t('import.progress.read', n);
  return (
    <div className="import-progress">
      <div
        role="progressbar"
        aria-label={t('import.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={text}
        className="bar"
        data-testid="import-progress"
      >
        <div className="fill" style={{ width: `${pct}%` }} />
      </div>
      <p className="help" aria-live="polite">{text}</p>
    </div>
  );
}

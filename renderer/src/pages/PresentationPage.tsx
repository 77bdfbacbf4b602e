// Presentation: full screen, large type, one chart per slide (after a slide of
// the key numbers). Arrow keys, PageUp/PageDown and Space step; Home/End jump;
// Escape leaves. Slides show what the dashboard's filter shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ChartFrame } from '../charts/ChartFrame';
import { KpiTiles } from '../charts/KpiTiles';
import { useDashboardData, useDashboardFilter } from '../charts/useDashboardData';
import { ErrorMessage } from '../components/ErrorMessage';
import { useI18n } from '../i18n';
import '../charts/charts.css';

export function PresentationPage() {
  const { t } = useI18n();
  const [filter] = useDashboardFilter();
  const data = useDashboardData(filter);
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const count = data.specs.length + 1;

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    window.location.hash = '#/dashboard';
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const step: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Home: 'first', End: 'last' };
      if (e.key === 'Escape') {
        e.preventDefault();
        leave();
        return;
      }
      const s = step[e.key];
      if (s === undefined) return;
      e.preventDefault();
      setIndex((i) => (s === 'first' ? 0 : s === 'last' ? count - 1 : Math.min(count - 1, Math.max(0, i + s))));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, leave]);

  useEffect(() => root.current?.focus(), []);

  const spec = index > 0 ? data.specs[index - 1] : undefined;
  return (
    <div className="presentation" ref={root} tabIndex={-1} role="region" aria-roledescription={t('present.roledescription')} aria-label={t('present.label')}>
      <div className="slide" aria-live="polite" data-slide={index}>
        {data.error && <ErrorMessage message={data.error} onRetry={data.reload} />}
        {index === 0 ? (
          <section className="slide-title">
            <h1>{t('present.title')}</h1>
            {data.scenarioName && <p className="slide-sub">{t('present.subtitle', { scenario: data.scenarioName })}</p>}
            {data.kpis ? <KpiTiles k={data.kpis} large /> : <p className="loading">{t('app.loading')}</p>}
          </section>
        ) : (
          spec && <ChartFrame key={spec.id} spec={spec} variant="slide" height={Math.max(360, window.innerHeight - 260)} />
        )}
      </div>
      <nav className="slide-nav" aria-label={t('present.navLabel')}>
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          {t('present.previous')}
        </button>
        <span className="slide-count" data-testid="slide-count">
          {t('present.count', { n: index + 1, total: count })}
        </span>
        <button type="button" onClick={() => setIndex((i) => Math.min(count - 1, i + 1))} disabled={index >= count - 1}>
          {t('present.next')}
        </button>
        <button type="button" onClick={leave}>
          {t('present.exit')}
        </button>
      </nav>
    </div>
  );
}

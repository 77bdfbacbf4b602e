// The frame every chart sits in, on the dashboard, its own page and a slide:
// a figure with its title and description, a "show as table" toggle with the
// same numbers, and PNG/SVG export with the title and today's date.
import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { ChartLegend } from './ChartLegend';
import { DataTable } from './DataTable';
import { downloadBlob, exportFileName, serialiseChart, svgToPng } from './export';
import { animationActive } from './theme';
import type { ChartSpec } from './types';
import { useElementWidth } from './useElementWidth';

export type FrameVariant = 'card' | 'page' | 'slide';

const HEIGHTS: Record<FrameVariant, number> = { card: 300, page: 520, slide: 560 };

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function ChartFrame({ spec, variant = 'card', height, noAnimation }: { spec: ChartSpec; variant?: FrameVariant; height?: number; noAnimation?: boolean }) {
  const { t, formatDate } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(bodyRef);
  const titleId = useId();
  const descId = useId();
  const h = height ?? HEIGHTS[variant];
  const TitleTag = variant === 'card' ? 'h3' : 'h2';

  const exportAs = async (kind: 'png' | 'svg') => {
    setExportError(null);
    const svg = bodyRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    const date = todayIso();
    try {
      const doc = serialiseChart(svg, { title: spec.title, subtitle: t('charts.exportSubtitle', { app: t('app.title'), date: formatDate(date) }), legend: spec.legend });
      const blob = kind === 'svg' ? new Blob([doc.svg], { type: 'image/svg+xml' }) : await svgToPng(doc.svg, doc.width, doc.height);
      downloadBlob(blob, exportFileName(spec.id, date, kind));
    } catch (err) {
      setExportError((err as Error).message);
    }
  };

  return (
    <figure className={`chart chart-${variant}`} aria-labelledby={titleId} aria-describedby={descId} data-chart={spec.id}>
      <div className="chart-head">
        <TitleTag id={titleId} className="chart-title">
          {spec.title}
        </TitleTag>
        <div className="chart-tools" role="group" aria-label={t('charts.toolsLabel', { title: spec.title })}>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? t('charts.showChart') : t('charts.showTable')}
          </button>
          {spec.render && (
            <>
              <button type="button" onClick={() => void exportAs('png')} aria-label={t('charts.exportPngLabel', { title: spec.title })}>
                PNG
              </button>
              <button type="button" onClick={() => void exportAs('svg')} aria-label={t('charts.exportSvgLabel', { title: spec.title })}>
                SVG
              </button>
            </>
          )}
          {variant === 'card' && (
            <a className="chart-open" href={`#/dashboard/chart/${spec.id}`}>
              {t('charts.openFull')}
            </a>
          )}
        </div>
      </div>
      <figcaption id={descId} className="chart-desc">
        {spec.description}
      </figcaption>
      {exportError && (
        <p className="error" role="alert">
          {t('charts.exportFailed', { message: exportError })}
        </p>
      )}
      <div ref={bodyRef} className="chart-body" hidden={asTable} role="img" aria-label={spec.title}>
        {spec.render ? spec.render({ width, height: h, large: variant === 'slide', animate: animationActive(noAnimation) }) : <p className="chart-empty">{spec.emptyText}</p>}
        {spec.render && <ChartLegend entries={spec.legend} />}
      </div>
      {asTable && <DataTable table={spec.table} caption={spec.title} />}
    </figure>
  );
}

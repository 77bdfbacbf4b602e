// Reports: choose the plan workbook, the redacted summary or the inventory as
// CSV, and the language of its sheets; the desktop app asks where to save, the
// browser downloads the file.
import { useState } from 'react';
import type { ExportResult } from '../../../electron/api/export-types';
import type { PlanInfo } from '../../../electron/api/types';
import { call, getBridge } from '../api/client';
import { useI18n, type Lang } from '../i18n';

export type ReportKind = 'full' | 'redacted' | 'csv';
const KINDS: ReportKind[] = ['full', 'redacted', 'csv'];

/** The file name offered in the save dialog: the plan's name, what it is, today's date. */
export function suggestedReportName(planName: string, kind: ReportKind, today: Date): string {
  const base = planName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plan';
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const what = kind === 'full' ? 'report' : kind === 'redacted' ? 'redacted-summary' : 'inventory';
  return `${base}-${what}-${date}.${kind === 'csv' ? 'csv' : 'xlsx'}`;
}

/** Hand the returned bytes to the browser as a download. */
function download(result: ExportResult): void {
  const bytes = Uint8Array.from(atob(result.base64 ?? ''), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: result.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = result.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Outcome = { tone: 'ok' | 'error' | 'info'; text: string; sheets?: string[] };

export function ReportsPage({ plan }: { plan: PlanInfo }) {
  const { t, lang: uiLang, formatNumber } = useI18n();
  const [kind, setKind] = useState<ReportKind>('full');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const size = (n: number) => (n >= 1024 * 1024 ? `${formatNumber(Math.round((n / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.max(1, Math.round(n / 1024)))} KB`);

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const options = { redacted: kind === 'redacted', csv: kind === 'csv', lang };
      const native = getBridge().native;
      if (native) {
        const path = await native.saveFileDialog('export', suggestedReportName(plan.name, kind, new Date()));
        if (!path) {
          setOutcome({ tone: 'info', text: t('reports.cancelled') });
          return;
        }
        const result = await call('export:workbook', { ...options, path });
        setOutcome({ tone: 'ok', text: t('reports.saved', { file: result.path ?? result.fileName, size: size(result.size) }), sheets: result.sheets });
      } else {
        const result = await call('export:workbook', options);
        download(result);
        setOutcome({ tone: 'ok', text: t('reports.downloaded', { file: result.fileName, size: size(result.size) }), sheets: result.sheets });
      }
    } catch (err) {
      setOutcome({ tone: 'error', text: t('reports.failed', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="reports-heading" className="reports">
      <h2 id="reports-heading">{t('reports.heading')}</h2>
      <p>{t('reports.lead')}</p>
      <fieldset className="field">
        <legend>{t('reports.kindLegend')}</legend>
        {KINDS.map((k) => (
          <div key={k} className="choice">
            <input type="radio" id={`report-${k}`} name="report-kind" value={k} checked={kind === k} onChange={() => setKind(k)} aria-describedby={`report-${k}-help`} />
            <label htmlFor={`report-${k}`}>{t(`reports.kind.${k}`)}</label>
            <p id={`report-${k}-help`} className="help">
              {t(`reports.kind.${k}Help`)}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="report-lang">{t('reports.language')}</label>
        <select id="report-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          <option value="en">{t('reports.english')}</option>
          <option value="fr">{t('reports.french')}</option>
        </select>
      </div>
      <button type="button" className="primary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t('reports.exporting') : t('reports.export')}
      </button>
      <div role="status" aria-live="polite" className={`result ${outcome?.tone ?? ''}`} data-testid="report-result">
        {outcome && <p>{outcome.text}</p>}
        {outcome?.sheets && outcome.sheets.length > 1 && <p className="help">{t('reports.sheets', { sheets: outcome.sheets.join(', ') })}</p>}
      </div>
    </section>
  );
}

// The import wizard: choose (or drop) a file → the sheets found → the column
// mapping with suggestions → a preview with every problem (nothing written) →
// options → import with progress → what it did. The import history with undo
// sits below. Every check is the backend's: this page only shows its reports
// and passes the user's choices back.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFieldName, ImportReport, ImportRunArgs } from '../../../electron/api/import-types';
import { call, getBridge } from '../api/client';
import { notifyPlanChanged } from '../api/hooks';
import { IMPORT_FILE_EVENT, takePendingImportFile } from '../components/FileDropZone';
import { ImportHistory } from '../components/import/ImportHistory';
import { ImportOptionsForm, type WizardOptions } from '../components/import/ImportOptionsForm';
import { ImportProgress } from '../components/import/ImportProgress';
import { ImportResult } from '../components/import/ImportResult';
import { MappingTable } from '../components/import/MappingTable';
import { PreviewCounts } from '../components/import/PreviewCounts';
import { ProblemList } from '../components/import/ProblemList';
import { SheetList } from '../components/import/SheetList';
import { toolLabel, type MappingEdits } from '../components/import/fields';
import { fromFile, fromPath, type ChosenFile } from '../components/import/source';
import { useI18n } from '../i18n';
import '../inventory.css';
import '../components/import/import.css';

const DEFAULT_OPTIONS: WizardOptions = { onDuplicate: 'update', acceptSkips: false };
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Only the sheets the user touched: untouched columns keep the backend's suggestion and its confidence. */
function mappingsArg(edits: MappingEdits): ImportRunArgs['mappings'] {
  const touched = Object.entries(edits).filter(([, m]) => Object.keys(m).length > 0);
  return touched.length > 0 ? Object.fromEntries(touched) : undefined;
}

export function ImportPage() {
  const { t, formatNumber } = useI18n();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [edits, setEdits] = useState<MappingEdits>({});
  const [options, setOptions] = useState<WizardOptions>(DEFAULT_OPTIONS);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const seq = useRef(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const native = getBridge().native;

  const reset = () => {
    setChosen(null);
    setReport(null);
    setPreviewError(null);
    setEdits({});
    setOptions(DEFAULT_OPTIONS);
    setRunError(null);
    setResult(null);
  };

  const takeFile = useCallback(async (file: File) => {
    reset();
    setReading(file.name);
    try {
      setChosen(await fromFile(file));
    } catch (err) {
      setPreviewError(message(err));
    } finally {
      setReading(null);
    }
  }, []);

  // A file dropped anywhere in the window (FileDropZone), before or after this page mounted.
  useEffect(() => {
    const pending = takePendingImportFile();
    if (pending) void takeFile(pending);
    const onDrop = () => {
      const file = takePendingImportFile();
      if (file) void takeFile(file);
    };
    window.addEventListener(IMPORT_FILE_EVENT, onDrop);
    return () => window.removeEventListener(IMPORT_FILE_EVENT, onDrop);
  }, [takeFile]);

  // The preview (a dry run) follows the file, the mapping and the options that change the counts.
  useEffect(() => {
    if (!chosen) return;
    const mine = ++seq.current;
    setPreviewing(true);
    setRunError(null);
    call('import:preview', { ...chosen.source, mappings: mappingsArg(edits), onDuplicate: options.onDuplicate, dateOrder: options.dateOrder }).then(
      (r) => {
        if (mine !== seq.current) return;
        setReport(r);
        setPreviewError(null);
        setPreviewing(false);
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setReport(null);
        setPreviewError(message(err));
        setPreviewing(false);
      },
    );
  }, [chosen, edits, options.onDuplicate, options.dateOrder]);

  const chooseNative = async () => {
    const path = await native?.openFileDialog('import');
    if (path) {
      reset();
      setChosen(fromPath(path));
    }
  };

  const setField = (sheet: string, header: string, field: ImportFieldName | null) =>
    setEdits((e) => ({ ...e, [sheet]: { ...e[sheet], [header]: field } }));

  const run = async () => {
    if (!chosen) return;
    setRunning(true);
    setRunError(null);
    try {
      const r = await call('import:run', {
        ...chosen.source,
        mappings: mappingsArg(edits),
        onDuplicate: options.onDuplicate,
        dateOrder: options.dateOrder,
        acceptSkips: options.acceptSkips,
      });
      setResult(r);
      setHistoryKey((k) => k + 1);
      notifyPlanChanged();
    } catch (err) {
      setRunError(message(err));
    } finally {
      setRunning(false);
    }
  };

  useEffect(() => {
    if (result) resultRef.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [result]);

  const rows = report?.sheets.reduce((n, s) => n + s.rows, 0) ?? 0;
  const rowErrors = report?.errors.filter((e) => e.row !== null).length ?? 0;
  const tools = [...new Set(report?.sheets.map((s) => s.sourceTool).filter((x): x is string => Boolean(x)) ?? [])];

  return (
    <section aria-labelledby="import-heading" className="import">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p className="lead">{t('import.lead')}</p>

      {result ? (
        <div ref={resultRef} role="status" aria-live="polite">
          <ImportResult
            report={result}
            onAnother={() => {
              reset();
              setTimeout(() => document.getElementById('import-file')?.focus(), 0); // the button is gone: focus the next step
            }}
          />
        </div>
      ) : (
        <>
          <section aria-labelledby="step-file" className="step">
            <h3 id="step-file">{t('import.step.file')}</h3>
            <div className="field file-field">
              <label htmlFor="import-file">{t('import.file.label')}</label>
              <input
                id="import-file"
                type="file"
                accept=".xlsx,.xlsm,.xlsb,.xls,.ods,.csv,.tsv,.txt,.xml"
                aria-describedby="import-file-help"
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) void takeFile(f);
                  e.target.value = ''; // choosing the same file again still triggers
                }}
              />
              <p id="import-file-help" className="help">{t('import.file.help')}</p>
              {native && (
                <button type="button" onClick={() => void chooseNative()}>
                  {t('import.file.browse')}
                </button>
              )}
            </div>
            <div role="status" aria-live="polite" className="file-status">
              {reading && <p>{t('import.reading', { name: reading })}</p>}
              {chosen && !reading && (
                <p>
                  <strong>{t('import.file.chosen', { name: chosen.name })}</strong>
                  {report && <span className="help"> — {formatLine(report, t)}</span>}
                </p>
              )}
              {previewing && <p className="help">{t('import.preview.updating')}</p>}
            </div>
            {previewError && (
              <div className="error" role="alert" data-testid="import-error">
                <p><strong>{t('import.failed')}</strong></p>
                <p>{previewError}</p>
              </div>
            )}
            <ImportProgress active={previewing && !report} />
          </section>

          {report && (
            <>
              <section aria-labelledby="step-sheets" className="step">
                <h3 id="step-sheets">{t('import.step.sheets')}</h3>
                <SheetList sheets={report.sheets} />
              </section>

              <section aria-labelledby="step-mapping" className="step">
                <h3 id="step-mapping">{t('import.step.mapping')}</h3>
                <p className="help">{t('import.mapping.help')}</p>
                {tools.map((tool) => {
                  const key = toolLabel(tool);
                  return <p key={tool} className="tool-note" data-testid="import-tool">{t('import.tool', { tool: key ? t(key) : tool })}</p>;
                })}
                {report.sheets.map((s) => {
                  const table = <MappingTable sheet={s} edits={edits[s.name] ?? {}} onChange={(h, f) => setField(s.name, h, f)} />;
                  if (s.ignoredReason) {
                    if (s.columns.length === 0) return null;
                    return (
                      <details key={s.name} className="by-hand">
                        <summary>{t('import.mapping.byHand', { sheet: s.name })}</summary>
                        <p className="help">{t('import.mapping.byHandHelp')}</p>
                        {table}
                      </details>
                    );
                  }
                  if (s.sourceTool) {
                    return (
                      <details key={s.name}>
                        <summary>{t('import.mapping.show', { sheet: s.name })}</summary>
                        {table}
                      </details>
                    );
                  }
                  return <div key={s.name}>{table}</div>;
                })}
                <p className="help">{t('import.mapping.saved')}</p>
              </section>

              <section aria-labelledby="step-preview" className="step">
                <h3 id="step-preview">{t('import.step.preview')}</h3>
                <p className="help">{t('import.preview.nothingWritten')}</p>
                <PreviewCounts report={report} busy={previewing} />
                <ProblemList errors={report.errors} warnings={report.warnings} />
              </section>

              <section aria-labelledby="step-options" className="step">
                <h3 id="step-options">{t('import.step.options')}</h3>
                <ImportOptionsForm report={report} value={options} onChange={setOptions} />
                {rowErrors > 0 && !options.acceptSkips && <p className="help">{t('import.blocked')}</p>}
                <button type="button" className="primary" onClick={() => void run()} disabled={running || previewing} aria-busy={running}>
                  {running ? t('import.running') : rows === 1 ? t('import.run.one') : t('import.run', { n: formatNumber(rows) })}
                </button>
                <ImportProgress active={running} />
                {runError && (
                  <div className="error" role="alert" data-testid="import-refused">
                    <p><strong>{t('import.refused')}</strong></p>
                    <p>{runError}</p>
                  </div>
                )}
              </section>
            </>
          )}
        </>
      )}

      <ImportHistory reloadKey={historyKey} />
    </section>
  );
}

function formatLine(r: ImportReport, t: ReturnType<typeof useI18n>['t']): string {
  const parts = [t('import.format', { format: r.format.toUpperCase() })];
  if (r.encoding) parts.push(t('import.encoding', { encoding: r.encoding }));
  if (r.delimiter) parts.push(t('import.delimiter', { delimiter: r.delimiter === '\t' ? t('import.delimiter.tab') : r.delimiter }));
  return parts.join(', ');
}

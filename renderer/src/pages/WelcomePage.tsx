import { useEffect, useState, type FormEvent } from 'react';
import type { PlanInfo } from '../../../electron/api/types';
import { call } from '../api/client';
import { useApi } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { useI18n } from '../i18n';
import '../inventory.css';

// First run and daily start: the sample, a new plan, a plan file, the recent
// plans. In Electron the native file dialogs choose the path; in browser mode
// the user types it.
export function WelcomePage({ onOpened }: { onOpened(info: PlanInfo): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newPath, setNewPath] = useState('');
  const [newName, setNewName] = useState('');
  const [openPath, setOpenPath] = useState('');
  const recent = useApi('plan:recent', {});
  const native = window.planner?.native;

  const run = async (fn: () => Promise<PlanInfo>) => {
    setBusy(true);
    setError(null);
    try {
      onOpened(await fn());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const openSample = () => run(() => call('plan:openSample', {}));
  const openFile = (path: string) => run(() => call('plan:open', { path }));
  const createFile = (path: string, name: string) => run(() => call('plan:create', { path, name }));

  const chooseNew = async () => {
    const path = await native?.saveFileDialog('plan', 'plan.sqlite');
    if (path) await createFile(path, '');
  };
  const chooseOpen = async () => {
    const path = await native?.openFileDialog('plan');
    if (path) await openFile(path);
  };

  // File menu commands while no plan is open.
  useEffect(() => {
    const handlers: Array<[string, (e: Event) => void]> = [
      ['crp:open-sample', () => void openSample()],
      ['crp:new-plan', () => (native ? void chooseNew() : document.getElementById('new-path')?.focus())],
      ['crp:open-plan', () => (native ? void chooseOpen() : document.getElementById('open-path')?.focus())],
      ['crp:open-recent', (e) => typeof (e as CustomEvent).detail === 'string' && void openFile((e as CustomEvent<string>).detail)],
    ];
    for (const [name, h] of handlers) window.addEventListener(name, h);
    return () => {
      for (const [name, h] of handlers) window.removeEventListener(name, h);
    };
  });

  const submitNew = (e: FormEvent) => {
    e.preventDefault();
    if (newPath.trim()) void createFile(newPath.trim(), newName.trim());
  };
  const submitOpen = (e: FormEvent) => {
    e.preventDefault();
    if (openPath.trim()) void openFile(openPath.trim());
  };

  return (
    <main id="main" className="welcome">
      <h1>{t('app.title')}</h1>
      <h2>{t('welcome.title')}</h2>
      <p className="lead">{t('welcome.lead')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={openSample} disabled={busy} aria-describedby="sample-hint">
          {t('welcome.openSample')}
        </button>
        <p id="sample-hint" className="help">
          {t('welcome.sampleHint')}
        </p>
      </div>
      {error && <ErrorMessage message={error} />}
      {native ? (
        <div className="welcome-actions row">
          <button type="button" onClick={chooseNew} disabled={busy}>{t('welcome.newPlan')}</button>
          <button type="button" onClick={chooseOpen} disabled={busy}>{t('welcome.openPlan')}</button>
        </div>
      ) : (
        <div className="welcome-forms">
          <form onSubmit={submitNew} aria-labelledby="new-heading">
            <h3 id="new-heading">{t('welcome.newPlanHeading')}</h3>
            <div className="field">
              <label htmlFor="new-path">{t('welcome.pathLabel')}</label>
              <input id="new-path" value={newPath} onChange={(e) => setNewPath(e.target.value)} aria-describedby="path-help" autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor="new-name">{t('welcome.nameLabel')}</label>
              <input id="new-name" value={newName} onChange={(e) => setNewName(e.target.value)} autoComplete="off" />
            </div>
            <button type="submit" disabled={busy || !newPath.trim()}>{t('welcome.create')}</button>
          </form>
          <form onSubmit={submitOpen} aria-labelledby="open-heading">
            <h3 id="open-heading">{t('welcome.openPlanHeading')}</h3>
            <div className="field">
              <label htmlFor="open-path">{t('welcome.pathLabel')}</label>
              <input id="open-path" value={openPath} onChange={(e) => setOpenPath(e.target.value)} aria-describedby="path-help" autoComplete="off" />
            </div>
            <button type="submit" disabled={busy || !openPath.trim()}>{t('welcome.open')}</button>
          </form>
          <p id="path-help" className="help">{t('welcome.pathHelp')}</p>
        </div>
      )}
      <section aria-labelledby="recent-heading">
        <h3 id="recent-heading">{t('welcome.recent')}</h3>
        {recent.data && recent.data.length > 0 ? (
          <ul className="recent-list">
            {recent.data.map((p) => (
              <li key={p}>
                <button type="button" className="link-button" onClick={() => openFile(p)} disabled={busy} aria-label={t('welcome.openRecent', { path: p })}>
                  <code>{p}</code>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('welcome.noRecent')}</p>
        )}
      </section>
      <p className="help">{t('welcome.dropHint')}</p>
    </main>
  );
}

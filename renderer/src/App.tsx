import { useEffect, useState } from 'react';
import type { PlanInfo } from '../../electron/api/types';
import { call } from './api/client';
import { notifyPlanChanged } from './api/hooks';
import { ErrorMessage } from './components/ErrorMessage';
import { FileDropZone } from './components/FileDropZone';
import { LiveRegion } from './history/announce';
import { useUndoShortcuts } from './history/useUndo';
import { usePlanFileCommands } from './usePlanFileCommands';
import { useI18n } from './i18n';
import { DashboardPage } from './pages/DashboardPage';
import { ImportPage } from './pages/ImportPage';
import { InventoryPage } from './pages/InventoryPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { PlanPage } from './pages/PlanPage';
import { PoliciesPage } from './pages/PoliciesPage';
import { RestrictedPage } from './pages/RestrictedPage';
import { ReportsPage } from './pages/ReportsPage';
import { PresentationPage } from './pages/PresentationPage';
import { SettingsPage } from './pages/SettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { ROUTES, ROUTE_LABELS, routeFromHash, type Route } from './routes';
import { useNativeMenu } from './useNativeMenu';

export function App() {
  const { t, lang } = useI18n();
  const [plan, setPlan] = useState<PlanInfo | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(routeFromHash(window.location.hash));
  // '#/present': the slides cover the whole window, outside the shell.
  const [presenting, setPresenting] = useState(window.location.hash.startsWith('#/present'));

  useEffect(() => {
    const onHash = () => {
      setRoute(routeFromHash(window.location.hash));
      setPresenting(window.location.hash.startsWith('#/present'));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    call('plan:current', {}).then(setPlan, (e: Error) => setError(e.message));
  }, []);

  const openPlan = (info: PlanInfo) => {
    setPlan(info);
    notifyPlanChanged();
  };

  useNativeMenu(MENU_HANDLERS);
  useUndoShortcuts(Boolean(plan));
  usePlanFileCommands(Boolean(plan), openPlan);

  if (error) return <ErrorMessage message={error} />;
  if (plan === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (plan === null)
    return (
      <>
        <WelcomePage onOpened={openPlan} />
        <FileDropZone />
      </>
    );
  if (presenting) return <PresentationPage />;

  return (
    <div className="shell">
      {/* Routes live in the hash, so the skip link focuses <main> instead of navigating to "#main". */}
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <h1 className="brand">{t('app.title')}</h1>
        <p className="plan-name">
          {t('app.planLabel', { name: lang === 'fr' && plan.nameFr ? plan.nameFr : plan.name })}
          {plan.isSample && <span className="badge">{t('app.sampleBadge')}</span>}
        </p>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {ROUTES.map((r) => (
            <li key={r}>
              <a href={`#/${r}`} aria-current={r === route ? 'page' : undefined}>
                {t(ROUTE_LABELS[r])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Page route={route} plan={plan} />
      </main>
      <LiveRegion />
      <FileDropZone />
    </div>
  );
}

function Page({ route, plan }: { route: Route; plan: PlanInfo }) {
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'inventory':
      return <InventoryPage />;
    case 'import':
      return <ImportPage />;
    case 'restricted':
      return <RestrictedPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'plan':
      return <PlanPage />;
    case 'settings':
      return <SettingsPage plan={plan} />;
    case 'reports':
      return <ReportsPage plan={plan} />;
    default:
      return <PlaceholderPage route={route} />;
  }
}

// Menu commands the shell handles itself; the rest become `crp:<command>` events.
const MENU_HANDLERS: Partial<Record<string, (arg?: string) => void>> = {
  import: () => (window.location.hash = '#/import'),
  export: () => (window.location.hash = '#/reports'),
};

import type { MessageKey } from './i18n/en';

export const ROUTES = ['dashboard', 'inventory', 'import', 'restricted', 'policies', 'plan', 'reports', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

export const ROUTE_LABELS: Record<Route, MessageKey> = {
  dashboard: 'nav.dashboard',
  inventory: 'nav.inventory',
  import: 'nav.import',
  restricted: 'nav.restricted',
  policies: 'nav.policies',
  plan: 'nav.plan',
  reports: 'nav.reports',
  settings: 'nav.settings',
};

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

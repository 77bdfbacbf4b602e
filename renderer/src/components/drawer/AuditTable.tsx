import type { AuditEntry } from '../../../../electron/api/types';
import { useI18n } from '../../i18n';
import { actionLabel, fieldLabel } from './labels';

/** Old → new values as stored by the backend (JSON of changed fields, or a plain status). */
function change(e: AuditEntry, label: (field: string) => string): string {
  const parse = (s: string | null): unknown => {
    if (s === null) return null;
    try {
      return JSON.parse(s);
    } catch {
      return s;
    }
  };
  const o = parse(e.oldValue);
  const n = parse(e.newValue);
  if (o && n && typeof o === 'object' && typeof n === 'object') {
    const keys = Object.keys(n as object);
    return keys.map((k) => `${label(k)}: ${fmt((o as Record<string, unknown>)[k])} → ${fmt((n as Record<string, unknown>)[k])}`).join('; ');
  }
  if (o === null) return fmt(n);
  return `${fmt(o)} → ${fmt(n)}`;
}
const fmt = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, formatDateTime } = useAuditFormat();
  if (entries.length === 0) return <p>{t('drawer.auditNone')}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('drawer.audit')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('drawer.au.at')}</th>
            <th scope="col">{t('drawer.au.user')}</th>
            <th scope="col">{t('drawer.au.action')}</th>
            <th scope="col">{t('drawer.au.change')}</th>
            <th scope="col">{t('drawer.au.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.user}</td>
              <td>{actionLabel(t, e.action)}</td>
              <td>{change(e, (f) => fieldLabel(t, f))}</td>
              <td>{e.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Date and time in the user's language (the shared formatter shows dates only). */
export function useAuditFormat() {
  const i18n = useI18n();
  const dt = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    ...i18n,
    formatDateTime: (iso: string) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dt.format(d);
    },
  };
}

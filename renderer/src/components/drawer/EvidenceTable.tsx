import type { Evidence } from '../../../../electron/api/types';
import { useI18n, type MessageKey } from '../../i18n';
import { fieldLabel } from './labels';

/** Why the device has its status: each matching signal, its rule and the policy's source. */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const { t, formatDate } = useI18n();
  if (evidence.length === 0) return <p>{t('drawer.evidenceNone')}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('drawer.evidence')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('drawer.ev.field')}</th>
            <th scope="col">{t('drawer.ev.value')}</th>
            <th scope="col">{t('drawer.ev.rule')}</th>
            <th scope="col">{t('drawer.ev.policy')}</th>
            <th scope="col">{t('drawer.ev.strength')}</th>
            <th scope="col">{t('drawer.ev.citation')}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((e, i) => (
            <tr key={i} className={e.strength === 'conflict' ? 'is-conflict' : undefined}>
              <td>{fieldLabel(t, e.field)}</td>
              <td className="wrap">{e.value}</td>
              <td>
                {e.rule}
                {e.note && <div className="help">{e.note}</div>}
              </td>
              <td>{e.policy ? `${e.policy}${e.policyVersion ? ` (${e.policyVersion})` : ''}` : t('common.none')}</td>
              <td>{t(`drawer.strength.${e.strength}` as MessageKey)}</td>
              <td>
                {e.citation ? (
                  <cite>
                    {e.citation.issuer}, {e.citation.title}, {formatDate(e.citation.date)}
                    {/* The address as text, never a link: the app makes no network request. */}
                    <br />
                    <span className="help citation-url">{e.citation.url}</span>
                  </cite>
                ) : (
                  t('common.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

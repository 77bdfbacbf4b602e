import type { Evidence } from '../../../../electron/api/types';
import { useI18n, type MessageKey } from '../../i18n';

/** Why the device has its status: each matching signal, its rule and the policy's source. */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const { t, formatDate } = useI18n();
  if (evidence.length === 0) return <p>{t('drawer.evidenceNone')}</p>;
  return (
    <div className="table-wrap">
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
              <td>{e.field}</td>
              <td><code>{e.value}</code></td>
              <td>
                {e.rule}
                {e.note && <div className="help">{e.note}</div>}
              </td>
              <td>{e.policy ? `${e.policy}${e.policyVersion ? ` (${e.policyVersion})` : ''}` : t('common.none')}</td>
              <td>{t(`drawer.strength.${e.strength}` as MessageKey)}</td>
              <td>
                {e.citation ? (
                  <cite>
                    {e.citation.issuer}, <a href={e.citation.url} target="_blank" rel="noreferrer">{e.citation.title}</a>,{' '}
                    {formatDate(e.citation.date)}
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

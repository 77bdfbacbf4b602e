import type { Evidence } from '../../../../electron/api/types';
import { useI18n, type MessageKey } from '../../i18n';
import { evidenceNote } from '../../i18n/backend-messages';
import { evidenceFieldsLabel, fieldLabel } from './labels';

/**
 * Why the device has its status: each matching signal, its rule and the
 * policy's source. One card per signal rather than a wide table, so it stays
 * readable in the narrow drawer.
 */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const { t, lang, formatDate } = useI18n();
  const fieldsLabel = evidenceFieldsLabel(t);
  if (evidence.length === 0) return <p>{t('drawer.evidenceNone')}</p>;
  return (
    <ul className="evidence-list" aria-label={t('drawer.evidence')} data-testid="evidence-list">
      {evidence.map((e, i) => (
        <li key={i} className={`evidence-item${e.strength === 'conflict' ? ' is-conflict' : ''}`}>
          <div className="evidence-head">
            <span className="evidence-field">{fieldLabel(t, e.field)}</span>
            <span className="evidence-value">{e.value}</span>
            <span className={`evidence-strength strength-${e.strength}`}>{t(`drawer.strength.${e.strength}` as MessageKey)}</span>
          </div>
          {e.note && <p className="evidence-note">{evidenceNote(lang, e, fieldsLabel)}</p>}
          <dl className="evidence-meta">
            <dt>{t('drawer.ev.rule')}</dt>
            <dd>
              <code>{e.rule}</code>
            </dd>
            <dt>{t('drawer.ev.policy')}</dt>
            <dd>{e.policy ? `${e.policy}${e.policyVersion ? ` (${e.policyVersion})` : ''}` : t('common.none')}</dd>
          </dl>
          {e.citation && (
            <cite className="evidence-citation">
              {e.citation.issuer}, {e.citation.title}, {formatDate(e.citation.date)}
              {/* The address as text, never a link: the app makes no network request. */}
              <br />
              <span className="help citation-url">{e.citation.url}</span>
            </cite>
          )}
        </li>
      ))}
    </ul>
  );
}

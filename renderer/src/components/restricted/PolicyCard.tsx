// One policy: what it is, where it comes from (the citation's address is shown
// as text, never a link: the app makes no network request), and its switch.
import type { PolicyInfo } from '../../../../electron/api/tagging-types';
import { useI18n } from '../../i18n';
import { companyLabel, policyText } from './labels';

export function PolicyCard({ policy, busy, onToggle }: { policy: PolicyInfo; busy: boolean; onToggle(next: boolean): void }) {
  const { t, formatDate } = useI18n();
  const p = policy;
  const headingId = `policy-${p.id}-name`;
  return (
    <article className={`policy-card${p.active ? ' is-active' : ''}`} aria-labelledby={headingId} data-testid={`policy-${p.id}`}>
      <div className="policy-head">
        <h3 id={headingId}>{policyText(t, p, 'name')}</h3>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={p.active}
          aria-labelledby={headingId}
          disabled={busy}
          onClick={() => onToggle(!p.active)}
        >
          <span className="switch-track" aria-hidden="true" />
          <span aria-hidden="true">{t(p.active ? 'policies.on' : 'policies.off')}</span>
        </button>
      </div>
      <dl className="fields">
        <dt>{t('policies.jurisdiction')}</dt><dd>{p.jurisdiction}</dd>
        <dt>{t('policies.issuer')}</dt><dd>{policyText(t, p, 'issuer')}</dd>
        <dt>{t('policies.effective')}</dt><dd><time dateTime={p.date}>{formatDate(p.date)}</time></dd>
        <dt>{t('policies.version')}</dt><dd>{p.version}</dd>
        <dt>{t('policies.kind')}</dt><dd>{t(p.kind === 'binding' ? 'policies.kind.binding' : 'policies.kind.guidance')}</dd>
        <dt>{t('policies.companies')}</dt><dd>{p.companies.length ? p.companies.map((c) => companyLabel(t, c)).join(', ') : t('policies.companiesNone')}</dd>
        <dt>{t('policies.citation')}</dt>
        <dd>
          <cite>{p.citation.title}</cite>, {p.citation.issuer}, <time dateTime={p.citation.date}>{formatDate(p.citation.date)}</time>
          <div className="help">{t('policies.address')}</div>
          <div className="policy-url">{p.citation.url}</div>
        </dd>
      </dl>
      {p.sources.length > 1 && (
        <details>
          <summary>{t('policies.sources')}</summary>
          <ul className="plain">
            {p.sources.map((s, i) => (
              <li key={i}>
                {s.title}
                {s.url && <div className="policy-url">{s.url}</div>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

// The Policies page (issue 4): every policy with its citation, version and
// effective date, and a switch that re-tags every device; the re-tag diff is
// read out in a live region.
import { useEffect, useState } from 'react';
import type { PolicyInfo } from '../../../electron/api/tagging-types';
import { call } from '../api/client';
import { notifyPlanChanged, useApi } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { policyText } from '../components/restricted/labels';
import { PolicyCard } from '../components/restricted/PolicyCard';
import { useI18n } from '../i18n';
import '../inventory.css';
import '../components/restricted/restricted.css';

export function PoliciesPage() {
  const { t, formatNumber } = useI18n();
  const listed = useApi('policies:list', {});
  const [changed, setChanged] = useState<PolicyInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [diff, setDiff] = useState('');
  const policies = changed ?? listed.data;
  // A fresh list (after any change to the plan) replaces the one setActive returned.
  useEffect(() => setChanged(null), [listed.data]);

  const toggle = async (p: PolicyInfo, on: boolean) => {
    setBusy(true);
    setError(null);
    setDiff(t('policies.busy'));
    try {
      const r = await call('policies:setActive', on ? { enable: [p.id] } : { disable: [p.id] });
      setChanged(r.policies);
      setDiff(
        t(on ? 'policies.diff.on' : 'policies.diff.off', {
          policy: policyText(t, p, 'name'),
          newly: formatNumber(r.diff.newlyRestricted),
          cleared: formatNumber(r.diff.cleared),
          devices: formatNumber(r.diff.devices),
        }),
      );
      notifyPlanChanged();
    } catch (e) {
      setDiff('');
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="policies-heading" className="policies-page" aria-busy={busy}>
      <h2 id="policies-heading">{t('policies.heading')}</h2>
      <p className="help">{t('policies.lead')}</p>
      {policies && (
        <p className="group-summary">{t('policies.activeCount', { count: formatNumber(policies.filter((p) => p.active).length), total: formatNumber(policies.length) })}</p>
      )}
      <p className="policy-diff" role="status" aria-live="polite" data-testid="policy-diff">{diff}</p>
      {listed.error && <ErrorMessage message={listed.error} onRetry={listed.reload} />}
      {error && <ErrorMessage message={error} />}
      {!policies && !listed.error && <p className="loading">{t('app.loading')}</p>}
      <div className="policies">
        {policies?.map((p) => <PolicyCard key={p.id} policy={p} busy={busy} onToggle={(on) => toggle(p, on)} />)}
      </div>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';

/** Set a status by hand with a mandatory reason (one device in the drawer, or a selection). */
export function OverrideForm({ idPrefix, busy, onSubmit }: { idPrefix: string; busy: boolean; onSubmit(status: 'restricted' | 'clear', reason: string): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'restricted' | 'clear'>('clear');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onSubmit(status, reason.trim());
    setReason('');
  };
  return (
    <form className="override-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('drawer.overrideStatus')}</legend>
        {(['restricted', 'clear'] as const).map((s) => (
          <span className="check-field" key={s}>
            <input type="radio" id={`${idPrefix}-${s}`} name={`${idPrefix}-status`} checked={status === s} onChange={() => setStatus(s)} />
            <label htmlFor={`${idPrefix}-${s}`}>{t(s === 'restricted' ? 'status.restricted' : 'status.clear')}</label>
          </span>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${idPrefix}-reason`}>{t('drawer.reason')}</label>
        <textarea
          id={`${idPrefix}-reason`}
          rows={2}
          value={reason}
          aria-required="true"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${idPrefix}-reason-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {missing && <p id={`${idPrefix}-reason-error`} className="field-error">{t('bulk.reasonRequired')}</p>}
      </div>
      <button type="submit" className="primary" disabled={busy}>{t('drawer.applyOverride')}</button>
    </form>
  );
}

// The small modal that asks for the mandatory reason of a review decision.
// Focus starts in the reason box and stays inside; Enter confirms,
// Shift+Enter starts a new line, Escape cancels; focus then goes back.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';

export interface DecisionDialogProps {
  device: string;
  status: 'restricted' | 'clear';
  busy: boolean;
  error: string | null;
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function DecisionDialog({ device, status, busy, error, onConfirm, onCancel }: DecisionDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => input.current?.focus(), []);

  const confirm = () => {
    if (busy) return;
    if (!reason.trim()) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && !e.shiftKey && (e.target as HTMLElement).tagName === 'TEXTAREA') {
      e.preventDefault();
      confirm();
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog.
      const items = [...(box.current?.querySelectorAll<HTMLElement>('textarea, button:not([disabled])') ?? [])];
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const statusLabel = t(status === 'restricted' ? 'status.restricted' : 'status.clear');
  return (
    <div className="modal-backdrop">
      <div ref={box} className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-help`} onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`}>{t('review.dialog.title', { device, status: statusLabel })}</h2>
        <p id={`${id}-help`} className="help">{t('review.dialog.help')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('review.dialog.reason')}</label>
            <textarea
              ref={input}
              id={`${id}-reason`}
              rows={3}
              value={reason}
              aria-required="true"
              aria-invalid={missing || undefined}
              aria-describedby={`${id}-keys${missing ? ` ${id}-missing` : ''}`}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setMissing(false);
              }}
            />
            <p id={`${id}-keys`} className="help">{t('review.dialog.keys')}</p>
            {missing && <p id={`${id}-missing`} className="field-error" role="alert">{t('review.dialog.reasonRequired')}</p>}
            {error && <p className="field-error" role="alert">{error}</p>}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>{t('review.dialog.confirm')}</button>
            <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
          </div>
        </form>
      </div>
    </div>
  );
}

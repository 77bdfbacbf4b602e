// Planning parameters: start date, a budget cap per fiscal year (dollars in
// the form, cents in the API), install capacity, contingency, escalation,
// scope and phase mode. "Save and re-plan" stores them and runs the plan.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { PlanParams, PlanSummary, ScenarioInfo } from '../../../../electron/api/plan-types';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { fyOfYear } from './format';
import { checkParamsText, newRowKey, nextFiscalYear, toText, type FormErrors, type FormMessage, type ParamsText } from './paramsForm';

const PHASE_MODES: Array<{ value: PlanParams['phaseMode']; label: MessageKey }> = [
  { value: 'fiscalYear', label: 'plan.params.phase.fiscalYear' },
  { value: 'criticality', label: 'plan.params.phase.criticality' },
  { value: 'manual', label: 'plan.params.phase.manual' },
];

export function ParamsForm({ scenario, onPlanned }: { scenario: ScenarioInfo; onPlanned(summary: PlanSummary): void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<ParamsText>(() => toText(scenario.params, lang));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const base = useId();
  const paramsKey = JSON.stringify(scenario.params);

  // A different scenario (or parameters saved elsewhere, or another language)
  // resets the form; not on mount, so the inputs first rendered stay the ones typed in.
  const shown = useRef(`${scenario.id}|${paramsKey}|${lang}`);
  useEffect(() => {
    const now = `${scenario.id}|${paramsKey}|${lang}`;
    if (shown.current === now) return;
    shown.current = now;
    setForm(toText(scenario.params, lang));
    setErrors({});
    setFailure(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario.id, paramsKey, lang]);

  const msg = (m: FormMessage) => t(m.key, m.params);
  const set = (patch: Partial<ParamsText>) => setForm((f) => ({ ...f, ...patch }));
  const setRow = (key: number, patch: Partial<{ fy: string; cap: string }>) =>
    setForm((f) => ({ ...f, budgets: f.budgets.map((b) => (b.key === key ? { ...b, ...patch } : b)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const { params, errors: errs } = checkParamsText(form);
    setErrors(errs);
    if (!params) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      await call('plan:setParams', { scenarioId: scenario.id, params });
      const summary = await call('plan:run', { scenarioId: scenario.id });
      onPlanned(summary);
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  const describe = (id: string, help?: boolean) =>
    [help ? `${base}-${id}-help` : '', errors[id] ? `${base}-${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (id: string) =>
    errors[id] ? (
      <p className="field-error" id={`${base}-${id}-err`}>
        {msg(errors[id])}
      </p>
    ) : null;

  return (
    <form className="plan-params" onSubmit={submit} noValidate aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>{t('plan.params.heading')}</h3>
      <div ref={summaryRef} tabIndex={-1} className={errorCount || failure ? 'error' : undefined} role={errorCount || failure ? 'alert' : undefined}>
        {errorCount > 0 && <p>{t('plan.params.invalid', { count: errorCount })}</p>}
        {failure && <p>{t('plan.params.failed', { message: failure })}</p>}
      </div>

      <div className="field">
        <label htmlFor={`${base}-start`}>{t('plan.params.start')}</label>
        <input
          id={`${base}-start`}
          type="date"
          value={form.start}
          onChange={(e) => set({ start: e.target.value })}
          aria-invalid={Boolean(errors.start)}
          aria-describedby={describe('start', true)}
        />
        <p className="help" id={`${base}-start-help`}>
          {t('plan.params.startHelp')}
        </p>
        {errorText('start')}
      </div>

      <fieldset className="plan-budgets">
        <legend>{t('plan.params.budgets')}</legend>
        <p className="help">{t('plan.params.budgetsHelp')}</p>
        {form.budgets.length === 0 && <p className="plan-note">{t('plan.params.noBudgets')}</p>}
        {form.budgets.length > 0 && (
          <table className="data plan-budget-rows">
            <thead>
              <tr>
                <th scope="col">{t('plan.params.fy')}</th>
                <th scope="col">{t('plan.params.cap')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('plan.sites.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {form.budgets.map((row, i) => (
                <tr key={row.key}>
                  <td>
                    <input
                      aria-label={t('plan.params.fyRow', { n: i + 1 })}
                      value={row.fy}
                      size={8}
                      onChange={(e) => setRow(row.key, { fy: e.target.value })}
                      aria-invalid={Boolean(errors[`fy-${row.key}`])}
                      aria-describedby={describe(`fy-${row.key}`)}
                      data-testid={`budget-fy-${i}`}
                    />
                    {errorText(`fy-${row.key}`)}
                  </td>
                  <td>
                    <input
                      aria-label={t('plan.params.capRow', { n: i + 1 })}
                      value={row.cap}
                      inputMode="decimal"
                      size={14}
                      onChange={(e) => setRow(row.key, { cap: e.target.value })}
                      aria-invalid={Boolean(errors[`cap-${row.key}`])}
                      aria-describedby={describe(`cap-${row.key}`)}
                      data-testid={`budget-cap-${i}`}
                    />
                    {errorText(`cap-${row.key}`)}
                  </td>
                  <td>
                    <button type="button" onClick={() => set({ budgets: form.budgets.filter((b) => b.key !== row.key) })}>
                      {t('plan.params.removeYear', { n: i + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button
          type="button"
          onClick={() => set({ budgets: [...form.budgets, { key: newRowKey(), fy: fyOfYear(nextFiscalYear(form)), cap: '' }] })}
        >
          {t('plan.params.addYear')}
        </button>
      </fieldset>

      <div className="plan-params-grid">
        <NumberField id="capacity" label={t('plan.params.capacity')} help={t('plan.params.capacityHelp')} value={form.capacity} onChange={(v) => set({ capacity: v })} base={base} describe={describe} errorText={errorText} invalid={Boolean(errors.capacity)} />
        <NumberField id="contingency" label={t('plan.params.contingency')} value={form.contingency} onChange={(v) => set({ contingency: v })} base={base} describe={describe} errorText={errorText} invalid={Boolean(errors.contingency)} />
        <NumberField id="escalation" label={t('plan.params.escalation')} help={t('plan.params.escalationHelp')} value={form.escalation} onChange={(v) => set({ escalation: v })} base={base} describe={describe} errorText={errorText} invalid={Boolean(errors.escalation)} />
      </div>

      <fieldset>
        <legend>{t('plan.params.scope')}</legend>
        <p className="help">{t('plan.params.scopeRestricted')}</p>
        <label className="check">
          <input type="checkbox" checked={form.includeReview} onChange={(e) => set({ includeReview: e.target.checked })} />
          {t('plan.params.includeReview')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('plan.params.phaseMode')}</legend>
        {PHASE_MODES.map((m) => (
          <label className="check" key={m.value}>
            <input type="radio" name={`${base}-phase`} value={m.value} checked={form.phaseMode === m.value} onChange={() => set({ phaseMode: m.value })} />
            {t(m.label)}
          </label>
        ))}
      </fieldset>

      <div className="plan-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('plan.params.saving') : t('plan.params.save')}
        </button>
        <button type="button" disabled={saving} onClick={() => { setForm(toText(scenario.params, lang)); setErrors({}); setFailure(null); }}>
          {t('plan.params.reset')}
        </button>
      </div>
    </form>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  help?: string;
  value: string;
  invalid: boolean;
  base: string;
  onChange(v: string): void;
  describe(id: string, help?: boolean): string | undefined;
  errorText(id: string): ReactElement | null;
}) {
  const { id, base } = props;
  return (
    <div className="field">
      <label htmlFor={`${base}-${id}`}>{props.label}</label>
      <input
        id={`${base}-${id}`}
        value={props.value}
        inputMode="decimal"
        size={10}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.invalid}
        aria-describedby={props.describe(id, Boolean(props.help))}
      />
      {props.help && (
        <p className="help" id={`${base}-${id}-help`}>
          {props.help}
        </p>
      )}
      {props.errorText(id)}
    </div>
  );
}

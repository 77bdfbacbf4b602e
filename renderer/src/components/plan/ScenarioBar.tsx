// Which scenario is on show, and "Copy into a new scenario…" (the copy becomes
// the scenario on show so its parameters can be changed straight away).
import { useId, useState, type FormEvent } from 'react';
import type { ScenarioInfo } from '../../../../electron/api/plan-types';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

export function ScenarioBar({ scenarios, current, onChanged }: { scenarios: ScenarioInfo[]; current: ScenarioInfo; onChanged(message: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [copying, setCopying] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const select = async (sid: number) => {
    setProblem(null);
    try {
      const info = await call('scenarios:select', { id: sid });
      onChanged(t('plan.scenario.selected', { name: info.name }));
    } catch (err) {
      setProblem(t('plan.scenario.failed', { message: (err as Error).message }));
    }
  };

  const copy = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setProblem(t('plan.scenario.nameRequired'));
    setBusy(true);
    setProblem(null);
    try {
      const info = await call('scenarios:copy', { fromId: current.id, name: name.trim() });
      await call('scenarios:select', { id: info.id });
      setCopying(false);
      setName('');
      onChanged(t('plan.scenario.copied', { name: info.name }));
    } catch (err) {
      setProblem(t('plan.scenario.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="plan-scenario-bar">
      <div className="field inline">
        <label htmlFor={`${id}-s`}>{t('plan.scenario.label')}</label>
        <select id={`${id}-s`} value={current.id} onChange={(e) => void select(Number(e.target.value))} data-testid="scenario-select">
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {copying ? (
        <form className="plan-copy" onSubmit={copy} noValidate>
          <label htmlFor={`${id}-n`}>{t('plan.scenario.copyName')}</label>
          <input id={`${id}-n`} value={name} onChange={(e) => setName(e.target.value)} autoFocus size={24} />
          <button type="submit" className="primary" disabled={busy}>
            {t('plan.scenario.copyCreate')}
          </button>
          <button type="button" onClick={() => { setCopying(false); setProblem(null); }}>
            {t('plan.scenario.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setCopying(true)}>
          {t('plan.scenario.copy')}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

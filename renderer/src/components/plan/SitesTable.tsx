// Sites in the order work reaches them: criticality (editable, every scenario),
// phase (editable in manual mode), pins, devices in scope, first and last month,
// and "Move…" (this scenario only) which re-runs the plan and reports warnings.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PhaseMode, PlanSiteRow, PlanSummary, SiteTimeline } from '../../../../electron/api/plan-types';
import { call } from '../../api/client';
import { useChartFormat } from '../../charts/format';
import { useI18n, type MessageKey } from '../../i18n';
import { isMonth, parseWhole } from './format';

interface Props {
  scenarioId: number;
  scenarioName: string;
  phaseMode: PhaseMode;
  summary: PlanSummary;
  /** After a change: the fresh summary when the API returned one, and a sentence to announce. */
  onChanged(message: string, summary?: PlanSummary): void;
}

export function SitesTable({ scenarioId, scenarioName, phaseMode, summary, onChanged }: Props) {
  const { t, formatNumber } = useI18n();
  const fmt = useChartFormat();
  const [rows, setRows] = useState<PlanSiteRow[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [moving, setMoving] = useState<number | null>(null);

  useEffect(() => {
    call('plan:sites', {}).then(setRows, (e: Error) => setFailure(e.message));
  }, [summary]);

  const byId = new Map(rows.map((r) => [r.id, r]));
  const maxPhase = Math.max(6, ...summary.sites.map((s) => (s.phase ?? 0) + 1), ...rows.map((r) => (r.phase ?? 0) + 1));

  const update = async (site: SiteTimeline, change: { criticality?: number; phase?: number | null }) => {
    setFailure(null);
    try {
      await call('sites:update', { id: site.siteId!, ...change });
      onChanged(t('plan.sites.updated', { site: site.siteName }));
    } catch (err) {
      setFailure(t('plan.sites.failed', { message: (err as Error).message }));
    }
  };

  const month = (m: string | null) => (m ? fmt.month(m) : t('plan.sites.notFunded'));

  return (
    <div>
      <p className="help">{t('plan.sites.help')}</p>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="table-wrap">
        <table className="data plan-sites" data-testid="plan-sites">
          <caption>{t('plan.sites.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.sites.site')}</th>
              <th scope="col">{t('plan.sites.criticality')}</th>
              <th scope="col">{t('plan.sites.phase')}</th>
              <th scope="col">{t('plan.sites.pinned')}</th>
              <th scope="col">{t('plan.sites.placement')}</th>
              <th scope="col" className="num">{t('plan.sites.devices')}</th>
              <th scope="col">{t('plan.sites.first')}</th>
              <th scope="col">{t('plan.sites.last')}</th>
              <th scope="col">{t('plan.sites.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.sites.map((s) => {
              const row = s.siteId !== null ? byId.get(s.siteId) : undefined;
              const name = s.siteName || t('plan.sites.noSite');
              return [
                <tr key={`s${s.siteId}`} className={moving === s.siteId ? 'is-open' : undefined}>
                  <th scope="row">{name}</th>
                  <td>
                    {s.siteId !== null ? (
                      <select
                        aria-label={t('plan.sites.critLabel', { site: name })}
                        value={row?.criticality ?? s.criticality}
                        onChange={(e) => void update(s, { criticality: Number(e.target.value) })}
                      >
                        {[1, 2, 3, 4].map((c) => (
                          <option key={c} value={c}>
                            {t(`plan.crit.${c}` as MessageKey)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      s.criticality
                    )}
                  </td>
                  <td>
                    {phaseMode === 'manual' && s.siteId !== null ? (
                      <select
                        aria-label={t('plan.sites.phaseLabel', { site: name })}
                        value={row?.phase ?? ''}
                        onChange={(e) => void update(s, { phase: e.target.value === '' ? null : Number(e.target.value) })}
                      >
                        <option value="">{t('plan.none')}</option>
                        {Array.from({ length: maxPhase }, (_, i) => i + 1).map((p) => (
                          <option key={p} value={p}>
                            {p}
                          </option>
                        ))}
                      </select>
                    ) : (
                      (s.phase ?? t('plan.none'))
                    )}
                  </td>
                  <td>
                    {[
                      row?.pinnedMonth ? t('plan.sites.pinnedMonth', { month: fmt.month(row.pinnedMonth) }) : '',
                      phaseMode !== 'manual' && row?.phase ? t('plan.sites.pinnedPhase', { phase: row.phase }) : '',
                    ]
                      .filter(Boolean)
                      .join(', ') || t('plan.none')}
                  </td>
                  <td>{t(`plan.placement.${s.placement}` as MessageKey)}</td>
                  <td className="num">
                    {formatNumber(s.devices)}
                    {s.unfundedDevices > 0 && <span className="plan-unfunded-chip">{t('plan.sites.unfunded', { count: formatNumber(s.unfundedDevices) })}</span>}
                  </td>
                  <td>{month(s.firstMonth)}</td>
                  <td>{month(s.lastMonth)}</td>
                  <td>
                    {s.siteId !== null && (
                      <button
                        type="button"
                        aria-expanded={moving === s.siteId}
                        aria-label={t('plan.sites.moveLabel', { site: name })}
                        onClick={() => setMoving(moving === s.siteId ? null : s.siteId)}
                      >
                        {t('plan.sites.move')}
                      </button>
                    )}
                  </td>
                </tr>,
                moving === s.siteId && s.siteId !== null ? (
                  <tr key={`m${s.siteId}`} className="plan-move-row">
                    <td colSpan={9}>
                      <MoveForm
                        scenarioId={scenarioId}
                        heading={t('plan.sites.moveHeading', { site: name, scenario: scenarioName })}
                        site={s}
                        onDone={(summaryAfter) => {
                          setMoving(null);
                          onChanged(t('plan.sites.moved', { site: name, count: formatNumber(summaryAfter.warnings.length) }), summaryAfter);
                        }}
                        onCancel={() => setMoving(null)}
                      />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function MoveForm(props: { scenarioId: number; heading: string; site: SiteTimeline; onDone(s: PlanSummary): void; onCancel(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [month, setMonth] = useState(props.site.firstMonth ?? '');
  const [phase, setPhase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (m: string | null, p: number | null) => {
    setBusy(true);
    try {
      props.onDone(await call('plan:moveSite', { scenarioId: props.scenarioId, siteId: props.site.siteId!, month: m, phase: p }));
    } catch (err) {
      setProblem(t('plan.sites.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = month.trim();
    const p = phase.trim();
    if (!m && !p) return setProblem(t('plan.sites.moveEmpty'));
    if (m && !isMonth(m)) return setProblem(t('plan.sites.moveBadMonth'));
    const pn = p ? parseWhole(p, 1) : null;
    if (p && (pn === null || pn > 99)) return setProblem(t('plan.sites.moveBadPhase'));
    setProblem(null);
    void send(m || null, pn);
  };

  return (
    <form className="plan-move" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h4 id={`${id}-h`}>{props.heading}</h4>
      <div className="plan-inline-fields">
        <div className="field">
          <label htmlFor={`${id}-m`}>{t('plan.sites.moveMonth')}</label>
          <input id={`${id}-m`} value={month} onChange={(e) => setMonth(e.target.value)} placeholder="2027-05" size={9} aria-describedby={`${id}-mh`} autoFocus />
          <p className="help" id={`${id}-mh`}>
            {t('plan.sites.moveMonthHelp')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('plan.sites.movePhase')}</label>
          <input id={`${id}-p`} value={phase} onChange={(e) => setPhase(e.target.value)} inputMode="numeric" size={4} />
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="plan-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('plan.sites.moveApply')}
        </button>
        <button type="button" disabled={busy} onClick={() => void send(null, null)}>
          {t('plan.sites.moveClear')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('plan.scenario.cancel')}
        </button>
      </div>
    </form>
  );
}

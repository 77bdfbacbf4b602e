// Scenarios side by side (scenarios:compare): total cost, finish date, unfunded
// backlog, spend and restricted devices left per fiscal year; and the
// dashboard's burn-down chart with one line per scenario.
import { useEffect, useId, useMemo, useState } from 'react';
import type { ScenarioComparison, ScenarioInfo } from '../../../../electron/api/plan-types';
import { call } from '../../api/client';
import { ChartFrame } from '../../charts/ChartFrame';
import { useChartFormat } from '../../charts/format';
import { burnDownSpec } from '../../charts/specs/burndown';
import { useI18n } from '../../i18n';
import { fyText } from './format';

export function CompareView({ scenarios, currentId, restrictedTotal }: { scenarios: ScenarioInfo[]; currentId: number; restrictedTotal: number }) {
  const { t, lang, formatMoney, formatNumber, formatDate } = useI18n();
  const fmt = useChartFormat();
  const id = useId();
  const allIds = scenarios.map((s) => s.id).slice(0, 10);
  const [chosen, setChosen] = useState<number[]>(allIds);
  const [data, setData] = useState<ScenarioComparison | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const idsKey = scenarios.map((s) => s.id).join(',');

  // New scenarios (a copy) join the comparison.
  useEffect(() => setChosen(allIds), [idsKey]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (chosen.length === 0) return setData(null);
    call('scenarios:compare', { ids: chosen }).then(
      (c) => {
        setData(c);
        setFailure(null);
      },
      (e: Error) => setFailure(e.message),
    );
  }, [chosen.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps

  const spec = useMemo(() => {
    if (!data) return null;
    const rows = [...data.rows].sort((a, b) => (a.scenarioId === currentId ? -1 : b.scenarioId === currentId ? 1 : 0));
    return burnDownSpec(
      rows.map((r) => ({ key: `s${r.scenarioId}`, name: r.name, total: restrictedTotal, byMonth: r.byMonth })),
      { t, fmt },
    );
  }, [data, currentId, restrictedTotal, t, fmt]);

  const toggle = (sid: number, on: boolean) => setChosen((c) => (on ? allIds.filter((x) => x === sid || c.includes(x)) : c.filter((x) => x !== sid)));
  const fy = (label: string) => t('plan.fy.sentence', { fy: fyText(label, lang) });

  return (
    <div className="plan-compare">
      <fieldset>
        <legend>{t('plan.compare.pick')}</legend>
        {scenarios.slice(0, 10).map((s) => (
          <label className="check" key={s.id}>
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            {s.name}
          </label>
        ))}
      </fieldset>
      {failure && (
        <p className="error" role="alert">
          {t('error.generic', { message: failure })}
        </p>
      )}
      {chosen.length === 0 && <p className="plan-note">{t('plan.compare.pickOne')}</p>}
      {data && chosen.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="data plan-compare-table" data-testid="plan-compare" aria-describedby={`${id}-c`}>
              <caption id={`${id}-c`}>{t('plan.compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.compare.measure')}</th>
                  {data.rows.map((r) => (
                    <th scope="col" className="num" key={r.scenarioId}>
                      {r.scenarioId === currentId ? t('plan.compare.onShow', { name: r.name }) : r.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <Row label={t('plan.compare.totalCost')} cells={data.rows.map((r) => formatMoney(r.totalCostCents))} />
                <Row label={t('plan.compare.fundedCost')} cells={data.rows.map((r) => formatMoney(r.fundedCostCents))} />
                <Row label={t('plan.compare.finish')} cells={data.rows.map((r) => (r.finishDate ? formatDate(r.finishDate) : t('plan.results.notWithin')))} />
                <Row
                  label={t('plan.compare.unfunded')}
                  cells={data.rows.map((r) =>
                    r.unfundedDevices > 0 ? t('plan.results.backlogValue', { count: formatNumber(r.unfundedDevices), cost: formatMoney(r.unfundedCostCents) }) : t('plan.none'),
                  )}
                />
                {data.fiscalYears.map((y) => (
                  <Row
                    key={`s${y}`}
                    label={t('plan.compare.spendIn', { fy: fy(y) })}
                    cells={data.rows.map((r) => {
                      const v = r.byFiscalYear.find((b) => b.fy === y);
                      return v ? t('plan.compare.spendOfCap', { spend: formatMoney(v.spendCents), cap: formatMoney(v.capCents) }) : t('plan.none');
                    })}
                  />
                ))}
                {data.fiscalYears.map((y) => (
                  <Row
                    key={`r${y}`}
                    label={t('plan.compare.restrictedIn', { fy: fy(y) })}
                    cells={data.rows.map((r) => {
                      const v = r.byFiscalYear.find((b) => b.fy === y);
                      return v ? formatNumber(v.restrictedRemaining) : t('plan.none');
                    })}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {spec && <ChartFrame spec={spec} variant="card" noAnimation />}
        </>
      )}
    </div>
  );
}

function Row({ label, cells }: { label: string; cells: string[] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((c, i) => (
        <td className="num" key={i}>
          {c}
        </td>
      ))}
    </tr>
  );
}

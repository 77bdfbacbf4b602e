// Per fiscal year: cap, spend by category, headroom, devices replaced and the
// restricted devices still in place on 31 March.
import type { FiscalYearSummary } from '../../../../electron/api/plan-types';
import { useI18n, type MessageKey } from '../../i18n';
import { fyText } from './format';

const CATEGORIES: Array<{ field: 'hardwareCents' | 'labourCents' | 'licenceCents' | 'disposalCents' | 'escalationCents' | 'contingencyCents'; label: MessageKey }> = [
  { field: 'hardwareCents', label: 'plan.years.hardware' },
  { field: 'labourCents', label: 'plan.years.labour' },
  { field: 'licenceCents', label: 'plan.years.licence' },
  { field: 'disposalCents', label: 'plan.years.disposal' },
  { field: 'escalationCents', label: 'plan.years.escalation' },
  { field: 'contingencyCents', label: 'plan.years.contingency' },
];

export function FiscalYearTable({ years }: { years: readonly FiscalYearSummary[] }) {
  const { t, lang, formatMoney, formatNumber } = useI18n();
  if (years.length === 0) return <p className="plan-note">{t('plan.years.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="data plan-years" data-testid="plan-years">
        <caption>{t('plan.years.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.years.fy')}</th>
            <th scope="col" className="num">{t('plan.years.cap')}</th>
            {CATEGORIES.map((c) => (
              <th scope="col" className="num" key={c.field}>
                {t(c.label)}
              </th>
            ))}
            <th scope="col" className="num">{t('plan.years.total')}</th>
            <th scope="col" className="num">{t('plan.years.headroom')}</th>
            <th scope="col" className="num">{t('plan.years.devices')}</th>
            <th scope="col" className="num">{t('plan.years.restrictedLeft')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => {
            const headroom = y.capCents - y.spend.totalCents;
            return (
              <tr key={y.fy}>
                <th scope="row">{fyText(y.fy, lang)}</th>
                <td className="num">{formatMoney(y.capCents)}</td>
                {CATEGORIES.map((c) => (
                  <td className="num" key={c.field}>
                    {formatMoney(y.spend[c.field])}
                  </td>
                ))}
                <td className="num">
                  <strong>{formatMoney(y.spend.totalCents)}</strong>
                </td>
                <td className={`num ${headroom < 0 ? 'over' : ''}`}>
                  {headroom < 0 ? t('plan.years.overBy', { amount: formatMoney(-headroom) }) : formatMoney(headroom)}
                </td>
                <td className="num">{formatNumber(y.devices)}</td>
                <td className="num">{formatNumber(y.restrictedRemaining)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

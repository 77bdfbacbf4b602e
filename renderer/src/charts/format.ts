// Chart-side formatting, built on the app's one formatter (useI18n): axis
// ticks need the compact forms ("$1.2M" / "1,2 M$") and month labels.
import { useMemo } from 'react';
import { useI18n } from '../i18n';

export interface ChartFormat {
  money(cents: number): string;
  /** Compact money for axis ticks. */
  moneyShort(cents: number): string;
  number(n: number): string;
  percent(ratio: number): string;
  /** 'YYYY-MM' -> "Apr 2026" / "avr. 2026". */
  month(month: string): string;
  date(iso: string): string;
}

export function useChartFormat(): ChartFormat {
  const { locale, formatMoney, formatNumber, formatPercent, formatDate } = useI18n();
  return useMemo(() => {
    const short = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol', notation: 'compact', maximumFractionDigits: 1 });
    const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    return {
      money: (c) => formatMoney(c),
      moneyShort: (c) => short.format(c / 100),
      number: formatNumber,
      percent: formatPercent,
      month: (m) => {
        const d = new Date(`${m}-01T00:00:00Z`);
        return Number.isNaN(d.getTime()) ? m : month.format(d);
      },
      date: formatDate,
    };
  }, [locale, formatMoney, formatNumber, formatPercent, formatDate]);
}

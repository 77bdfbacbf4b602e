import { KpiTile } from '../components/KpiTile';
import { useI18n } from '../i18n';
import type { Kpis } from './shape/kpis';

/** The seven numbers a director reads first. */
export function KpiTiles({ k, large }: { k: Kpis; large?: boolean }) {
  const { t, formatNumber, formatMoney, formatPercent, formatDate } = useI18n();
  const dash = t('common.none');
  const finish =
    k.finish === 'funded' ? formatDate(k.finishDate!) : k.finish === 'backlog' ? t('dashboard.kpi.notFunded') : k.finish === 'none' ? t('dashboard.kpi.nothingToDo') : dash;
  return (
    <div className={`kpis${large ? ' kpis-large' : ''}`} data-testid="summary-kpis">
      <KpiTile label={t('summary.devices')} value={formatNumber(k.devices)} />
      <KpiTile label={t('summary.restricted')} value={formatNumber(k.restricted)} tone="danger" />
      <KpiTile label={t('dashboard.kpi.restrictedShare')} value={formatPercent(k.restrictedShare)} tone="danger" />
      <KpiTile label={t('dashboard.kpi.sitesAffected')} value={formatNumber(k.sitesAffected)} />
      <KpiTile label={t('dashboard.kpi.totalCost')} value={k.totalCostCents === null ? dash : formatMoney(k.totalCostCents)} />
      <KpiTile label={t('dashboard.kpi.finish')} value={finish} tone={k.finish === 'backlog' ? 'warn' : k.finish === 'funded' ? 'ok' : undefined} />
      <KpiTile
        label={k.unfundedCostCents ? t('dashboard.kpi.backlogCost', { cost: formatMoney(k.unfundedCostCents) }) : t('dashboard.kpi.backlog')}
        value={k.unfundedDevices === null ? dash : formatNumber(k.unfundedDevices)}
        tone={k.unfundedDevices ? 'warn' : 'ok'}
      />
    </div>
  );
}

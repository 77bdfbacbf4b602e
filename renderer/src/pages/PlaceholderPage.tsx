import { useI18n } from '../i18n';
import { ROUTE_LABELS, type Route } from '../routes';

export function PlaceholderPage({ route }: { route: Route }) {
  const { t } = useI18n();
  return (
    <section>
      <h2>{t(ROUTE_LABELS[route])}</h2>
      <p>{t('common.comingSoon')}</p>
    </section>
  );
}

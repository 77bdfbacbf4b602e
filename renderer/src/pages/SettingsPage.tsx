import type { PlanInfo } from '../../../electron/api/types';
import { useI18n, type Lang } from '../i18n';
import { BackupsSection } from './BackupsSection';

export function SettingsPage({ plan }: { plan: PlanInfo }) {
  const { t, lang, setLang } = useI18n();
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('nav.settings')}</h2>
      <div className="field">
        <label htmlFor="lang-select">{t('settings.language')}</label>
        <select id="lang-select" value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-describedby="lang-help">
          <option value="en">{t('settings.english')}</option>
          <option value="fr">{t('settings.french')}</option>
        </select>
        <p id="lang-help" className="help">
          {t('settings.languageHelp')}
        </p>
      </div>
      <div className="field">
        <span className="label">{t('settings.planFile')}</span>
        <code>{plan.path}</code>
      </div>
      <BackupsSection />
    </section>
  );
}

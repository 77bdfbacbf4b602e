import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Lang = 'en' | 'fr';
export const catalogues: Record<Lang, Record<MessageKey, string>> = { en, fr };

const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
const numberFormat = (lang: Lang) => (numberFormats[lang] ??= new Intl.NumberFormat(localeOf(lang)));

/**
 * Look a message up and fill its slots: `{param}`, and
 * `{count, plural, one {# appareil} other {# appareils}}`, where the form
 * follows the language's plural rules (French: 0 and 1 are singular) and `#`
 * stands for the value: a number is written the language's way (10,000 /
 * 10 000), a string as given (already formatted by the caller).
 */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return formatMessage(lang, catalogues[lang][key] ?? catalogues.en[key] ?? key, params);
}

/** Fill the slots of a message text (what translate does once it has the text). */
export function formatMessage(lang: Lang, text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(localeOf(lang)));
  return text
    .replace(PLURAL, (m, name: string, one: string, other: string) => {
      if (!(name in params)) return m;
      const value = params[name];
      const n = typeof value === 'number' ? value : Number(String(value).replace(/[^\d.-]/g, ''));
      const shown = typeof value === 'number' ? numberFormat(lang).format(value) : value;
      return (rules.select(n) === 'one' ? one : other).replace(/#/g, shown);
    })
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

/** Follow the OS/browser language on first run: French if it says so, else English. */
export function defaultLang(): Lang {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('crp.lang') : null;
  if (stored === 'en' || stored === 'fr') return stored;
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

interface I18n {
  lang: Lang;
  locale: string;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  formatNumber(n: number): string;
  /** Money in integer cents, shown in CAD for the locale ($1,234 / 1 234 $). */
  formatMoney(cents: number, opts?: { cents?: boolean }): string;
  formatPercent(ratio: number): string;
  formatDate(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? defaultLang());
  useEffect(() => {
    document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
    document.title = translate(lang, 'app.title');
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const locale = localeOf(lang);
    const num = new Intl.NumberFormat(locale);
    const money0 = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
    const money2 = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    return {
      lang,
      locale,
      setLang: (l) => {
        localStorage.setItem('crp.lang', l);
        setLangState(l);
      },
      t: (key, params) => translate(lang, key, params),
      formatNumber: (n) => num.format(n),
      formatMoney: (c, opts) => (opts?.cents ? money2 : money0).format(c / 100),
      formatPercent: (r) => pct.format(r),
      formatDate: (iso) => {
        const d = new Date(iso.length === 7 ? `${iso}-01` : iso);
        return Number.isNaN(d.getTime()) ? iso : date.format(d);
      },
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export type { MessageKey };

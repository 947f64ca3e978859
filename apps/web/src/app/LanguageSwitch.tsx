import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, SUPPORTED_LOCALES } from './i18n';

/** Buttons to switch the UI language; each names its language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLocale(i18n.resolvedLanguage ?? i18n.language);

  return (
    <div role="group" aria-label={t('site.language')} className="language-switch">
      {SUPPORTED_LOCALES.map((locale) => (
        <button key={locale} type="button" lang={locale} aria-pressed={locale === active} onClick={() => void changeLocale(i18n, locale)}>
          {t(`languages.${locale}`)}
        </button>
      ))}
    </div>
  );
}

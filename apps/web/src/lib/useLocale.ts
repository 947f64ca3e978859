import { useTranslation } from 'react-i18next';
import { currentLocale, type Locale } from '../app/i18n';

/** The current UI language, narrowed to the supported ones. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLocale(i18n.resolvedLanguage ?? i18n.language);
}

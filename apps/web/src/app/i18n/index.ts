import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@ln/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';

export { SUPPORTED_LOCALES, type Locale };

const STORAGE_KEY = 'ln.language';

/** BCP 47 locale used by Intl for each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to Dutch.
    return DEFAULT_LOCALE;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisting the choice is acceptable; the UI still switches.
  }
}

/** The current UI language, narrowed to the supported ones. */
export function currentLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * Creates the i18next instance for the app (and for tests, with a fixed language).
 * Resources are bundled, so initialisation is synchronous.
 */
export function createI18n(language: Locale = readStoredLocale()) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = currentLocale(lng);
  });
  void instance.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
  });
  return instance;
}

export async function changeLocale(i18n: { changeLanguage(lng: string): Promise<unknown> }, locale: Locale) {
  storeLocale(locale);
  await i18n.changeLanguage(locale);
}

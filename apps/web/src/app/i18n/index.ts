import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@ln/domain';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';

export { SUPPORTED_LOCALES, type Locale };

const STORAGE_KEY = 'ln.language';
/** The same choice for the server, which paints the top of a page before the app runs (apps/api/src/web/first-paint). */
const COOKIE = 'ln.language';

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
  shareLocaleWithServer(locale);
}

function shareLocaleWithServer(locale: Locale): void {
  const current = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE}=`));
  if (current === `${COOKIE}=${locale}`) return;
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax${secure}`;
}

/** The current UI language, narrowed to the supported ones. */
export function currentLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * Creates the i18next instance for the app (and for tests, with a fixed language). Dutch, and the languages in
 * `loaded`, are there at once, so initialisation is synchronous; the app loads others with `loadLocale`.
 */
export function createI18n(language: Locale = readStoredLocale(), loaded: Partial<Record<Exclude<Locale, 'nl'>, typeof nl>> = {}) {
  shareLocaleWithServer(language);
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = currentLocale(lng);
  });
  void instance.use(initReactI18next).init({
    resources: {
      nl: { translation: nl },
      ...Object.fromEntries(Object.entries(loaded).map(([locale, messages]) => [locale, { translation: messages }])),
    },
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
  });
  return instance;
}

/**
 * Dutch is in the app's first chunk; the other languages are their own chunks, loaded before the app renders in
 * them (the API preloads the chosen one beside the app's JavaScript) or when someone switches.
 */
const OTHER_LANGUAGES: Record<Exclude<Locale, 'nl'>, () => Promise<typeof nl>> = {
  en: () => import('./en').then((module) => module.en),
};

export async function loadLocale(i18n: I18n, locale: Locale): Promise<void> {
  if (locale === 'nl' || i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await OTHER_LANGUAGES[locale]());
  // Already this language (the stored choice): resolve it again now that its texts are here.
  if (i18n.language === locale) await i18n.changeLanguage(locale);
}

export async function changeLocale(i18n: I18n, locale: Locale) {
  await loadLocale(i18n, locale);
  storeLocale(locale);
  await i18n.changeLanguage(locale);
}

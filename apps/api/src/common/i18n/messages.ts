import { errorMessage, type Locale, type ValidationMessageKey } from '@ln/domain';

export type MessageKey = ValidationMessageKey;

/** A validation message in the viewer's language (the table is @ln/domain's ERROR_MESSAGES). */
export function message(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return errorMessage(key, locale, params);
}

/** The viewer's language from Accept-Language: English when asked for first, Dutch otherwise. */
export function localeFrom(acceptLanguage: string | string[] | undefined): Locale {
  const value = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage;
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

import { ERROR_MESSAGES, type ErrorMessageKey, type Locale } from '@ln/domain';

/**
 * The API's refusals and field messages by key (one table in @ln/domain), as i18next texts (`apiMessages.<key>`):
 * `{name}` placeholders become i18next's `{{name}}`.
 */
export function errorTexts(locale: Locale): Record<ErrorMessageKey, string> {
  return Object.fromEntries(
    Object.entries(ERROR_MESSAGES).map(([key, texts]) => [key, texts[locale].replace(/\{(\w+)\}/g, '{{$1}}')]),
  ) as Record<ErrorMessageKey, string>;
}

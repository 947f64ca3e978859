import { ERROR_MESSAGES, type ErrorMessageKey, type Locale } from '@ln/domain';

/**
 * The API's refusals and field messages by key (one table in @ln/domain), as i18next texts (`apiMessages.<key>`):
 * `{name}` placeholders become i18next's `{{name}}`.
 */
/** The field messages that a form finds before sending, worded as the API words them (`form.validation.<key>`). */
export function sharedValidationTexts(locale: Locale) {
  const texts = errorTexts(locale);
  return {
    required: texts.required,
    email: texts.email,
    tooShort: texts.tooShort,
    tooLong: texts.tooLong,
    url: texts.url,
    endBeforeStart: texts.endBeforeStart,
    startInPast: texts.startInPast,
    place: texts.place,
    capacity: texts.capacity,
    agendaSize: texts.agendaSize,
    altRequired: texts.altRequired,
  };
}

export function errorTexts(locale: Locale): Record<ErrorMessageKey, string> {
  return Object.fromEntries(
    Object.entries(ERROR_MESSAGES).map(([key, texts]) => [key, texts[locale].replace(/\{(\w+)\}/g, '{{$1}}')]),
  ) as Record<ErrorMessageKey, string>;
}

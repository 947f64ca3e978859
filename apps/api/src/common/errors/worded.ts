import type { Locale } from '@ln/domain';
import type { FieldErrors, FieldKeys } from './domain-error';
import { errorMessage, isErrorMessageKey, type ErrorMessageParams } from './error-messages';

export interface ErrorWording {
  message: string;
  messageKey?: unknown;
  messageParams?: unknown;
  fields?: unknown;
  fieldKeys?: unknown;
}

/** The message and the field errors of a refusal in the viewer's language, where they were thrown by key. */
export function wordedIn(locale: Locale, error: ErrorWording): { message: string; fields?: FieldErrors } {
  const message = isErrorMessageKey(error.messageKey)
    ? errorMessage(error.messageKey, locale, error.messageParams as ErrorMessageParams | undefined)
    : error.message;
  const fields = error.fields as FieldErrors | undefined;
  const keys = error.fieldKeys as FieldKeys | undefined;
  if (!fields || !keys) return { message, ...(fields ? { fields } : {}) };
  const worded = { ...fields };
  for (const [field, { key, params }] of Object.entries(keys))
    if (isErrorMessageKey(key)) worded[field] = errorMessage(key, locale, params);
  return { message, fields: worded };
}

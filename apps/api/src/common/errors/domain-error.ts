import { ErrorCode } from '@ln/domain';
import { errorMessage, type ErrorMessageKey, type ErrorMessageParams } from './error-messages';

export type FieldErrors = Record<string, string>;
export type FieldKeys = Record<string, { key: ErrorMessageKey; params?: ErrorMessageParams }>;

/**
 * The one error vocabulary. Features throw these; `formatGraphqlError` turns them into `extensions.code` (and
 * `extensions.fields` for BAD_USER_INPUT). A refusal thrown by key (`notFound('threadNotFound')`) is worded in the
 * viewer's language when the answer is sent; `message` holds the Dutch wording (for logs). Messages built by a
 * feature that knows the locale (field errors) arrive already worded.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly messageKey?: ErrorMessageKey,
    readonly messageParams?: ErrorMessageParams,
    /** Field errors thrown by key, worded like the message when the answer is sent. */
    readonly fieldKeys?: FieldKeys,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

function byKey(code: ErrorCode, key: ErrorMessageKey, params?: ErrorMessageParams): DomainError {
  return new DomainError(code, errorMessage(key, 'nl', params), undefined, key, params);
}

export const notFound = (key: ErrorMessageKey = 'notFound') => byKey(ErrorCode.NOT_FOUND, key);
export const forbidden = (key: ErrorMessageKey = 'forbidden') => byKey(ErrorCode.FORBIDDEN, key);
export const unauthenticated = (key: ErrorMessageKey = 'unauthenticated') => byKey(ErrorCode.UNAUTHENTICATED, key);
export const conflict = (key: ErrorMessageKey = 'conflict') => byKey(ErrorCode.CONFLICT, key);
export const rateLimited = (key: ErrorMessageKey = 'rateLimited', params?: ErrorMessageParams) =>
  byKey(ErrorCode.RATE_LIMITED, key, params);
/** BAD_USER_INPUT about the request as a whole (an upload), by message key. */
export const badRequest = (key: ErrorMessageKey, params?: ErrorMessageParams) => byKey(ErrorCode.BAD_USER_INPUT, key, params);
export const badInput = (fields: FieldErrors, message = 'Controleer de gemarkeerde velden.') =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, fields);
/** BAD_USER_INPUT for one field, by message key (for code that does not know the viewer's language). */
export const invalidField = (field: string, key: ErrorMessageKey, params?: ErrorMessageParams) =>
  new DomainError(
    ErrorCode.BAD_USER_INPUT,
    errorMessage('fixFields', 'nl'),
    { [field]: errorMessage(key, 'nl', params) },
    'fixFields',
    undefined,
    {
      [field]: { key, ...(params ? { params } : {}) },
    },
  );

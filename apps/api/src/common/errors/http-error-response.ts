import type { Request, Response } from 'express';
import { ErrorCode } from '@ln/domain';
import { localeFrom } from '../i18n/messages';
import type { DomainError } from './domain-error';
import { wordedIn } from './worded';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * A refusal of a plain HTTP route (calendar feeds, Markdown exports, practice pages) in the API's one error
 * vocabulary: the status that goes with the code, and the body GraphQL answers have, worded by Accept-Language.
 */
export function sendDomainError(req: Request, res: Response, error: DomainError, status?: number): void {
  const { message, fields } = wordedIn(localeFrom(req.headers['accept-language']), error);
  const extensions = { code: error.code, ...(error.messageKey ? { messageKey: error.messageKey } : {}), ...(fields ? { fields } : {}) };
  res
    .status(status ?? STATUS[error.code] ?? 400)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions }] });
}

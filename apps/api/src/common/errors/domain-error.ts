import { ErrorCode } from '@ln/domain';

export type FieldErrors = Record<string, string>;

/**
 * The one error vocabulary. Features throw these; `formatGraphqlError` turns them into
 * `extensions.code` (and `extensions.fields` for BAD_USER_INPUT). Messages are already in the viewer's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (message = 'Niet gevonden.') => new DomainError(ErrorCode.NOT_FOUND, message);
export const forbidden = (message = 'Je hebt hiervoor geen toegang.') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Meld je aan om verder te gaan.') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message = 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer nog eens.') =>
  new DomainError(ErrorCode.CONFLICT, message);
export const badInput = (fields: FieldErrors, message = 'Controleer de gemarkeerde velden.') =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, fields);
export const rateLimited = (message = 'Te veel pogingen. Wacht even en probeer opnieuw.') =>
  new DomainError(ErrorCode.RATE_LIMITED, message);

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@ln/domain';
import { isOneOf } from './oneOf';

export type FieldErrors = Record<string, string>;

/** What went wrong with a request, read from Apollo's error. */
export interface RequestProblem {
  /** `extensions.code` of the first GraphQL error, or NETWORK when no GraphQL answer came back. */
  code: ErrorCode | 'NETWORK';
  /** The server's message (already in the UI language), when it sent one. */
  message: string | undefined;
  /** BAD_USER_INPUT: field name → message, in the UI language. */
  fields: FieldErrors;
}

const KNOWN_CODES = Object.values(ErrorCode);

function fieldsOf(extensions: Record<string, unknown> | undefined): FieldErrors {
  const fields = extensions?.['fields'];
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Reads `errors[].extensions.code` and `extensions.fields` from whatever a query or mutation threw. */
export function readRequestProblem(error: unknown): RequestProblem {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) {
    return { code: 'NETWORK', message: undefined, fields: {} };
  }
  const [first] = error.errors;
  const rawCode = first?.extensions?.['code'];
  const code = typeof rawCode === 'string' && isOneOf(KNOWN_CODES, rawCode) ? rawCode : ErrorCode.INTERNAL_SERVER_ERROR;
  const fields: FieldErrors = Object.fromEntries(error.errors.flatMap((e) => Object.entries(fieldsOf(e.extensions))));
  return { code, message: first?.message, fields };
}

/** The code of a request's error, e.g. to tell FORBIDDEN from a failed connection. */
export function errorCodeOf(error: unknown): RequestProblem['code'] | undefined {
  return error ? readRequestProblem(error).code : undefined;
}

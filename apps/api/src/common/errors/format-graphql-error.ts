import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@ln/domain';
import { DomainError } from './domain-error';
import { loggableError } from './error-log';
import { isDatabaseUnavailable } from './service-unavailable';
import { message } from '../i18n/messages';

export interface ErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const ARMOR_LIMIT = /limit of \d+ exceeded/i;
const SUGGESTION = /\s*Did you mean .*$/s;

/** GraphQL's own request errors (parse, validation, bad variables) are the client's fault. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A scalar refusing a variable's value (graphql-js: 'Variable "$i" got invalid value … at "i.startsAt"'): that field. */
function coercedField(graphqlMessage: string, reason: string): Record<string, string> | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(graphqlMessage);
  if (!variable) return undefined;
  const at = /at "([\w.[\]]+)"/.exec(graphqlMessage);
  const name = at
    ? at[1]
        .split('.')
        .pop()!
        .replace(/\[\d+\]$/, '')
    : variable[1];
  return { [name]: reason };
}

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Maps every error that leaves the API to the contract's `extensions.code`. Expected refusals (FORBIDDEN,
 * BAD_USER_INPUT, QUERY_TOO_COMPLEX …) are logged at info, without stack or the user's input. Unknown errors are
 * logged at error with the request id and stack, and reach the client as a generic message: no stack trace, no SQL.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  context: { logger: ErrorLogger; requestId?: string; hideSuggestions?: boolean },
): GraphQLFormattedError {
  const mapped = mapError(formatted, error);
  // graphql-armor masks field suggestions; graphql-js still suggests enum values ("Did you mean …?") on coercion.
  const result = context.hideSuggestions ? { ...mapped, message: mapped.message.replace(SUGGESTION, '') } : mapped;
  const code = result.extensions?.code;
  if (code === ErrorCode.SERVICE_UNAVAILABLE) {
    const err = loggableError(originalOf(error));
    context.logger.warn({ code, requestId: context.requestId, path: formatted.path, reason: summary(err) }, 'Databank niet beschikbaar');
    return result;
  }
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const fields = result.extensions?.fields;
    context.logger.info(
      { code, requestId: context.requestId, path: formatted.path, ...(fields ? { fields: Object.keys(fields) } : {}) },
      'GraphQL operation refused',
    );
    return result;
  }
  context.logger.error(
    { err: loggableError(originalOf(error)), requestId: context.requestId, path: formatted.path },
    'Unexpected error in GraphQL operation',
  );
  return {
    message: `Er ging iets mis aan onze kant. Probeer het later opnieuw (referentie ${context.requestId ?? 'onbekend'}).`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: context.requestId },
  };
}

function mapError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const original = originalOf(error);

  if (original instanceof DomainError) {
    const fields = original.fields ?? coercedField(formatted.message, original.message);
    const key = {
      ...(original.messageKey ? { messageKey: original.messageKey } : {}),
      ...(original.messageParams ? { messageParams: original.messageParams } : {}),
      ...(original.fieldKeys ? { fieldKeys: original.fieldKeys } : {}),
    };
    return { ...base, message: original.message, extensions: { code: original.code, ...key, ...(fields ? { fields } : {}) } };
  }
  if (isDatabaseUnavailable(original)) {
    return { ...base, message: message('nl', 'serviceUnavailable'), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (ARMOR_LIMIT.test(formatted.message)) {
    return {
      ...base,
      message: formatted.message.replace(/^Syntax Error: /, ''),
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    };
  }
  const rawCode = formatted.extensions?.code;
  const code = typeof rawCode === 'string' ? rawCode : '';
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, extensions: { code } };
  }
  if (CLIENT_ERROR_CODES.has(code) || (error instanceof GraphQLError && !error.originalError && !error.path)) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { ...base, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** A database error's state and routine, or a plain error's message (never SQL: loggableError has removed it). */
function summary(err: unknown): unknown {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return err;
}

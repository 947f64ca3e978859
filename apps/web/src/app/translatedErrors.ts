import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorMessageKey, type ErrorMessageKey, type ErrorMessageParams } from '@ln/domain';
import type { GraphQLFormattedError } from 'graphql';
import { catchError, map, throwError } from 'rxjs';

/** Words a message key of the API (@ln/domain's ERROR_MESSAGES) in the UI language. */
export type Translate = (key: ErrorMessageKey, params: ErrorMessageParams | undefined) => string;

interface KeyedExtensions {
  messageKey?: unknown;
  messageParams?: unknown;
  fields?: unknown;
  fieldKeys?: unknown;
}

/**
 * An error in the UI language: the API sends each refusal's key and parameters (`extensions.messageKey`,
 * `messageParams`; per field `fieldKeys`) beside its own wording, and the app words them itself — so the
 * text follows the language the person reads in, also for what arrives over the WebSocket.
 */
export function translatedError(error: GraphQLFormattedError, translate: Translate): GraphQLFormattedError {
  const extensions = (error.extensions ?? {}) as KeyedExtensions & Record<string, unknown>;
  const params = (value: unknown) => (value && typeof value === 'object' ? (value as ErrorMessageParams) : undefined);
  const message = isErrorMessageKey(extensions.messageKey)
    ? translate(extensions.messageKey, params(extensions.messageParams))
    : error.message;
  const fieldKeys =
    extensions.fieldKeys && typeof extensions.fieldKeys === 'object'
      ? (extensions.fieldKeys as Record<string, { key?: unknown; params?: unknown }>)
      : {};
  const fields = { ...(extensions.fields as Record<string, string> | undefined) };
  for (const [field, { key, params: values }] of Object.entries(fieldKeys)) {
    if (isErrorMessageKey(key)) fields[field] = translate(key, params(values));
  }
  return { ...error, message, extensions: { ...extensions, ...(extensions.fields ? { fields } : {}) } };
}

export function translatedErrorsLink(translate: Translate): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => (result.errors ? { ...result, errors: result.errors.map((error) => translatedError(error, translate)) } : result)),
      catchError((error: unknown) =>
        throwError(() =>
          CombinedGraphQLErrors.is(error)
            ? new CombinedGraphQLErrors({ errors: error.errors.map((one) => translatedError(one, translate)) })
            : error,
        ),
      ),
    ),
  );
}

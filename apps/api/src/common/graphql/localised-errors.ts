import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Locale } from '@ln/domain';
import { errorMessage, isErrorMessageKey, type ErrorMessageParams } from '../errors/error-messages';

/** A refusal thrown by key (`extensions.messageKey`), worded in the viewer's language. */
export function localisedError<E extends GraphQLFormattedError>(error: E, locale: Locale): E {
  const key = error.extensions?.['messageKey'];
  if (!isErrorMessageKey(key)) return error;
  return { ...error, message: errorMessage(key, locale, error.extensions?.['messageParams'] as ErrorMessageParams | undefined) };
}

/** Over HTTP: Apollo's formatError does not know the locale, the answer does (formatGraphqlError has added the key). */
export function localisedErrorsPlugin(): ApolloServerPlugin<{ locale?: Locale }> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response, contextValue }) => {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (errors?.length) response.body.singleResult.errors = errors.map((error) => localisedError(error, contextValue.locale ?? 'nl'));
      },
    }),
  };
}

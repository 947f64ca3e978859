import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Locale } from '@ln/domain';
import { wordedIn } from '../errors/worded';

/** A refusal thrown by key (`extensions.messageKey`, `extensions.fieldKeys`), worded in the viewer's language. */
export function localisedError<E extends GraphQLFormattedError>(error: E, locale: Locale): E {
  const extensions = error.extensions;
  if (!extensions?.['messageKey'] && !extensions?.['fieldKeys']) return error;
  const { message, fields } = wordedIn(locale, { ...extensions, message: error.message });
  return { ...error, message, extensions: { ...extensions, ...(fields ? { fields } : {}) } };
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

import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, type Locale } from '@ln/domain';
import { RETRY_AFTER_SECONDS } from '../errors/service-unavailable';
import { message } from '../i18n/messages';

/**
 * An answer that carries SERVICE_UNAVAILABLE (database unreachable, saturated, past a timeout) gets Retry-After, and
 * its message in the viewer's language (formatGraphqlError does not know the locale). The status stays what Nest
 * makes of every executed operation (200 with `data`), so clients read the body as GraphQL.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin<{ locale?: Locale }> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response, contextValue }) => {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.some((error) => error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE)) return;
        const text = message(contextValue.locale ?? 'nl', 'serviceUnavailable');
        response.body.singleResult.errors = errors.map((error) =>
          error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE ? { ...error, message: text } : error,
        );
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    }),
  };
}

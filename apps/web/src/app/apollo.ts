import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

import { LiveConnection } from '../lib/liveConnection';
import { translatedErrorsLink, type Translate } from './translatedErrors';
import { typePolicies } from './typePolicies';

const GRAPHQL_PATH = '/graphql';

/** ws(s)://<host>/graphql for the page's own origin (the dev server proxies it). */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_PATH}`;
}

/**
 * Adds `Accept-Language` with the UI language to every HTTP request: the API
 * answers its error messages (e.g. `extensions.fields`) in that language.
 */
export function acceptLanguageLink(language: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': language() },
    }));
    return forward(operation);
  });
}

/** The cache, with the policies lists need (also used by tests). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

/**
 * The app's client. The session is an httpOnly cookie set by the API on login: the
 * app never sees or stores the returned token, the browser sends the cookie along.
 */
export function createApolloClient(language: () => string, connection = new LiveConnection(), translate?: Translate): ApolloClient {
  // Queries and mutations over HTTP; the API serves the web app from the same origin.
  const httpLink = ApolloLink.from([acceptLanguageLink(language), new HttpLink({ uri: GRAPHQL_PATH, credentials: 'include' })]);

  // Subscriptions over graphql-ws. `lazy` (the default) opens the socket only when
  // the first subscription starts, so public pages do not hold a connection.
  const wsLink = new GraphQLWsLink(
    createClient({
      url: graphqlWsUrl(window.location),
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => connection.markConnected(wasRetry),
        closed: () => connection.markLost(),
      },
    }),
  );

  const transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  const link = translate ? ApolloLink.from([translatedErrorsLink(translate), transport]) : transport;

  return new ApolloClient({
    link,
    cache: createCache(),
  });
}

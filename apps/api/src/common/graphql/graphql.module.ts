import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { PinoLogger } from 'nestjs-pino';
import type { Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { APP_FILTER } from '@nestjs/core';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { buildQueryLimits } from './armor';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';
import { localisedErrorsPlugin } from './localised-errors';
import type { GraphqlContext } from './graphql-context';
import { contextForRequest, type RequestWithViewer } from './context-factory';
import { LiveSessions } from '../auth/live-sessions';
import { GraphqlWsServer } from './graphql-ws.server';
import { DateTimeScalar } from './date-time.scalar';
import { EventScopes } from './event-scope';

@Global()
/** Apollo Server at /graphql (code-first); subscriptions come from GraphqlWsServer on the same path. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, PinoLogger],
      useFactory: (config: AppConfig, logger: PinoLogger) => {
        const limits = buildQueryLimits(config);
        logger.setContext('GraphQL');
        return {
          path: '/graphql',
          autoSchemaFile: true,
          // schema.gql is sorted when it is written (schema-file.ts); sorting the live schema at every start buys nothing.
          sortSchema: false,
          // Nest checks the generated schema by running the introspection query on it (~5 % of a start). The schema is
          // the same code everywhere: development and the tests check it, production starts without.
          buildSchemaOptions: { skipCheck: config.isProduction },
          playground: false,
          graphiql: !config.isProduction,
          introspection: config.graphqlIntrospection,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          validationRules: limits.validationRules,
          // Cache control is off: nothing reads its hints, and its per-field hook wraps every resolver (also over WebSocket).
          // graphql-armor is typed against Apollo's CJS build, Nest against its ESM build: same runtime objects.
          // Inline tracing is for federated subgraphs (this is none): disabled, Apollo does not load it (nor its protobuf) at start.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            ApolloServerPluginInlineTraceDisabled(),
            ...limits.plugins,
            serviceUnavailablePlugin(),
            localisedErrorsPlugin(),
          ] as unknown as ApolloDriverConfig['plugins'],
          context: ({ req, res }: { req: RequestWithViewer; res: Response }): GraphqlContext => contextForRequest(req, res),
          formatError: (formatted, error) =>
            formatGraphqlError(formatted, error, { logger, requestId: currentRequestId(logger), hideSuggestions: config.isProduction }),
        };
      },
    }),
  ],
  providers: [GraphqlWsServer, DateTimeScalar, EventScopes, LiveSessions, { provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
  exports: [EventScopes],
})
export class AppGraphqlModule {}

/** Apollo does not hand formatError the context; the active pino logger (per request or operation) knows the id. */
function currentRequestId(logger: PinoLogger): string | undefined {
  const id: unknown = logger.logger.bindings()['requestId'];
  return typeof id === 'string' ? id : undefined;
}

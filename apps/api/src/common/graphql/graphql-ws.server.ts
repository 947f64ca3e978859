import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { execute, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import { PubSubEngine } from 'graphql-subscriptions';
import { PinoLogger } from 'nestjs-pino';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ErrorCode, type Locale } from '@ln/domain';
import { AppConfig } from '../../config/app-config';
import { LiveSessions } from '../auth/live-sessions';
import { bearerTokenOf, ViewerResolver } from '../auth/viewer-resolver';
import type { Viewer } from '../auth/viewer';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { localisedError } from './localised-errors';
import { contextForSocket } from './context-factory';
import { localeFrom } from '../i18n/messages';
import { buildQueryLimits } from './armor';
import { badTextError } from './input-text';
import type { GraphqlContext } from './graphql-context';
import { startHeartbeat } from './live/heartbeat';
import { LiveDelivery } from './live/live-delivery';

const PATH = '/graphql';
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 50;
const KEEP_ALIVE_MS = 12_000;

type ConnectionExtra = Record<PropertyKey, unknown> & {
  socket: WebSocket;
  /** The upgrade request: read at connect time, then let go (a live connection need not keep its headers). */
  request: IncomingMessage;
  locale?: Locale;
  viewer?: Viewer | null;
  subscriptions?: Set<string>;
};

/**
 * graphql-ws (protocol graphql-transport-ws) on /graphql, run by us rather than by @nestjs/graphql so that we set
 * what it leaves open: a message size cap, an Origin check for cookie sessions, a connection_init timeout,
 * a per-connection subscription cap, and the same query limits as HTTP.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private wss?: WebSocketServer;
  private dispose?: () => void | Promise<void>;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly config: AppConfig,
    private readonly viewers: ViewerResolver,
    private readonly logger: PinoLogger,
    private readonly orm: MikroORM,
    private readonly liveSessions: LiveSessions,
    private readonly pubSub: PubSubEngine,
  ) {
    this.logger.setContext(GraphqlWsServer.name);
  }

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const schema = this.schemaHost.schema;
    const limits = buildQueryLimits(this.config);
    const rules = [...specifiedRules, ...limits.validationRules];
    // Many clients send the same few documents (and all of them again after a restart): parse and validate each once.
    const validDocuments = new LRUCache<string, DocumentNode>({ max: 1000 });
    // Thousands of subscribers share a few keys: each keeps a reference to one string, not a copy of its own.
    const documentKeys = new LRUCache<string, string>({ max: 10_000 });
    const intern = (key: string) => documentKeys.get(key) ?? (documentKeys.set(key, key), key);
    const live = new LiveDelivery(this.pubSub, {
      run: (requestId, work) => this.inRequestContext(requestId, work),
      formatError: (error, id) => this.format(error, id),
      channelFailed: (channel, reason) =>
        this.logger.warn({ channel, reason: reason instanceof Error ? reason.message : String(reason) }, 'Live: kanaal niet te volgen'),
    });
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.config.wsMaxPayloadBytes });

    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== PATH) return;
      if (!this.originAllowed(req)) {
        socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        socket.destroy();
        return;
      }
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.wss!.emit('connection', ws, req));
    });

    const server = useServer<Record<string, unknown>, ConnectionExtra>(
      {
        schema,
        // Each operation gets its own ORM context and its own request id on its log lines, as an HTTP request does.
        execute: (args: ExecutionArgs) => this.inOperationContext(args, () => execute(args)),
        subscribe: (args: ExecutionArgs) => live.subscribe(args),
        connectionInitWaitTimeout: this.config.wsInitTimeoutMs,
        onConnect: async (ctx) => {
          const credential = ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['Authorization'];
          const token = bearerTokenOf(credential);
          // A credential that is not a well-formed bearer token is refused (4403) like a wrong one, never made anonymous.
          if (credential !== undefined && credential !== null && credential !== '' && !token) return false;
          const request = ctx.extra.request;
          ctx.extra.locale = localeFrom(request.headers['accept-language']);
          (ctx.extra as { request?: IncomingMessage }).request = undefined;
          const session = await this.viewers.sessionFor(token, request);
          if (token && !session) return false; // an invalid or expired token is refused, not downgraded
          ctx.extra.viewer = session?.viewer ?? null;
          if (session) this.liveSessions.watch(session.sessionId, session.expiresAt, ctx.extra.socket);
          ctx.extra.subscriptions = new Set();
          return true;
        },
        onSubscribe: (ctx, id, payload) => {
          const active = ctx.extra.subscriptions!;
          if (active.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
            return [
              new GraphQLError(`Maximaal ${MAX_SUBSCRIPTIONS_PER_CONNECTION} abonnementen per verbinding.`, {
                extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
              }),
            ];
          }
          let document = validDocuments.get(payload.query);
          if (!document) {
            try {
              document = parse(payload.query, { maxLexicalTokens: this.config.graphqlLimits.maxTokens });
            } catch (error) {
              return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
            }
            // Returned errors go through onError, which formats (and logs) them once.
            const errors = validate(schema, document, rules);
            if (errors.length > 0) return errors;
            validDocuments.set(payload.query, document);
          }
          const badText = badTextError(document, payload.variables ?? undefined, ctx.extra.locale ?? localeFrom(undefined));
          if (badText) return [badText];
          active.add(id);
          const args: ExecutionArgs = {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: {
              ...contextForSocket(ctx.extra, id),
              liveSubscriber: {
                socket: ctx.extra.socket,
                id,
                documentKey: intern(JSON.stringify([payload.query, payload.operationName ?? null, payload.variables ?? null])),
              },
            },
          };
          return args;
        },
        onComplete: (ctx, id) => {
          ctx.extra.subscriptions?.delete(id);
        },
        onError: (ctx, id, _payload, errors) => {
          ctx.extra.subscriptions?.delete(id);
          return errors.map((error) => this.format(error, id, ctx.extra.locale));
        },
        onNext: (ctx, id, _payload, _args, result) => {
          if ('errors' in result && result.errors) {
            return { ...result, errors: result.errors.map((error) => this.format(error, id, ctx.extra.locale)) };
          }
          return result;
        },
      },
      this.wss,
      0, // keep-alive below: one timer for all sockets instead of two per socket
    );
    this.heartbeat = startHeartbeat(this.wss, KEEP_ALIVE_MS);
    this.dispose = () => server.dispose();
  }

  /** 1001 "going away": graphql-ws clients reconnect (with their backoff) and catch up by cursor. */
  async closeClients(): Promise<void> {
    const closing = [...(this.wss?.clients ?? [])].map(
      (client) =>
        new Promise<void>((resolve) => {
          if (client.readyState === client.CLOSED) return resolve();
          const timer = setTimeout(() => {
            client.terminate();
            resolve();
          }, 1_000);
          client.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          client.close(1001, 'Server stopt');
        }),
    );
    await Promise.all(closing);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.closeClients();
    await this.dispose?.();
    this.wss?.close();
  }

  private inOperationContext<T>(args: ExecutionArgs, run: () => T): T {
    return this.inRequestContext((args.contextValue as GraphqlContext | undefined)?.requestId, run);
  }

  private inRequestContext<T>(requestId: string | undefined, run: () => T): T {
    return this.logger.runInContext(() => RequestContext.create(this.orm.em, run), { bindings: { requestId } });
  }

  private format(error: unknown, id: string, locale: Locale = 'nl'): GraphQLError {
    const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(String(error));
    const formatted = localisedError(formatGraphqlError(graphqlError.toJSON(), error, { logger: this.logger, requestId: id }), locale);
    return new GraphQLError(formatted.message, { extensions: formatted.extensions, path: formatted.path });
  }

  /** Cookie sessions ride along on the upgrade, so a foreign page must not open a socket with them. */
  private originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin || !req.headers.cookie) return true;
    return this.config.allowedOrigins.includes(origin);
  }
}

import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import type { GraphqlContext } from './graphql-context';

interface Scope {
  loaders: Map<string, unknown>;
  em: EntityManager;
}

const SCOPE_TTL_MS = 30_000;

/**
 * One live event is delivered to every subscriber of its channel. Each subscriber's execution joins the event's
 * shared scope (DataLoaders and a forked EntityManager), so the event costs the same few queries for 1 subscriber
 * as for 1,000.
 */
@Injectable()
export class EventScopes implements OnApplicationShutdown {
  private readonly scopes = new Map<string, Scope>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly orm: MikroORM) {
    this.sweeper = setInterval(() => this.scopes.clear(), SCOPE_TTL_MS);
    this.sweeper.unref();
  }

  /** The subscriber's context on the event's shared loaders and EntityManager (the subscriber's own stays as it is). */
  join(context: GraphqlContext, eventId: string): GraphqlContext {
    let scope = this.scopes.get(eventId);
    if (!scope) {
      scope = { loaders: new Map(), em: this.orm.em.fork() };
      this.scopes.set(eventId, scope);
    }
    return { ...context, loaders: scope.loaders, em: scope.em };
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }
}

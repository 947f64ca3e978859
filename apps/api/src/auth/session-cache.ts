import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { LRUCache } from 'lru-cache';
import { SESSIONS_ENDED, type SessionsEndedEvent } from '../common/auth/live-sessions';
import type { ViewerSession } from '../common/auth/viewer-resolver';
import { VIEWERS_CHANGED, type ViewersChangedEvent } from '../common/auth/viewers-changed';
import { AppConfig } from '../config/app-config';

const MAX_ENTRIES = 20_000;

/**
 * Live sessions by token hash, so a request does not pay a query for who is asking. An entry goes as soon as its
 * session ends (logout, reset: `sessions.ended`) or its person's role or memberships change (`viewers.changed`);
 * both travel over the pub/sub, so every instance drops it. The TTL bounds what a change made outside the platform
 * (SQL by hand) can leave stale.
 */
@Injectable()
export class SessionCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries: LRUCache<string, ViewerSession>;
  private readonly enabled: boolean;
  private readonly subscriptions: number[] = [];

  constructor(
    @Inject(PubSubEngine) private readonly pubSub: PubSubEngine,
    config: AppConfig,
  ) {
    this.entries = new LRUCache({ max: MAX_ENTRIES, ttl: Math.max(1, config.sessionCacheMs), ttlAutopurge: false });
    this.enabled = config.sessionCacheMs > 0;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscriptions.push(
      await this.pubSub.subscribe(SESSIONS_ENDED, (event: SessionsEndedEvent) => this.dropSessions(new Set(event.sessionIds)), {}),
      await this.pubSub.subscribe(VIEWERS_CHANGED, (event: ViewersChangedEvent) => this.dropUsers(new Set(event.userIds)), {}),
    );
  }

  onApplicationShutdown(): void {
    for (const id of this.subscriptions) this.pubSub.unsubscribe(id);
    this.entries.clear();
  }

  get(tokenHash: string): ViewerSession | undefined {
    const session = this.entries.get(tokenHash);
    if (session && session.expiresAt.getTime() <= Date.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return session;
  }

  set(tokenHash: string, session: ViewerSession): void {
    if (this.enabled) this.entries.set(tokenHash, session);
  }

  private dropSessions(sessionIds: Set<string>): void {
    for (const [hash, session] of this.entries.entries()) if (sessionIds.has(session.sessionId)) this.entries.delete(hash);
  }

  private dropUsers(userIds: Set<string>): void {
    for (const [hash, session] of this.entries.entries()) if (userIds.has(session.viewer.userId)) this.entries.delete(hash);
  }
}

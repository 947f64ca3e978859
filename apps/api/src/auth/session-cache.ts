import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { SESSIONS_ENDED, type SessionsEndedEvent } from '../common/auth/live-sessions';
import type { ViewerSession } from '../common/auth/viewer-resolver';
import { ResilientPubSub } from '../common/pubsub/resilient-pubsub';
import { VIEWERS_CHANGED, type ViewersChangedEvent } from '../common/auth/viewers-changed';
import { AppConfig } from '../config/app-config';

const MAX_ENTRIES = 20_000;

/**
 * Live sessions by token hash, so a request does not pay a query for who is asking. An entry goes as soon as its
 * session ends (logout, reset: `sessions.ended`) or its person's role or memberships change (`viewers.changed`);
 * both travel over the pub/sub, so every instance drops it. The TTL bounds what a change made outside the platform
 * (SQL by hand) can leave stale. While the pub/sub is down those events may be missed, so the cache is not used
 * then (every request asks the database) and starts empty when the pub/sub is back.
 */
@Injectable()
export class SessionCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries: LRUCache<string, ViewerSession>;
  private readonly enabled: boolean;
  private readonly subscriptions: number[] = [];
  private stopWatching?: () => void;

  constructor(
    @Inject(ResilientPubSub) private readonly pubSub: ResilientPubSub,
    config: AppConfig,
  ) {
    this.entries = new LRUCache({ max: MAX_ENTRIES, ttl: Math.max(1, config.sessionCacheMs), ttlAutopurge: false });
    this.enabled = config.sessionCacheMs > 0;
  }

  onApplicationBootstrap(): void {
    this.stopWatching = this.pubSub.onStateChange(() => this.entries.clear());
    // Not awaited: with Redis down at boot the SUBSCRIBEs wait for it, the start does not.
    void Promise.all([
      this.pubSub.subscribe(SESSIONS_ENDED, (event: SessionsEndedEvent) => this.dropSessions(new Set(event.sessionIds)), {}),
      this.pubSub.subscribe(VIEWERS_CHANGED, (event: ViewersChangedEvent) => this.dropUsers(new Set(event.userIds)), {}),
    ]).then((ids) => this.subscriptions.push(...ids));
  }

  onApplicationShutdown(): void {
    this.stopWatching?.();
    for (const id of this.subscriptions) this.pubSub.unsubscribe(id);
    this.entries.clear();
  }

  get(tokenHash: string): ViewerSession | undefined {
    if (!this.pubSub.isUp) return undefined;
    const session = this.entries.get(tokenHash);
    if (session && session.expiresAt.getTime() <= Date.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return session;
  }

  set(tokenHash: string, session: ViewerSession): void {
    if (this.enabled && this.pubSub.isUp) this.entries.set(tokenHash, session);
  }

  private dropSessions(sessionIds: Set<string>): void {
    for (const [hash, session] of this.entries.entries()) if (sessionIds.has(session.sessionId)) this.entries.delete(hash);
  }

  private dropUsers(userIds: Set<string>): void {
    for (const [hash, session] of this.entries.entries()) if (userIds.has(session.viewer.userId)) this.entries.delete(hash);
  }
}

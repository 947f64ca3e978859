import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import type { WebSocket } from 'ws';

/** Published (through Redis when configured, so every instance hears it) when sessions end before their expiry. */
export const SESSIONS_ENDED = 'sessions.ended';
export interface SessionsEndedEvent {
  sessionIds: string[];
}

export function announceSessionsEnded(pubSub: PubSubEngine, sessionIds: string[]): Promise<void> {
  return sessionIds.length ? pubSub.publish(SESSIONS_ENDED, { sessionIds } satisfies SessionsEndedEvent) : Promise.resolve();
}

/** graphql-ws's close code for "Unauthorized": its clients do not reconnect with the same credentials. */
export const SESSION_ENDED_CLOSE_CODE = 4401;
const CLOSE_REASON = 'Sessie beëindigd';
const MAX_TIMER_MS = 2_147_483_647; // setTimeout's ceiling (about 24.8 days)

interface Watched {
  sockets: Set<WebSocket>;
  timer: NodeJS.Timeout;
}

/**
 * Live sockets stay open long after their session was checked at connect time. This closes every socket of a
 * session when it is logged out or revoked (an event, so no query per live event) and when it expires (a timer).
 */
@Injectable()
export class LiveSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly watched = new Map<string, Watched>();
  private subscriptionId?: number;

  constructor(@Inject(PubSubEngine) private readonly pubSub: PubSubEngine) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down at boot the SUBSCRIBE waits for it, the start does not.
    void this.pubSub
      .subscribe(
        SESSIONS_ENDED,
        (event: SessionsEndedEvent) => {
          for (const sessionId of event.sessionIds) this.end(sessionId);
        },
        {},
      )
      .then((id) => (this.subscriptionId = id));
  }

  onApplicationShutdown(): void {
    if (this.subscriptionId !== undefined) this.pubSub.unsubscribe(this.subscriptionId);
    for (const { timer } of this.watched.values()) clearTimeout(timer);
    this.watched.clear();
  }

  watch(sessionId: string, expiresAt: Date, socket: WebSocket): void {
    let entry = this.watched.get(sessionId);
    if (!entry) {
      entry = { sockets: new Set(), timer: this.expiryTimer(sessionId, expiresAt) };
      this.watched.set(sessionId, entry);
    }
    entry.sockets.add(socket);
    socket.once('close', () => this.forget(sessionId, socket));
  }

  private expiryTimer(sessionId: string, expiresAt: Date): NodeJS.Timeout {
    const delay = Math.max(0, expiresAt.getTime() - Date.now());
    const timer =
      delay > MAX_TIMER_MS
        ? setTimeout(() => this.rearm(sessionId, expiresAt), MAX_TIMER_MS)
        : setTimeout(() => this.end(sessionId), delay);
    timer.unref();
    return timer;
  }

  private rearm(sessionId: string, expiresAt: Date): void {
    const entry = this.watched.get(sessionId);
    if (entry) entry.timer = this.expiryTimer(sessionId, expiresAt);
  }

  private end(sessionId: string): void {
    const entry = this.watched.get(sessionId);
    if (!entry) return;
    this.watched.delete(sessionId);
    clearTimeout(entry.timer);
    for (const socket of entry.sockets) socket.close(SESSION_ENDED_CLOSE_CODE, CLOSE_REASON);
  }

  private forget(sessionId: string, socket: WebSocket): void {
    const entry = this.watched.get(sessionId);
    if (!entry) return;
    entry.sockets.delete(socket);
    if (entry.sockets.size === 0) {
      clearTimeout(entry.timer);
      this.watched.delete(sessionId);
    }
  }
}

import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DerivedDataSql } from '../common/database/sql-client';

/**
 * A thread's post count and last activity, recounted from its posts right after they are committed rather than
 * updated inside every post's transaction (that row lock serialised all posts to one thread). Concurrent posts
 * share one statement: while one recount runs, the threads touched meanwhile wait for the next. A recount is from
 * the posts themselves, so one lost in a crash is mended by the thread's next post, and replicas never add twice.
 * Recounts start at most every RECOUNT_EVERY_MS, so a busy thread's posts share them (one per post cost a round trip
 * each, a third of the work of posting).
 */
const RECOUNT_EVERY_MS = 50;

@Injectable()
export class ThreadActivity implements BeforeApplicationShutdown {
  private touchedThreads = new Set<string>();
  /** Per thread, the recount that will include its latest post (removed once done). */
  private readonly recounting = new Map<string, Promise<void>>();
  private next: Promise<void> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly sql: DerivedDataSql) {}

  /** Resolves once the thread's counters include every post committed so far. */
  posted(threadId: string): Promise<void> {
    this.touchedThreads.add(threadId);
    if (!this.next) {
      this.next = this.running
        .then(() => sleep(RECOUNT_EVERY_MS))
        .then(() => {
          const threadIds = [...this.touchedThreads];
          this.touchedThreads = new Set();
          this.next = null;
          return this.recount(threadIds);
        });
      this.running = this.next.catch(() => undefined);
    }
    const mine = this.next;
    this.recounting.set(threadId, mine);
    void mine
      .finally(() => {
        if (this.recounting.get(threadId) === mine) this.recounting.delete(threadId);
      })
      .catch(() => undefined);
    return mine;
  }

  /** The counters of the last posts are written before the pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    await (this.next ?? this.running).catch(() => undefined);
  }

  /** Resolves once every post of the thread so far is counted. */
  settled(threadId: string): Promise<void> {
    return (this.recounting.get(threadId) ?? Promise.resolve()).catch(() => undefined);
  }

  private async recount(threadIds: string[]): Promise<void> {
    await this.sql.query(
      'thread.recountActivity',
      `update thread t set post_count = c.posts, last_activity_at = greatest(t.last_activity_at, c.latest)
         from (select thread_id, count(*)::int as posts, max(created_at) as latest from post where thread_id = any($1::uuid[]) group by thread_id) c
        where t.id = c.thread_id`,
      [threadIds],
    );
  }
}

import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DerivedDataSql } from '../database/sql-client';

interface Pending {
  posts: number;
  latest: Date;
}

/**
 * A thread's post count and last activity, added up after its posts are committed rather than by an update of the
 * thread row inside every post's transaction (that row lock serialised all posts to one thread). Concurrent posts
 * share one statement: while one runs, the posts that arrive meanwhile wait for the next. A count lost between a
 * post's commit and its statement (a crash) is mended by the recount from the posts at the next start.
 */
@Injectable()
export class ThreadActivity implements OnApplicationBootstrap {
  private pending = new Map<string, Pending>();
  /** Per thread, the statement that will include its latest post (removed once applied). */
  private readonly applying = new Map<string, Promise<void>>();
  private next: Promise<void> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly sql: DerivedDataSql) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sql.query(
      'thread.recountActivity',
      `update thread t set post_count = c.posts, last_activity_at = greatest(t.last_activity_at, c.latest)
         from (select thread_id, count(*)::int as posts, max(created_at) as latest from post group by thread_id) c
        where t.id = c.thread_id and (t.post_count <> c.posts or t.last_activity_at < c.latest)`,
      [],
    );
  }

  /** Resolves once the thread's counters include this post. */
  posted(threadId: string, createdAt: Date): Promise<void> {
    const entry = this.pending.get(threadId);
    if (entry) {
      entry.posts += 1;
      if (createdAt > entry.latest) entry.latest = createdAt;
    } else {
      this.pending.set(threadId, { posts: 1, latest: createdAt });
    }
    if (!this.next) {
      this.next = this.running.then(() => {
        const batch = this.pending;
        this.pending = new Map();
        this.next = null;
        return this.apply(batch);
      });
      this.running = this.next.catch(() => undefined);
    }
    const mine = this.next;
    this.applying.set(threadId, mine);
    void mine.finally(() => {
      if (this.applying.get(threadId) === mine) this.applying.delete(threadId);
    }).catch(() => undefined);
    return mine;
  }

  /** Resolves once every post of the thread so far is counted. */
  settled(threadId: string): Promise<void> {
    return (this.applying.get(threadId) ?? Promise.resolve()).catch(() => undefined);
  }

  private async apply(batch: Map<string, Pending>): Promise<void> {
    const threadIds = [...batch.keys()];
    const entries = [...batch.values()];
    await this.sql.query(
      'thread.addActivity',
      `update thread t set post_count = t.post_count + d.posts, last_activity_at = greatest(t.last_activity_at, d.latest)
         from unnest($1::uuid[], $2::int[], $3::timestamptz[]) as d(thread_id, posts, latest)
        where t.id = d.thread_id`,
      [threadIds, entries.map((e) => e.posts), entries.map((e) => e.latest)],
    );
  }
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { User } from '../people/user.entity';

@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'createdAt'] })
@Index({
  name: 'notification_digest_pending_idx',
  expression:
    'create index "notification_digest_pending_idx" on "notification" ("digest", "created_at") where "emailed_at" is null and "digest" is not null',
})
@Index({
  name: 'notification_mail_unqueued_idx',
  expression:
    'create index "notification_mail_unqueued_idx" on "notification" ("created_at") where "mail_queued_at" is null and "emailed_at" is null and "digest" is null',
})
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // By name: people build on notifications (memberships notify), not the other way round.
  @ManyToOne({ entity: 'User', deleteRule: 'cascade' })
  user!: User;

  /** e.g. MENTION, REPLY, MEMBERSHIP_APPROVED, MEETING_CHANGED. */
  @Property({ length: 60 })
  kind!: string;

  @Property({ length: 300 })
  subject!: string;

  /** Path inside the web app, e.g. /draden/<id>. */
  @Property({ length: 500 })
  link!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  /** Waiting for the daily or weekly e-mail digest (by the person's preference). */
  @Property({ type: 'string', length: 10, nullable: true })
  digest?: 'DAILY' | 'WEEKLY' | null;

  @Property({ type: 'datetime', nullable: true })
  emailedAt?: Date | null;

  /** When its mail job was queued; null for a moment after a post's commit (and until recovery, after a crash). */
  @Property({ type: 'datetime', nullable: true })
  mailQueuedAt?: Date | null;
}

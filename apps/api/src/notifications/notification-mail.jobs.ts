import { Injectable } from '@nestjs/common';
import { MikroORM, type EventArgs, type EventSubscriber } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SqlClient } from '../common/database/sql-client';
import { JobQueue } from '../jobs/job-queue';
import { MailQueue } from '../mail/mail-queue';
import { Notification } from './notification.entity';
import { NotificationEmailService } from './notification-email.service';
import { EmailFrequency } from './notification-preference.entity';

const NOTIFICATION_MAIL_JOB = 'notification-mail';
/** A notification without its mail job this long after it was made lost it (a crash after the commit). */
const RECOVER_AFTER = `interval '1 minute'`;

/**
 * E-mail for notifications runs on the job queue. A notification saved through the ORM gets its mail job in the same
 * transaction (afterCreate runs inside the flush's transaction). A new post's notifications are written by the post's
 * own single statement, and their jobs queued right after its commit; should the process die in between, the
 * recovery job (at start and every minute) queues what is missing. Sending is idempotent (`deliver` locks the row
 * and skips what was sent), so a job queued twice sends one mail. Digests are scheduled jobs: daily at 07:00
 * Brussels time, weekly on Monday at 07:00 — one run per slot across replicas.
 */
@Injectable()
export class NotificationMailJobs implements EventSubscriber<Notification> {
  constructor(
    private readonly mailQueue: MailQueue,
    jobs: JobQueue,
    email: NotificationEmailService,
    orm: MikroORM,
    private readonly sql: SqlClient,
  ) {
    mailQueue.defineMailJob<{ notificationId: string }>(NOTIFICATION_MAIL_JOB, ({ notificationId }) => email.deliver(notificationId));
    jobs.define({
      name: 'notification-mail-recovery',
      cron: '* * * * *',
      runAtStart: true,
      handle: () => this.recover().then(() => undefined),
    });
    jobs.define({
      name: 'notification-digest-daily',
      cron: '0 7 * * *',
      handle: () => email.sendDigests(EmailFrequency.DAILY, new Date()).then(() => undefined),
    });
    jobs.define({
      name: 'notification-digest-weekly',
      cron: '0 7 * * 1',
      handle: () => email.sendDigests(EmailFrequency.WEEKLY, new Date()).then(() => undefined),
    });
    orm.em.getEventManager().registerSubscriber(this);
  }

  getSubscribedEntities() {
    return [Notification];
  }

  /** For notifications written with plain SQL (no flush, so no afterCreate): their mail jobs, marked as queued. */
  queueFor(notificationIds: string[]): Promise<void> {
    return this.sql.transaction(async (tx) => {
      await this.mailQueue.sendAll(
        NOTIFICATION_MAIL_JOB,
        notificationIds.map((notificationId) => ({ notificationId })),
        tx.asJobDb(),
      );
      await tx.query('notification.mailQueued', 'update notification set mail_queued_at = now() where id = any($1::uuid[])', [
        notificationIds,
      ]);
    });
  }

  /** Queues the mail jobs that a crash between a post's commit and its queueing left out. */
  async recover(): Promise<number> {
    const rows = await this.sql.query<{ id: string }>(
      'notification.mailUnqueued',
      `select id from notification
        where mail_queued_at is null and emailed_at is null and digest is null and created_at < now() - ${RECOVER_AFTER}
        order by created_at limit 1000`,
      [],
    );
    if (rows.length > 0) await this.queueFor(rows.map((row) => row.id));
    return rows.length;
  }

  beforeCreate(args: EventArgs<Notification>): void {
    args.entity.mailQueuedAt = new Date(); // its job is queued in the same transaction (afterCreate)
  }

  async afterCreate(args: EventArgs<Notification>): Promise<void> {
    await this.mailQueue.send(NOTIFICATION_MAIL_JOB, { notificationId: args.entity.id }, args.em as EntityManager);
  }
}

import { Injectable } from '@nestjs/common';
import { MikroORM, type EventArgs, type EventSubscriber } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import { JobQueue } from '../jobs/job-queue';
import { MailQueue } from '../mail/mail-queue';
import { Notification } from './notification.entity';
import { NotificationEmailService } from './notification-email.service';
import { EmailFrequency } from './notification-preference.entity';

const NOTIFICATION_MAIL_JOB = 'notification-mail';

/**
 * E-mail for notifications runs on the job queue. Every notification saved gets its mail job in the same
 * transaction (afterCreate runs inside the flush's transaction), whichever feature created it. Digests are
 * scheduled jobs: daily at 07:00 Brussels time, weekly on Monday at 07:00 — one run per slot across replicas.
 */
@Injectable()
export class NotificationMailJobs implements EventSubscriber<Notification> {
  constructor(
    private readonly mailQueue: MailQueue,
    jobs: JobQueue,
    email: NotificationEmailService,
    orm: MikroORM,
  ) {
    mailQueue.defineMailJob<{ notificationId: string }>(NOTIFICATION_MAIL_JOB, ({ notificationId }) => email.deliver(notificationId));
    jobs.define({ name: 'notification-digest-daily', cron: '0 7 * * *', handle: () => email.sendDigests(EmailFrequency.DAILY, new Date()).then(() => undefined) });
    jobs.define({ name: 'notification-digest-weekly', cron: '0 7 * * 1', handle: () => email.sendDigests(EmailFrequency.WEEKLY, new Date()).then(() => undefined) });
    orm.em.getEventManager().registerSubscriber(this);
  }

  getSubscribedEntities() {
    return [Notification];
  }

  /** For notifications written with plain SQL (no flush, so no afterCreate): their mail jobs, in the same transaction. */
  queueFor(notificationIds: string[], db: PgBoss.Db): Promise<void> {
    return this.mailQueue.sendAll(NOTIFICATION_MAIL_JOB, notificationIds.map((notificationId) => ({ notificationId })), db);
  }

  async afterCreate(args: EventArgs<Notification>): Promise<void> {
    await this.mailQueue.send(NOTIFICATION_MAIL_JOB, { notificationId: args.entity.id }, args.em as EntityManager);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue';
import { Mailer, type MailMessage } from './mailer';

export const MAIL_JOB = 'mail';

/**
 * Mail is sent by jobs: enqueued with what causes it, retried with backoff while SMTP is down or slow. Features
 * with mail of their own (a token made at send time, a notification read at send time) define their mail job here.
 */
@Injectable()
export class MailQueue {
  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    mailer: Mailer,
  ) {
    this.defineMailJob<MailMessage>(MAIL_JOB, (message) => mailer.send(message));
  }

  /** A job that sends mail: retried by MAIL_RETRY_LIMIT / MAIL_RETRY_DELAY_SECONDS, given up when it hangs. */
  defineMailJob<T extends object>(name: string, handle: (data: T) => Promise<void>): void {
    const { retryLimit, retryDelaySeconds, timeoutMs } = this.config.mail;
    this.jobs.define<T>({
      name,
      handle,
      retry: { limit: retryLimit, delaySeconds: retryDelaySeconds, backoff: true },
      // connection, greeting and reply may each take the SMTP timeout
      expireInSeconds: Math.ceil((timeoutMs * 3) / 1000) + 30,
    });
  }

  /** Enqueues a mail job; with `em` in an open transaction, in that transaction. */
  send<T extends object>(name: string, data: T, em?: EntityManager): Promise<void> {
    return this.jobs.send(name, data, em);
  }

  /** Enqueues one mail job per item in one statement, in the transaction whose connection `db` is. */
  sendAll<T extends object>(name: string, items: T[], db: PgBoss.Db): Promise<void> {
    return this.jobs.sendAll(name, items, db);
  }

  enqueue(message: MailMessage, em?: EntityManager): Promise<void> {
    return this.send(MAIL_JOB, message, em);
  }
}

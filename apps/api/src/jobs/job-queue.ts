import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { PinoLogger } from 'nestjs-pino';
import { TIME_ZONE } from '@ln/domain';
import { AppConfig } from '../config/app-config';
import { sessionOptions } from '../database/database-timeouts';
import { transactionDb } from './transaction-db';

export interface JobDefinition<T extends object> {
  name: string;
  handle(data: T): Promise<void>;
  /** Cron expression in Brussels time: one run per slot, on one replica only. */
  cron?: string;
  retry?: { limit: number; delaySeconds: number; backoff?: boolean };
  expireInSeconds?: number;
}

/**
 * The durable job queue (pg-boss) in the application's PostgreSQL. Features define their jobs in their
 * constructors; at bootstrap the queue creates the queues, starts a worker per job and registers schedules.
 * Each job runs in its own MikroORM request context; a job that throws is retried by its queue's policy.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();

  constructor(
    private readonly config: AppConfig,
    private readonly orm: MikroORM,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(JobQueue.name);
    // Passed on to its pg pool (pg-boss does not declare them): the same timeouts as the API's own pools.
    const poolTimeouts = { connectionTimeoutMillis: config.databaseTimeouts.acquireMs, options: sessionOptions(config.databaseTimeouts) };
    this.boss = new PgBoss({
      connectionString: orm.config.get('clientUrl'),
      schema: config.jobs.schema,
      application_name: 'lerend-netwerk-jobs',
      max: 4,
      ...poolTimeouts,
      schedule: config.jobs.schedules,
      // Keep finished jobs (which may hold addresses and subjects) no longer than a day.
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 1,
    });
    this.boss.on('error', (error) => this.logger.warn({ err: error }, 'Takenwachtrij: fout'));
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  /** Enqueues a job; with `em` in an open transaction, inside that transaction. */
  async send<T extends object>(name: string, data: T, em?: EntityManager): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`Onbekende taak: ${name}`);
    await this.ready();
    const id = await this.boss.send(name, data, em ? { db: transactionDb(em) } : {});
    if (!id) throw new Error(`Taak ${name} niet in de wachtrij gezet`);
  }

  /** Enqueues one job per item in one statement, on `db` (an open transaction's connection). */
  async sendAll<T extends object>(name: string, items: T[], db: PgBoss.Db): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`Onbekende taak: ${name}`);
    if (items.length === 0) return;
    await this.ready();
    await this.boss.insert(items.map((data) => ({ name, data })), { db });
  }

  /** Started beside the first requests, not before them: nothing a request needs waits for the workers. */
  private started: Promise<void> | null = null;

  onApplicationBootstrap(): void {
    this.started = this.start();
    this.started.catch((error: unknown) => this.logger.error({ err: error }, 'Takenwachtrij start niet'));
  }

  private ready(): Promise<void> {
    if (!this.started) throw new Error('JobQueue: not started yet');
    return this.started;
  }

  private async start(): Promise<void> {
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      const { name, retry, expireInSeconds } = definition;
      await this.boss.createQueue(name, {
        name,
        retryLimit: retry?.limit ?? 2,
        retryDelay: retry?.delaySeconds ?? 60,
        retryBackoff: retry?.backoff ?? true,
        expireInSeconds: expireInSeconds ?? 15 * 60,
      });
      // pg-boss waits a polling interval after every fetch; after a job was done, fetch the next one at once.
      let workerId = '';
      workerId = await this.boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds: this.config.jobs.pollSeconds }, async (jobs) => {
        await this.run(definition, jobs);
        if (jobs.length > 0) this.boss.notifyWorker(workerId);
      });
      if (definition.cron && this.config.jobs.schedules) await this.boss.schedule(name, definition.cron, {}, { tz: TIME_ZONE });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.started?.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async run(definition: JobDefinition<object>, jobs: Array<PgBoss.Job<object>>): Promise<void> {
    for (const job of jobs) {
      try {
        await RequestContext.create(this.orm.em, () => definition.handle(job.data));
      } catch (error) {
        // Expected while SMTP is down: the job is retried. The message is the library's, never the mail's text.
        this.logger.warn({ job: definition.name, jobId: job.id, reason: error instanceof Error ? error.message : String(error) }, 'Taak mislukt, volgt opnieuw');
        throw error;
      }
    }
  }
}

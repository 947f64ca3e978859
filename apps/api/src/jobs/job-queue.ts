import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import { PinoLogger } from 'nestjs-pino';
import { TIME_ZONE } from '@ln/domain';
import { AppConfig } from '../config/app-config';
import { sessionOptions } from '../common/database/database-timeouts';
import { lazyModule } from '../common/lazy-module';
import { transactionDb } from './transaction-db';

const loadPgBoss = lazyModule(() => require('pg-boss') as typeof import('pg-boss'));

/** How long after bootstrap the workers start when no job was sent before. */
const JOBS_START_DELAY_MS = 250;

export interface JobDefinition<T extends object> {
  name: string;
  handle(data: T): Promise<void>;
  /** Cron expression in Brussels time: one run per slot, on one replica only. */
  cron?: string;
  retry?: { limit: number; delaySeconds: number; backoff?: boolean };
  expireInSeconds?: number;
  /** Also run once when the queue starts (e.g. recovery after a crash). */
  runAtStart?: boolean;
}

/**
 * The durable job queue (pg-boss) in the application's PostgreSQL. Features define their jobs in their
 * constructors; at bootstrap the queue creates the queues, starts a worker per job and registers schedules.
 * Each job runs in its own MikroORM request context; a job that throws is retried by its queue's policy.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  /** Made (and pg-boss loaded) when the queue starts. */
  private bossOf?: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();

  constructor(
    private readonly config: AppConfig,
    private readonly orm: MikroORM,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(JobQueue.name);
  }

  private get boss(): PgBoss {
    if (this.bossOf) return this.bossOf;
    const { config } = this;
    // Passed on to its pg pool (pg-boss does not declare them): the same timeouts as the API's own pools.
    const poolTimeouts = { connectionTimeoutMillis: config.databaseTimeouts.acquireMs, options: sessionOptions(config.databaseTimeouts) };
    const PgBossClass = loadPgBoss();
    this.bossOf = new PgBossClass({
      connectionString: this.orm.config.get('clientUrl'),
      schema: config.jobs.schema,
      application_name: 'lerend-netwerk-jobs',
      max: 4,
      ...poolTimeouts,
      schedule: config.jobs.schedules,
      // Keep finished jobs (which may hold addresses and subjects) no longer than a day.
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 1,
    });
    this.bossOf.on('error', (error) => this.logger.warn({ err: error }, 'Takenwachtrij: fout'));
    return this.bossOf;
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition);
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
    await this.boss.insert(
      items.map((data) => ({ name, data })),
      { db },
    );
  }

  private started: Promise<void> | null = null;
  private startTimer?: NodeJS.Timeout;

  /**
   * Started a moment (250 ms) after bootstrap, not before its first answers: starting (schema check, queues,
   * workers, schedules) takes a few hundred milliseconds of the one thread. A job sent before then starts it at once.
   */
  onApplicationBootstrap(): void {
    this.startTimer = setTimeout(() => void this.ready().catch(() => undefined), JOBS_START_DELAY_MS);
  }

  private ready(): Promise<void> {
    clearTimeout(this.startTimer);
    if (!this.started) {
      this.started = this.start();
      this.started.catch((error: unknown) => this.logger.error({ err: error }, 'Takenwachtrij start niet'));
    }
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
      workerId = await this.boss.work<object>(
        name,
        { batchSize: 1, pollingIntervalSeconds: this.config.jobs.pollSeconds },
        async (jobs) => {
          await this.run(definition, jobs);
          if (jobs.length > 0) this.boss.notifyWorker(workerId);
        },
      );
      if (definition.cron && this.config.jobs.schedules) await this.boss.schedule(name, definition.cron, {}, { tz: TIME_ZONE });
      if (definition.runAtStart) await this.boss.send(name, {});
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.startTimer);
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async run(definition: JobDefinition<object>, jobs: Array<PgBoss.Job>): Promise<void> {
    for (const job of jobs) {
      try {
        await RequestContext.create(this.orm.em, () => definition.handle(job.data));
      } catch (error) {
        // Expected while SMTP is down: the job is retried. The message is the library's, never the mail's text.
        this.logger.warn(
          { job: definition.name, jobId: job.id, reason: error instanceof Error ? error.message : String(error) },
          'Taak mislukt, volgt opnieuw',
        );
        throw error;
      }
    }
  }
}

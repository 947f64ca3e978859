import { resolve } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './paths';
import { configSchema } from './config.schema';

export class ConfigError extends Error {}

/** Typed, validated configuration. Built once at boot; features inject it instead of reading process.env. */
export class AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly embeddedPostgres: { dataDir: string; port: number };
  readonly redisUrl: string | undefined;
  /** Per connection of every pool: longest statement, longest wait for a lock, longest wait for a connection. */
  readonly databaseTimeouts: { statementMs: number; lockMs: number; acquireMs: number };
  /** Connections of the API's own pool for requests (plain pg). */
  readonly databasePoolMax: number;
  /** On SIGTERM: how long requests in flight may take before the process stops anyway. */
  readonly shutdownGraceMs: number;
  /** How long a WebSocket may stay open without connection_init. */
  readonly wsInitTimeoutMs: number;
  readonly seedDemo: boolean;
  readonly migrateOnStart: boolean;
  readonly logLevel: string;
  readonly publicUrl: string;
  readonly allowedOrigins: string[];
  readonly webDistDir: string;
  readonly graphqlLimits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number };
  readonly wsMaxPayloadBytes: number;
  readonly sessionTtlMs: number;
  /** How long a checked session may be reused without a query (0: never); ended sessions leave it at once. */
  readonly sessionCacheMs: number;
  readonly mail: {
    smtpUrl: string | undefined;
    from: string;
    outboxDir: string;
    timeoutMs: number;
    retryLimit: number;
    retryDelaySeconds: number;
  };
  /** The durable job queue (pg-boss) in the application's own PostgreSQL. */
  readonly jobs: { schema: string; pollSeconds: number; schedules: boolean };
  /** How long a built open-data ZIP is served before the next request builds it again. */
  readonly openDataCacheSeconds: number;
  /** How long a member's data export can be downloaded. */
  readonly personalExportDays: number;
  /** How long someone who leaves can still change their mind by signing in. */
  readonly accountDeletionGraceDays: number;
  /** How long what is no longer needed is kept before the nightly purge (docs/privacy.md). */
  readonly retention: { expiredSessionsDays: number; usedTokensDays: number; readNotificationsDays: number; auditYears: number };
  /**
   * Uploaded files: the largest accepted, and where they are kept — a folder on this machine by default, S3-compatible
   * object storage when `s3` is set (needed once several replicas serve the same files).
   */
  readonly files: {
    maxBytes: number;
    dir: string;
    s3: { url: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
  };
  /** Schema introspection: off in production unless GRAPHQL_INTROSPECTION=true. */
  readonly graphqlIntrospection: boolean;
  /** Proxies whose X-Forwarded-For is believed (addresses or ranges); none by default. */
  readonly trustProxy: string[];
  readonly loginThrottle: { accountMaxFailures: number; ipMaxAttempts: number; windowSeconds: number; hashConcurrency: number };
  readonly reminderDaysBeforeDue: number;
  /** Tests only: count SQL statements and expose the count at /__test/sql-count. */
  readonly testSqlCounter: boolean;

  constructor(env: z.output<typeof configSchema>) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = env.DATABASE_URL;
    this.embeddedPostgres = {
      dataDir: resolve(env.EMBEDDED_PG_DIR ?? resolve(REPO_ROOT, '.data', 'postgres')),
      port: env.EMBEDDED_PG_PORT,
    };
    this.redisUrl = env.REDIS_URL;
    this.databaseTimeouts = {
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: env.DATABASE_LOCK_TIMEOUT_MS,
      acquireMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
    };
    this.databasePoolMax = env.DATABASE_POOL_MAX;
    this.shutdownGraceMs = env.SHUTDOWN_GRACE_SECONDS * 1000;
    this.wsInitTimeoutMs = env.WS_INIT_TIMEOUT_SECONDS * 1000;
    this.seedDemo = env.SEED_DEMO ?? env.NODE_ENV !== 'production';
    this.migrateOnStart = env.MIGRATE_ON_START;
    this.logLevel = env.LOG_LEVEL;
    this.publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    // Outside production the Vite dev server (pnpm dev) is an allowed origin too.
    const devOrigins = env.NODE_ENV === 'production' ? '' : ',http://localhost:5173';
    this.allowedOrigins = (env.ALLOWED_ORIGINS ?? `${this.publicUrl}${devOrigins}`)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    this.webDistDir = resolve(env.WEB_DIST_DIR ?? resolve(REPO_ROOT, 'apps', 'web', 'dist'));
    this.graphqlLimits = {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
    };
    this.wsMaxPayloadBytes = env.WS_MAX_PAYLOAD_BYTES;
    this.sessionTtlMs = env.SESSION_TTL_HOURS * 3_600_000;
    this.sessionCacheMs = env.SESSION_CACHE_SECONDS * 1000;
    this.mail = {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      outboxDir: resolve(env.OUTBOX_DIR ?? resolve(REPO_ROOT, '.data', 'outbox')),
      timeoutMs: env.SMTP_TIMEOUT_SECONDS * 1000,
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS,
    };
    // Under test, jobs that run on the clock are driven by the tests themselves.
    this.graphqlIntrospection = env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production';
    this.trustProxy = env.TRUST_PROXY.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    this.jobs = {
      schema: env.JOB_QUEUE_SCHEMA,
      pollSeconds: env.JOB_POLL_SECONDS,
      schedules: env.JOB_SCHEDULES ?? env.NODE_ENV !== 'test',
    };
    this.openDataCacheSeconds = env.OPEN_DATA_CACHE_SECONDS;
    this.files = {
      maxBytes: env.FILES_MAX_BYTES,
      dir: resolve(env.FILES_DIR ?? resolve(REPO_ROOT, '.data', 'files')),
      s3:
        env.S3_URL && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? {
              url: env.S3_URL,
              bucket: env.S3_BUCKET,
              region: env.S3_REGION,
              accessKeyId: env.S3_ACCESS_KEY_ID,
              secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            }
          : null,
    };
    this.personalExportDays = env.PERSONAL_EXPORT_DAYS;
    this.accountDeletionGraceDays = env.ACCOUNT_DELETION_GRACE_DAYS;
    this.retention = {
      expiredSessionsDays: env.RETENTION_EXPIRED_SESSIONS_DAYS,
      usedTokensDays: env.RETENTION_USED_TOKENS_DAYS,
      readNotificationsDays: env.RETENTION_READ_NOTIFICATIONS_DAYS,
      auditYears: env.RETENTION_AUDIT_YEARS,
    };
    this.loginThrottle = {
      accountMaxFailures: env.LOGIN_ACCOUNT_MAX_FAILURES,
      ipMaxAttempts: env.LOGIN_IP_MAX_ATTEMPTS,
      windowSeconds: env.LOGIN_WINDOW_SECONDS,
      hashConcurrency: env.PASSWORD_HASH_CONCURRENCY,
    };
    this.reminderDaysBeforeDue = env.REMINDER_DAYS_BEFORE_DUE;
    this.testSqlCounter = env.TEST_SQL_COUNTER;
  }

  /** Session cookies are Secure when the platform is served over https. */
  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  /** Validates the given environment; throws a ConfigError naming every wrong variable. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
    const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
    const result = configSchema.safeParse(cleaned);
    if (!result.success) {
      const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
      throw new ConfigError(`Ongeldige configuratie (invalid configuration):\n${lines.join('\n')}`);
    }
    return new AppConfig(result.data);
  }
}

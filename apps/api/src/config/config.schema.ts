import { z } from 'zod';
import { DEFAULT_MAX_FILE_BYTES } from '@ln/domain';

const booleanString = z
  .enum(['true', 'false', '1', '0'], { error: 'moet "true" of "false" zijn' })
  .transform((value) => value === 'true' || value === '1');

const port = z.coerce
  .number({ error: 'moet een poortnummer zijn' })
  .int('moet een geheel getal zijn')
  .min(1, 'moet tussen 1 en 65535 liggen')
  .max(65535, 'moet tussen 1 en 65535 liggen');

const IPV4 = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-f:]+(\/\d{1,3})?$/i;
/** An address or range Express can trust as a proxy (express' own names for ranges included). */
const isProxyAddress = (value: string) =>
  ['loopback', 'linklocal', 'uniquelocal'].includes(value) || IPV4.test(value) || (value.includes(':') && IPV6.test(value));

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'moet een PostgreSQL-URL zijn (postgres://gebruiker@host:poort/databank)');

/** The environment the API reads, validated once at boot. Names are the variables' own. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_PG_DIR: z.string().min(1).optional(),
    EMBEDDED_PG_PORT: port.default(54329),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'moet een Redis-URL zijn (redis://host:poort)')
      .optional(),
    SEED_DEMO: booleanString.optional(),
    MIGRATE_ON_START: booleanString.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_URL: z.url('moet een volledige URL zijn (https://…)').optional(),
    ALLOWED_ORIGINS: z.string().optional(),
    WEB_DIST_DIR: z.string().min(1).optional(),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2000),
    SESSION_TTL_HOURS: z.coerce
      .number({ error: 'moet een aantal uren zijn' })
      .positive()
      .max(24 * 365)
      .default(24 * 14),
    SESSION_CACHE_SECONDS: z.coerce.number({ error: 'moet een aantal seconden zijn' }).int().min(0).max(3600).default(60),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, 'moet een SMTP-URL zijn (smtp://gebruiker:wachtwoord@host:587)')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Lerend Netwerk <no-reply@lerend-netwerk.invalid>'),
    OUTBOX_DIR: z.string().min(1).optional(),
    LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_IP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100_000).default(30),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
    PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    REMINDER_DAYS_BEFORE_DUE: z.coerce.number().int().min(1).max(365).default(14),
    TEST_SQL_COUNTER: booleanString.default(false),
    WS_MAX_PAYLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(256 * 1024),
    SMTP_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
    MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(10),
    MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    RETENTION_EXPIRED_SESSIONS_DAYS: z.coerce.number({ error: 'moet een aantal dagen zijn' }).int().min(1).max(3650).default(30),
    RETENTION_USED_TOKENS_DAYS: z.coerce.number({ error: 'moet een aantal dagen zijn' }).int().min(1).max(3650).default(30),
    RETENTION_READ_NOTIFICATIONS_DAYS: z.coerce.number({ error: 'moet een aantal dagen zijn' }).int().min(1).max(3650).default(180),
    ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number({ error: 'moet een aantal dagen zijn' }).int().min(0).max(365).default(30),
    PERSONAL_EXPORT_DAYS: z.coerce.number({ error: 'moet een aantal dagen zijn' }).int().min(1).max(90).default(7),
    OPEN_DATA_CACHE_SECONDS: z.coerce.number({ error: 'moet een aantal seconden zijn' }).int().min(0).max(86_400).default(600),
    FILES_MAX_BYTES: z.coerce
      .number({ error: 'moet een aantal bytes zijn' })
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(DEFAULT_MAX_FILE_BYTES),
    FILES_DIR: z.string().min(1).optional(),
    S3_URL: z.url('moet een volledige URL zijn (https://s3.example.be)').optional(),
    S3_BUCKET: z.string().min(3).default('lerend-netwerk'),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    RETENTION_AUDIT_YEARS: z.coerce.number({ error: 'moet een aantal jaren zijn' }).int().min(1).max(50).default(5),
    JOB_QUEUE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'moet een schemanaam in kleine letters zijn (bv. pgboss)')
      .default('pgboss'),
    JOB_POLL_SECONDS: z.coerce.number().min(0.5, 'moet minstens 0.5 zijn').max(60).default(2),
    JOB_SCHEDULES: booleanString.optional(),
    GRAPHQL_INTROSPECTION: booleanString.optional(),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
      .number({ error: 'moet een aantal milliseconden zijn' })
      .int()
      .min(100)
      .max(600_000)
      .default(15_000),
    DATABASE_LOCK_TIMEOUT_MS: z.coerce.number({ error: 'moet een aantal milliseconden zijn' }).int().min(50).max(600_000).default(3_000),
    DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number({ error: 'moet een aantal milliseconden zijn' }).int().min(100).max(60_000).default(3_000),
    DATABASE_POOL_MAX: z.coerce.number({ error: 'moet een aantal verbindingen zijn' }).int().min(2).max(200).default(10),
    SHUTDOWN_GRACE_SECONDS: z.coerce.number({ error: 'moet een aantal seconden zijn' }).min(0).max(300).default(10),
    WS_INIT_TIMEOUT_SECONDS: z.coerce.number({ error: 'moet een aantal seconden zijn' }).min(0.5).max(60).default(3),
    TRUST_PROXY: z
      .string()
      .default('')
      .refine(
        (value) =>
          value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
            .every(isProxyAddress),
        {
          error: 'moet een komma-gescheiden lijst van IP-adressen of -bereiken zijn (bv. 172.28.0.10 of 10.0.0.0/24)',
        },
      ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.TEST_SQL_COUNTER) {
      ctx.addIssue({ code: 'custom', path: ['TEST_SQL_COUNTER'], message: 'is enkel voor tests, niet in productie' });
    }
    if (env.S3_URL && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({ code: 'custom', path: ['S3_ACCESS_KEY_ID'], message: 'en S3_SECRET_ACCESS_KEY zijn verplicht met S3_URL' });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is verplicht in productie' });
    }
  });

export type RawConfig = z.output<typeof configSchema>;

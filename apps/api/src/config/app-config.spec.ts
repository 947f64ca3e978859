import { AppConfig, ConfigError } from './app-config';

describe('AppConfig.fromEnv', () => {
  it('gives development defaults without any variable', () => {
    const config = AppConfig.fromEnv({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, seedDemo: true, databaseUrl: undefined });
    expect(config.embeddedPostgres.dataDir).toMatch(/\.data\/postgres$/);
    expect(config.allowedOrigins).toEqual(['http://localhost:3000', 'http://localhost:5173']);
  });

  it('never seeds demo data in production unless asked', () => {
    expect(AppConfig.fromEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/x' }).seedDemo).toBe(false);
  });

  it('throws one ConfigError naming each wrong variable', () => {
    expect(() => AppConfig.fromEnv({ PORT: '70000', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      AppConfig.fromEnv({ PORT: '70000', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT: moet tussen 1 en 65535 liggen/);
      expect((error as Error).message).toMatch(/DATABASE_URL: moet een PostgreSQL-URL zijn/);
    }
  });

  it('turns introspection off in production unless asked, and trusts no proxy by default', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/x' };
    expect(AppConfig.fromEnv(production)).toMatchObject({ graphqlIntrospection: false, trustProxy: [] });
    expect(AppConfig.fromEnv({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(AppConfig.fromEnv({}).graphqlIntrospection).toBe(true);
    expect(AppConfig.fromEnv({ TRUST_PROXY: '172.28.0.10, 10.0.0.0/24' }).trustProxy).toEqual(['172.28.0.10', '10.0.0.0/24']);
    expect(() => AppConfig.fromEnv({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY/);
  });

  it('validates the job queue and mail retry settings', () => {
    expect(AppConfig.fromEnv({}).jobs).toEqual({ schema: 'pgboss', pollSeconds: 2, schedules: true });
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).jobs.schedules).toBe(false);
    expect(() => AppConfig.fromEnv({ JOB_QUEUE_SCHEMA: 'Drop Table' })).toThrow(/JOB_QUEUE_SCHEMA/);
    expect(() => AppConfig.fromEnv({ JOB_POLL_SECONDS: '0.1' })).toThrow(/JOB_POLL_SECONDS/);
    expect(() => AppConfig.fromEnv({ MAIL_RETRY_LIMIT: '-1' })).toThrow(/MAIL_RETRY_LIMIT/);
  });

  it('treats empty variables as unset', () => {
    expect(AppConfig.fromEnv({ PORT: '', REDIS_URL: '' })).toMatchObject({ port: 3000, redisUrl: undefined });
  });
});

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

  it('treats empty variables as unset', () => {
    expect(AppConfig.fromEnv({ PORT: '', REDIS_URL: '' })).toMatchObject({ port: 3000, redisUrl: undefined });
  });
});

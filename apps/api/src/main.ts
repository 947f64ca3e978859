import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/postgresql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { writeSchemaFile } from './common/graphql/schema-file';
import { installGracefulShutdown } from './common/lifecycle/graceful-shutdown';
import { AppConfig, ConfigError } from './config/app-config';
import { openDatabase } from './database/database-bootstrap';
import { migrate } from './database/migrate';
import { seedDemoNetwork } from './database/seeds/demo-network.seed';
import { securityHeaders } from './web/security-headers';
import { serveWebApp } from './web/serve-web-app';

function readConfig(): AppConfig {
  try {
    return AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const bootLog = (line: string) => console.log(JSON.stringify({ level: 30, time: Date.now(), context: 'Bootstrap', msg: line }));
  const database = await openDatabase(config, bootLog);
  // The migration check waits on the database while the modules are created (nothing reads a table before init).
  const migrated = config.migrateOnStart ? migrate(database.url) : Promise.resolve([]);
  migrated.catch(() => undefined); // awaited below; not an unhandled rejection if creating the modules fails first

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), {
    bufferLogs: true,
  });
  const applied = await migrated;
  if (applied.length) bootLog(`Migraties toegepast: ${applied.join(', ')}`);
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Only the proxies named in TRUST_PROXY may set the client address (X-Forwarded-For); by default none.
  app.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);
  app.use(securityHeaders(config));
  app.use(cookieParser());
  serveWebApp(app, config.webDistDir);

  if (config.seedDemo) {
    const result = await seedDemoNetwork(app.get(EntityManager).fork());
    bootLog(result === 'seeded' ? 'Demonetwerk geladen.' : 'Demonetwerk niet geladen: de databank heeft al gegevens.');
  }
  await app.init();
  installGracefulShutdown(app, { graceMs: config.shutdownGraceMs, log: bootLog, stopDatabase: () => database.stop() });
  await app.listen(config.port, config.host);
  bootLog(`Lerend Netwerk luistert op ${config.publicUrl}`);
  if (!config.isProduction && writeSchemaFile(app.get(GraphQLSchemaHost).schema)) bootLog('schema.gql bijgewerkt.');
}

// The build evaluates the bundle once, without starting it, to write a code cache of its modules (bundle.mjs).
if (process.env['LN_CODE_CACHE_BUILD'] !== '1') {
  bootstrap().catch((error: unknown) => {
    console.error('Het platform kon niet starten:', error instanceof Error ? error.message : error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    process.exit(1);
  });
}

import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig, ConfigError } from '../config/app-config';
import { openDatabase } from './database-bootstrap';
import { migrate } from './migrate';
import { join } from 'node:path';
import { buildMigrationOrmOptions, buildOrmOptions, MIGRATIONS_SOURCE_DIR } from './mikro-orm.config';
import { cleanGeneratedMigration, SPURIOUS, writeMigrationIndex } from './migration-files';
import { seedDemoNetwork } from './seeds/demo-network.seed';

const USAGE = 'Gebruik: cli.js migrate | seed | migration:create [naam] | schema:check';

async function main(command: string | undefined): Promise<void> {
  const config = AppConfig.fromEnv();
  const database = await openDatabase(config, (line) => console.log(line));
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.url);
        console.log(applied.length ? `Migraties toegepast: ${applied.join(', ')}` : 'Databank is al bij.');
        break;
      }
      case 'seed': {
        await migrate(database.url);
        const orm = await MikroORM.init(buildOrmOptions(database.url));
        try {
          console.log(`Demonetwerk: ${await seedDemoNetwork(orm.em.fork())}`);
        } finally {
          await orm.close(true);
        }
        break;
      }
      case 'migration:create': {
        await migrate(database.url);
        const orm = await MikroORM.init(buildMigrationOrmOptions(database.url));
        try {
          const result = await orm.migrator.createMigration(undefined, false, false, process.argv[3]);
          if (result.fileName) {
            cleanGeneratedMigration(join(MIGRATIONS_SOURCE_DIR, result.fileName));
            writeMigrationIndex(MIGRATIONS_SOURCE_DIR);
          }
          console.log(result.fileName ? `Nieuwe migratie: ${result.fileName} (opgenomen in migrations/index.ts)` : 'Geen wijzigingen.');
        } finally {
          await orm.close(true);
        }
        break;
      }
      case 'schema:check': {
        await migrate(database.url);
        const orm = await MikroORM.init(buildMigrationOrmOptions(database.url));
        try {
          const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
          const drift = sql
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !SPURIOUS.some((p) => p.test(line)));
          if (drift.length) {
            console.error(`De entiteiten wijken af van de migraties; maak een migratie:\n${drift.join('\n')}`);
            process.exitCode = 1;
          } else {
            console.log('Entiteiten en migraties stemmen overeen.');
          }
        } finally {
          await orm.close(true);
        }
        break;
      }
      default:
        throw new Error(USAGE);
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

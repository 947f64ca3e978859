import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { AppConfig } from '../../config/app-config';
import { LeanRows } from './lean-rows';
import { DerivedDataSql, SqlClient } from './sql-client';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly sql: SqlClient,
    private readonly derived: DerivedDataSql,
  ) {}

  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: SqlClient,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            new SqlClient({
              url: databaseUrl,
              countStatements: config.testSqlCounter,
              timeouts: config.databaseTimeouts,
              maxConnections: config.databasePoolMax,
            }),
        },
        {
          provide: DerivedDataSql,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            new DerivedDataSql({
              url: databaseUrl,
              countStatements: config.testSqlCounter,
              timeouts: config.databaseTimeouts,
              maxConnections: 2,
              durableCommits: false,
            }),
        },
        {
          provide: LeanRows,
          inject: [MikroORM, SqlClient],
          useFactory: (orm: MikroORM, sql: SqlClient) => new LeanRows(orm.getMetadata(), sql),
        },
      ],
      exports: [SqlClient, DerivedDataSql, LeanRows],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.sql.close(), this.derived.close()]);
  }
}
